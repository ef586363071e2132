"""What "My learning" shows: a learner's courses in progress, completed, and earlier completed cycles."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import F, Q
from django.http import HttpRequest
from django.utils import timezone

from courses import models
from courses.extensions import annotate_enrolments


@dataclass
class LearningEntry:
    """One enrolment on "My learning", with the facts other apps add (a cohort's deadline, a certificate)."""

    enrolment: models.Enrolment
    course_url: str | None  # None when the course is no longer published
    next_title: str | None
    next_url: str | None
    deadline: datetime.date | None = None
    overdue: bool = False
    certificate_url: str | None = None
    certificate_waiting: list[str] | None = None  # what the certificate still waits for (another app's rule)

    @property
    def course(self) -> models.CoursePage:
        return self.enrolment.course


@dataclass
class LearnerDashboard:
    """A learner's courses: in progress, completed (current cycle) and earlier completed cycles kept as history."""

    in_progress: list[LearningEntry]
    completed: list[LearningEntry]
    earlier: list[LearningEntry]

    @property
    def is_empty(self) -> bool:
        return not (self.in_progress or self.completed or self.earlier)


# What "My learning" reads of the course and next item: a page row has some 30 columns, read for every enrolment.
_PAGE_FIELDS = ("title", "live", "url_path", "locale_id", "translation_key")


def learner_dashboard(*, user, request: HttpRequest | None = None) -> LearnerDashboard:
    """What "My learning" shows, in one query for the enrolments plus one call to each registered annotator.

    Only ``user``'s own enrolments. Current enrolments are in progress or completed; earlier cycles appear only
    if they were completed (a reset cycle that was never finished is history for administrators, not learners).
    """
    enrolments = list(
        models.Enrolment.objects.filter(user=user)
        .filter(Q(is_current=True) | Q(completed_at__isnull=False))
        .select_related("course", "next_item")
        .only(
            *(field.name for field in models.Enrolment._meta.concrete_fields),
            *(f"{page}__{field}" for page in ("course", "next_item") for field in _PAGE_FIELDS),
        )
        .order_by(F("last_activity_at").desc(nulls_last=True), "-enrolled_at", "-pk")
    )
    # Earlier cycles first: an annotator keyed by course then lets the current cycle's facts win.
    facts = annotate_enrolments(user=user, enrolments=sorted(enrolments, key=lambda enrolment: enrolment.is_current))
    today = timezone.localdate()
    in_progress, completed, earlier = [], [], []
    for enrolment in enrolments:
        entry = _learning_entry(enrolment, facts.get(enrolment.pk, {}), today=today, request=request)
        if not enrolment.is_current:
            earlier.append(entry)
        elif enrolment.is_complete:
            completed.append(entry)
        else:
            in_progress.append(entry)
    completed.sort(key=lambda entry: entry.enrolment.completed_at, reverse=True)
    earlier.sort(key=lambda entry: entry.enrolment.completed_at, reverse=True)
    return LearnerDashboard(in_progress=in_progress, completed=completed, earlier=earlier)


def _learning_entry(enrolment: models.Enrolment, facts: dict, *, today: datetime.date, request) -> LearningEntry:
    course = enrolment.course
    course_url = course.get_url(request=request) if course.live else None
    next_item = enrolment.next_item
    has_next = course_url and not enrolment.is_complete and next_item is not None and next_item.live
    deadline = facts.get("deadline")
    if isinstance(deadline, datetime.datetime):
        deadline = timezone.localtime(deadline).date() if timezone.is_aware(deadline) else deadline.date()
    overdue = facts.get("overdue")
    if overdue is None:
        overdue = deadline is not None and deadline < today
    return LearningEntry(
        enrolment=enrolment,
        course_url=course_url,
        next_title=next_item.title if has_next else None,
        next_url=next_item.get_url(request=request) if has_next else None,
        deadline=deadline,
        overdue=bool(overdue) and enrolment.is_current and not enrolment.is_complete,
        certificate_url=facts.get("certificate_url") or None,
        certificate_waiting=facts.get("certificate_waiting") or None,
    )
