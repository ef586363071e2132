"""Marking answers that a person must mark (essays), and finishing the attempt once every answer has a mark.

Rules:
- Only attempts awaiting marking can be marked, by someone who may mark them (``selectors.marking.may_mark``), and
  never by the learner who wrote them.
- A mark is between 0 and the question's maximum; the marker's comment is plain text, shown to the learner.
- Marks can be given a few at a time; when the last answer is marked, the attempt gets its score, percentage and
  pass or fail in the same transaction, a pass counts towards the course as any other pass does, and the learner is
  emailed (after commit, through the task queue).
- Marking is done under a row lock, so two markers cannot finish the same attempt twice.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from academy.accounts.mail import queue_email
from academy.core.links import absolute_url
from assessments.grading import CORRECT, INCORRECT, NEEDS_MARKING, PARTIALLY_CORRECT
from assessments.models import Attempt, AttemptQuestion
from assessments.services.attempts import finish_grading

NOT_AWAITING = "This attempt is not waiting to be marked."
OWN_ATTEMPT = "You cannot mark your own answers."
NOT_ALLOWED = "You cannot mark this attempt."
MARK_REQUIRED = "Enter a mark for question {n}"
MARK_NOT_A_NUMBER = "The mark for question {n} must be a number, like 3 or 2.5"
MARK_OUT_OF_RANGE = "The mark for question {n} must be between 0 and {max}"
COMMENT_TOO_LONG = "The comment on question {n} must be 5,000 characters or fewer"
MAX_COMMENT = 5000


class MarkingError(Exception):
    """A rule of marking was broken; the message is fit to show to the marker."""


@dataclass(frozen=True)
class GivenMark:
    """What a marker entered for one answer, as typed."""

    position: int
    mark: str
    comment: str = ""


def check_marks(*, given: list[GivenMark], max_marks: dict[int, Decimal]) -> tuple[dict[int, Decimal], list]:
    """Parse what was typed: ({position: mark}, [(position, error message)]). Blank marks are left unmarked."""
    marks: dict[int, Decimal] = {}
    errors: list[tuple[int, str]] = []
    for entry in given:
        raw = entry.mark.strip()
        if len(entry.comment) > MAX_COMMENT:
            errors.append((entry.position, COMMENT_TOO_LONG.format(n=entry.position)))
        if not raw:
            if entry.comment.strip():
                errors.append((entry.position, MARK_REQUIRED.format(n=entry.position)))
            continue
        try:
            value = Decimal(raw)
        except InvalidOperation:
            errors.append((entry.position, MARK_NOT_A_NUMBER.format(n=entry.position)))
            continue
        maximum = max_marks[entry.position]
        if not value.is_finite() or value < 0 or value > maximum:
            errors.append((entry.position, MARK_OUT_OF_RANGE.format(n=entry.position, max=_plain(maximum))))
            continue
        marks[entry.position] = value
    return marks, errors


def mark_answers(*, attempt: Attempt, marker, given: list[GivenMark]) -> Attempt:
    """Record the marks given; finish the attempt when no answer is left to mark. Returns the attempt as saved.

    Raises MarkingError for a broken rule, listing nothing as saved; ``ValueError`` never escapes (use
    ``check_marks`` first to show errors beside the fields).
    """
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().select_related("quiz", "user").get(pk=attempt.pk)
        if locked.user_id == marker.pk:
            raise MarkingError(OWN_ATTEMPT)
        if not locked.is_awaiting_marking:
            raise MarkingError(NOT_AWAITING)
        questions = list(AttemptQuestion.objects.filter(attempt=locked).order_by("position"))
        to_mark = {question.position: question for question in questions if question.grade_state == NEEDS_MARKING}
        marks, errors = check_marks(
            given=[entry for entry in given if entry.position in to_mark],
            max_marks={position: question.max_mark for position, question in to_mark.items()},
        )
        if errors:
            raise MarkingError(errors[0][1])
        comments = {entry.position: entry.comment.strip() for entry in given}
        now = timezone.now()
        changed = []
        for position, value in marks.items():
            question = to_mark[position]
            question.mark = value
            question.fraction = float(value / question.max_mark) if question.max_mark else 0.0
            question.grade_state = _state_for(question.fraction)
            question.marked_by = marker
            question.marked_at = now
            question.marker_comment = comments.get(position, "")
            changed.append(question)
        AttemptQuestion.objects.bulk_update(
            changed, ["mark", "fraction", "grade_state", "marked_by", "marked_at", "marker_comment"]
        )
        if changed and all(question.grade_state != NEEDS_MARKING for question in questions):
            total = sum((question.mark or Decimal(0) for question in questions), Decimal(0))
            finish_grading(attempt=locked, total=total)
            _email_learner(locked)
    return locked


def _state_for(fraction: float) -> str:
    if fraction >= 1:
        return CORRECT
    return PARTIALLY_CORRECT if fraction > 0 else INCORRECT


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _email_learner(attempt: Attempt) -> None:
    user = attempt.user
    context = {
        "name": user.full_name or "",
        "quiz_title": attempt.quiz.title,
        "attempt": attempt,
        "result_url": absolute_url(reverse("assessments:result", args=[attempt.pk])),
        "service_name": settings.ACADEMY_SERVICE_NAME,
    }
    subject = render_to_string("assessments/email/marked_subject.txt", context).strip()
    body = render_to_string("assessments/email/marked.txt", context)
    queue_email(EmailMessage(subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body=body, to=[user.email]))
