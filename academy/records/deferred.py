"""Statements written unbuilt in their event's transaction and built after its commit (``services.build_statement``):
the kinds of event recorded that way, and how each statement is built from its event's record.

A quiz submission's transaction then writes one small row instead of asking for the learner's cohort, their
enrolment and the quiz's place in its course while it holds the attempt's lock. Building reads the attempt as it is
then, which is as it was at the event: an attempt's number and start do not change, nor its score, pass or fail
and submission time once graded.
"""

from collections.abc import Callable

from academy.records import statements
from assessments.models import Attempt
from courses.selectors import current_enrolments

QUIZ_ATTEMPTED = "quiz_attempted"
QUIZ_GRADED = "quiz_graded"


def build(kind: str, source_id: int) -> dict | None:
    """The statement of a ``kind`` of event for its record (with a new id: the caller puts the row's own), or None
    when the record is gone."""
    return BUILDERS[kind](source_id)


# What the quiz builders read of the attempt, its quiz (a page: loading every column of it took most of a build's
# time) and its learner.
_ATTEMPT_FIELDS = ("number", "started_at", "submitted_at", "score", "max_score", "passed", "quiz", "user")
_RELATED_FIELDS = ("quiz__title", "quiz__path", "quiz__depth", "user__email")


def _quiz_statement(builder: Callable[..., dict]) -> Callable[[int], dict | None]:
    def build_for(attempt_id: int) -> dict | None:
        attempts = Attempt.objects.select_related("quiz", "user").only(*_ATTEMPT_FIELDS, *_RELATED_FIELDS)
        attempt = attempts.filter(pk=attempt_id).first()
        if attempt is None:
            return None
        placement = statements.quiz_placement(attempt.quiz)  # once for the enrolment and the statement
        return builder(attempt, enrolment_id=_enrolment_id(attempt, placement[0]), placement=placement)

    return build_for


def _enrolment_id(attempt: Attempt, course_id: int) -> int | None:
    return current_enrolments(user_id=attempt.user_id, course_ids=[course_id]).values_list("pk", flat=True).first()


BUILDERS: dict[str, Callable[[int], dict | None]] = {
    QUIZ_ATTEMPTED: _quiz_statement(statements.quiz_attempted),
    QUIZ_GRADED: _quiz_statement(statements.quiz_graded),
}
