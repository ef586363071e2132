"""Reads for marking: who may mark an attempt, and the queue of attempts waiting for a person to mark them."""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from assessments.extensions import marking_scope
from assessments.grading import NEEDS_MARKING
from assessments.models import Attempt

MARK_PERMISSION = "assessments.mark_attempt"


def _may_mark_everything(user) -> bool:
    return bool(user and user.is_authenticated and (user.is_superuser or user.has_perm(MARK_PERMISSION)))


def markable_attempts(user) -> QuerySet[Attempt]:
    """Attempts that ``user`` may mark (in any state), never their own; none for anonymous visitors."""
    if user is None or not user.is_authenticated:
        return Attempt.objects.none()
    attempts = Attempt.objects.exclude(user=user)
    if _may_mark_everything(user):
        return attempts
    scope = marking_scope(user)
    return attempts.filter(scope) if scope is not None else Attempt.objects.none()


def is_marker(user) -> bool:
    """Whether ``user`` marks anything at all: the marking menu item and queue are shown to them."""
    return _may_mark_everything(user) or (
        user is not None and user.is_authenticated and marking_scope(user) is not None
    )


def may_mark(user, attempt: Attempt) -> bool:
    return markable_attempts(user).filter(pk=attempt.pk).exists()


@dataclass
class QueueRow:
    attempt: Attempt
    to_mark: int


def marking_queue(user) -> list[QueueRow]:
    """Attempts waiting for marking that ``user`` may mark, oldest submission first, with how many answers each
    still needs. One query, whatever the length of the queue."""
    attempts = (
        markable_attempts(user)
        .filter(state=Attempt.State.AWAITING_MARKING)
        .select_related("quiz", "user")
        .annotate(to_mark=Count("questions", filter=Q(questions__grade_state=NEEDS_MARKING)))
        .order_by("submitted_at", "pk")
    )
    return [QueueRow(attempt=attempt, to_mark=attempt.to_mark) for attempt in attempts]
