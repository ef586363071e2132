"""Deadline reminders to learners and the weekly digest to leads, run daily and weekly by Celery beat.

Rules:
- A learner whose deadline for a course is within one of ACADEMY_COHORT_REMINDER_OFFSETS days (default 7 and 1)
  gets one reminder for the smallest offset that applies; once the deadline has passed, one "overdue" reminder.
  Each (membership, course, deadline, kind) is sent once: the log's unique constraint decides, so running the task
  twice, or two beats at once, sends nothing twice. Moving the deadline starts afresh for the new date.
- Nobody is reminded about a course they have completed, in an archived cohort, or after turning reminders off.
- Each lead of an active cohort gets one digest a week (numbers and the overdue list), logged the same way.
"""

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from academy.accounts.mail import queue_email
from academy.cohorts.models import Cohort, CohortCourse, DigestLog, Membership, ReminderLog, ReminderPreference
from academy.cohorts.selectors import DashboardFilters, cohort_progress_rows, cohort_summaries
from academy.core.links import absolute_url
from courses.selectors import completed_enrolments

logger = logging.getLogger(__name__)

OVERDUE = "overdue"
DIGEST_OVERDUE_LIMIT = 25


def reminder_offsets() -> list[int]:
    return sorted({int(offset) for offset in settings.ACADEMY_COHORT_REMINDER_OFFSETS if int(offset) >= 0})


def reminder_kind(*, deadline: date, today: date, offsets: list[int]) -> str | None:
    """Which reminder is due for ``deadline`` today: "overdue", "before-N" (smallest N that applies) or None."""
    if deadline < today:
        return OVERDUE
    days_left = (deadline - today).days
    fitting = [offset for offset in offsets if days_left <= offset]
    return f"before-{min(fitting)}" if fitting else None


def reminders_enabled(user) -> bool:
    preference = ReminderPreference.objects.filter(user=user).first()
    return preference is None or preference.deadline_reminders


def set_reminder_preference(*, user, enabled: bool) -> ReminderPreference:
    """The learner's choice about deadline reminder emails."""
    preference, _ = ReminderPreference.objects.update_or_create(user=user, defaults={"deadline_reminders": enabled})
    return preference


def send_deadline_reminders(*, today: date | None = None) -> int:
    """Send every reminder due today that has not been sent; returns how many were sent. Safe to run repeatedly."""
    today = today or timezone.localdate()
    offsets = reminder_offsets()
    sent = 0
    cohort_courses = (
        CohortCourse.objects.filter(cohort__status=Cohort.Status.ACTIVE)
        .filter(Q(deadline_date__isnull=False) | Q(deadline_days__isnull=False))
        .select_related("cohort", "course")
    )
    for cohort_course in cohort_courses:
        sent += _remind_for(cohort_course, today=today, offsets=offsets)
    logger.info("Deadline reminders sent: %s", sent)
    return sent


def _remind_for(cohort_course: CohortCourse, *, today: date, offsets: list[int]) -> int:
    cohort, course = cohort_course.cohort, cohort_course.course
    rule = cohort_course.rule(cohort.start_date)
    windows = [rule.overdue_q(today=today)]
    if offsets:
        windows.append(rule.joined_q(earliest=today, latest=today + timedelta(days=max(offsets))))
    windows = [window for window in windows if window is not None]
    if not windows:
        return 0
    completed = completed_enrolments(course_id=course.pk, user_id=OuterRef("user_id"))
    opted_out = ReminderPreference.objects.filter(user_id=OuterRef("user_id"), deadline_reminders=False)
    candidates = (
        Membership.objects.filter(cohort=cohort, user__is_active=True)
        .filter(reduce(or_, windows))
        .exclude(Exists(completed))
        .exclude(Exists(opted_out))
        .select_related("user")
        .order_by("pk")
    )
    already = set(
        ReminderLog.objects.filter(membership__cohort=cohort, course=course).values_list(
            "membership_id", "deadline", "kind"
        )
    )
    sent = 0
    for membership in candidates.iterator(chunk_size=500):
        deadline = rule.deadline_for(membership.joined_at)
        kind = reminder_kind(deadline=deadline, today=today, offsets=offsets)
        if kind is None or (membership.pk, deadline, kind) in already:
            continue
        if _log_and_send(membership, cohort_course=cohort_course, deadline=deadline, kind=kind, today=today):
            sent += 1
    return sent


def _log_and_send(membership: Membership, *, cohort_course: CohortCourse, deadline: date, kind: str, today) -> bool:
    """Write the log row and queue the email together; a concurrent run that logged first wins, and we send nothing."""
    try:
        with transaction.atomic():
            ReminderLog.objects.create(membership=membership, course=cohort_course.course, deadline=deadline, kind=kind)
            queue_email(
                _reminder_message(membership, cohort_course=cohort_course, deadline=deadline, kind=kind, today=today)
            )
    except IntegrityError:
        return False
    return True


def _reminder_message(membership, *, cohort_course, deadline: date, kind: str, today: date) -> EmailMessage:
    user = membership.user
    course = cohort_course.course
    context = {
        "user": user,
        "cohort": cohort_course.cohort,
        "course": course,
        "deadline": deadline,
        "days_left": (deadline - today).days,
        "overdue": kind == OVERDUE,
        "course_url": absolute_url(course.get_url() or "/"),
        "settings_url": absolute_url(reverse("cohorts:reminder_settings")),
        "service_name": settings.ACADEMY_SERVICE_NAME,
    }
    # One line whatever the names contain: a newline in a subject would be refused as header injection.
    subject = " ".join(render_to_string("cohorts/email/reminder_subject.txt", context).split())
    body = render_to_string("cohorts/email/reminder_body.txt", context)
    return EmailMessage(subject=subject, body=body, to=[user.email])


@dataclass
class DigestCohort:
    cohort: Cohort
    learners: int
    completion_percent: int
    overdue: int
    overdue_rows: list  # (learner name, course title, deadline)
    more_overdue: int
    url: str


def send_weekly_digests(*, today: date | None = None) -> int:
    """Send this week's digest to each lead of an active cohort who has not had it; returns how many were sent."""
    today = today or timezone.localdate()
    week_starting = today - timedelta(days=today.weekday())
    leads = (
        get_user_model()
        .objects.filter(led_cohorts__status=Cohort.Status.ACTIVE, is_active=True)
        .exclude(Exists(DigestLog.objects.filter(lead_id=OuterRef("pk"), week_starting=week_starting)))
        .distinct()
        .order_by("pk")
    )
    sent = 0
    for lead in leads:
        cohorts = list(Cohort.objects.filter(leads=lead, status=Cohort.Status.ACTIVE).order_by("name"))
        digest = _digest_for(cohorts, today=today)
        try:
            with transaction.atomic():
                DigestLog.objects.create(lead=lead, week_starting=week_starting)
                queue_email(_digest_message(lead, digest, week_starting=week_starting))
        except IntegrityError:
            continue
        sent += 1
    logger.info("Weekly digests sent: %s", sent)
    return sent


def _digest_for(cohorts: list[Cohort], *, today: date) -> list[DigestCohort]:
    summaries = cohort_summaries(cohorts=cohorts, today=today)
    digest = []
    for cohort in cohorts:
        rows, total_overdue = [], 0
        for cohort_course in cohort.cohort_courses.select_related("course"):
            overdue = cohort_progress_rows(
                cohort=cohort, cohort_course=cohort_course, filters=DashboardFilters(overdue=True), today=today
            )
            total_overdue += overdue.count()
            rule = cohort_course.rule(cohort.start_date)
            for membership in overdue[: max(DIGEST_OVERDUE_LIMIT - len(rows), 0)]:
                rows.append(
                    (
                        membership.user.full_name or membership.user.email,
                        cohort_course.course.title,
                        rule.deadline_for(membership.joined_at),
                    )
                )
        summary = summaries[cohort.pk]
        digest.append(
            DigestCohort(
                cohort=cohort,
                learners=summary.learners,
                completion_percent=summary.completion_percent,
                overdue=summary.overdue,
                overdue_rows=rows,
                more_overdue=max(total_overdue - len(rows), 0),
                url=absolute_url(reverse("cohorts:dashboard", args=[cohort.pk])),
            )
        )
    return digest


def _digest_message(lead, digest: list[DigestCohort], *, week_starting: date) -> EmailMessage:
    context = {
        "lead": lead,
        "cohorts": digest,
        "week_starting": week_starting,
        "cohorts_url": absolute_url(reverse("cohorts:list")),
        "service_name": settings.ACADEMY_SERVICE_NAME,
    }
    # One line whatever the names contain: a newline in a subject would be refused as header injection.
    subject = " ".join(render_to_string("cohorts/email/digest_subject.txt", context).split())
    body = render_to_string("cohorts/email/digest_body.txt", context)
    return EmailMessage(subject=subject, body=body, to=[lead.email])
