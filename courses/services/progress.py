"""Enrolment, completion and the per-enrolment summary. Every write to progress goes through these functions.

Rules:
- One current enrolment per learner and course (database constraint); a retake or reset starts a new cycle and
  keeps the old one, with its completions, as history.
- A completion is written once per enrolment and item (database constraint); double clicks and second tabs are
  no-ops. The summary (percent, required counts, next item, completed_at) is updated in the same transaction.
- A course is complete when every required live item is completed. Completion happens on the request that meets
  the rule and sends ``course_completed`` once, after commit. Completed enrolments stay completed when content
  changes later.
"""

import math
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Page

from academy.audit import actions
from academy.audit import services as audit
from courses.models import CoursePage, Enrolment, ItemCompletion, ProgressEvent
from courses.models.items import CourseItemMixin
from courses.selectors import CourseOutline, course_for_page, course_outline
from courses.signals import course_completed, enrolment_started, progress_recorded

NOT_A_COURSE_ITEM = "This page is not a lesson or quiz in a course."
NOTHING_TO_RETAKE = "You can start a course again once you have completed it."
REASON_REQUIRED = "Enter the reason for resetting this learner's progress."


class ProgressError(Exception):
    """A progress rule was broken; the message is fit to show to the person."""


def enrol(*, user, course: CoursePage, source: str = Enrolment.Source.SELF) -> Enrolment:
    """The learner's current enrolment in ``course``, created (cycle 1) if there is none. Idempotent."""
    existing = Enrolment.objects.filter(user=user, course=course, is_current=True).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            enrolment = _start_cycle(user=user, course=course, source=source, cycle=1)
    except IntegrityError:  # a concurrent request enrolled first
        return Enrolment.objects.get(user=user, course=course, is_current=True)
    return enrolment


def complete_item(*, user, item: Page, outline: CourseOutline | None = None) -> bool:
    """Record that ``user`` completed ``item`` (enrolling them if needed); True if this call recorded it.

    Safe under double submits and concurrent requests: the second writer finds the completion and does nothing.
    """
    item = item.specific
    if not isinstance(item, CourseItemMixin):
        raise ProgressError(NOT_A_COURSE_ITEM)
    course = course_for_page(page=item)
    enrolment = enrol(user=user, course=course)
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        try:
            with transaction.atomic():
                ItemCompletion.objects.create(enrolment=enrolment, item_id=item.pk)
        except IntegrityError:
            return False
        _record_event(enrolment, ProgressEvent.Kind.ITEM_COMPLETED, item_id=item.pk)
        done = set(enrolment.completions.values_list("item_id", flat=True))
        _apply_summary(enrolment, outline or course_outline(course=course), done)
    return True


def start_again(*, enrolment: Enrolment, actor=None) -> Enrolment:
    """Retake a completed course: a new cycle with no completions; the completed cycle stays as history."""
    if not enrolment.is_complete or not enrolment.is_current:
        raise ProgressError(NOTHING_TO_RETAKE)
    return _new_cycle(enrolment=enrolment, kind=ProgressEvent.Kind.RETAKE_STARTED, actor=actor or enrolment.user)


def reset_progress(*, enrolment: Enrolment, actor, reason: str) -> Enrolment:
    """An administrator resets a learner's progress: a new cycle; the old one and the reason are kept."""
    reason = (reason or "").strip()
    if not reason:
        raise ProgressError(REASON_REQUIRED)
    new = _new_cycle(enrolment=enrolment, kind=ProgressEvent.Kind.RESET, actor=actor, reason=reason)
    audit.record(
        actions.PROGRESS_RESET,
        actor=actor,
        target=enrolment,
        detail={"learner_id": enrolment.user_id, "course_id": enrolment.course_id, "reason": reason},
    )
    return new


def refresh_course_summaries(*, course: CoursePage, batch_size: int = 500) -> int:
    """Recompute the summary of every current enrolment in ``course`` from its completions. Safe to run any time.

    Used after content changes (a required lesson added or removed) and by the recompute command. Completed
    enrolments stay completed. Returns the number of enrolments whose summary changed.
    """
    outline = course_outline(course=course)
    ids = list(Enrolment.objects.filter(course=course, is_current=True).order_by("pk").values_list("pk", flat=True))
    changed = 0
    for start in range(0, len(ids), batch_size):
        batch = ids[start : start + batch_size]
        with transaction.atomic():
            enrolments = list(Enrolment.objects.select_for_update().filter(pk__in=batch).order_by("pk"))
            done_by_enrolment: dict[int, set[int]] = {pk: set() for pk in batch}
            for enrolment_id, item_id in ItemCompletion.objects.filter(enrolment_id__in=batch).values_list(
                "enrolment_id", "item_id"
            ):
                done_by_enrolment[enrolment_id].add(item_id)
            for enrolment in enrolments:
                changed += _apply_summary(enrolment, outline, done_by_enrolment[enrolment.pk], touch=False)
    return changed


def refresh_all_summaries() -> int:
    """Recompute summaries for every course. Returns the number of enrolments changed."""
    return sum(refresh_course_summaries(course=course) for course in CoursePage.objects.all())


# Internal helpers ---------------------------------------------------------------------------------------------


def summary_for(outline: CourseOutline, done: Iterable[int]) -> dict:
    """The summary fields for a set of completed item ids against the course outline (pure)."""
    done = set(done)
    required = [item for item in outline.items if item.is_required]
    required_done = sum(1 for item in required if item.pk in done)
    total = len(required)
    percent = math.floor(100 * required_done / total) if total else 0
    next_item = next((item.page for item in outline.items if item.pk not in done), None)
    return {
        "required_total": total,
        "required_done": required_done,
        "percent": percent,
        "next_item_id": next_item.pk if next_item is not None else None,
        "meets_rule": total > 0 and required_done == total,
    }


def _apply_summary(enrolment: Enrolment, outline: CourseOutline, done: set[int], *, touch: bool = True) -> bool:
    summary = summary_for(outline, done)
    fields = {
        "required_total": summary["required_total"],
        "required_done": summary["required_done"],
        "percent": summary["percent"],
        "next_item_id": summary["next_item_id"],
    }
    if enrolment.is_complete:
        fields["percent"] = 100  # completed stays completed, whatever changes later
    became_complete = not enrolment.is_complete and summary["meets_rule"]
    if became_complete:
        fields["completed_at"] = timezone.now()
        fields["percent"] = 100
    if touch:
        fields["last_activity_at"] = timezone.now()
    changed = [name for name, value in fields.items() if getattr(enrolment, name) != value]
    for name in changed:
        setattr(enrolment, name, fields[name])
    if changed:
        enrolment.save(update_fields=changed)
    if became_complete:
        _record_event(enrolment, ProgressEvent.Kind.COURSE_COMPLETED)
        transaction.on_commit(lambda: course_completed.send(sender=Enrolment, enrolment=enrolment))
    return bool(set(changed) - {"last_activity_at"})


def _record_event(enrolment: Enrolment, kind: str, *, item_id: int | None = None) -> ProgressEvent:
    event = ProgressEvent.objects.create(enrolment=enrolment, kind=kind, item_id=item_id)
    progress_recorded.send(sender=ProgressEvent, event=event)
    return event


def _start_cycle(*, user, course: CoursePage, source: str, cycle: int) -> Enrolment:
    enrolment = Enrolment.objects.create(user=user, course=course, source=source, cycle=cycle)
    _record_event(enrolment, ProgressEvent.Kind.ENROLLED)
    _apply_summary(enrolment, course_outline(course=course), set(), touch=False)
    transaction.on_commit(lambda: enrolment_started.send(sender=Enrolment, enrolment=enrolment))
    return enrolment


@transaction.atomic
def _new_cycle(*, enrolment: Enrolment, kind: str, actor, reason: str = "") -> Enrolment:
    current = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if not current.is_current:
        raise ProgressError(NOTHING_TO_RETAKE)
    ProgressEvent.objects.create(enrolment=current, kind=kind, actor=actor, reason=reason)
    current.is_current = False
    current.save(update_fields=["is_current"])
    last_cycle = Enrolment.objects.filter(user_id=current.user_id, course_id=current.course_id).order_by("-cycle")
    next_cycle = last_cycle.values_list("cycle", flat=True).first() + 1
    return _start_cycle(user=current.user, course=current.course, source=current.source, cycle=next_cycle)
