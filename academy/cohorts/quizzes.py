"""Quiz results for the lead, read through assessments' public selectors (never its models).

assessments.selectors offers ``quiz_overview(quiz=, user=)`` (one learner and one quiz, one query: a learner's detail
page) and ``quiz_overviews`` (many learners and quizzes, one query: the quiz-results export reads a batch of learners at
a time, so its queries do not grow with the number of quizzes or learners in a batch).
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from assessments.selectors import QuizOverview, is_quiz, quiz_overview, quiz_overviews, quiz_pass_counts
from courses.selectors import CourseOutline, OutlineItem


@dataclass
class QuizAttemptLine:
    number: int
    submitted_at: datetime | None
    percent: Decimal | None
    passed: bool | None


@dataclass
class QuizResult:
    item: OutlineItem
    attempts: list[QuizAttemptLine]
    in_progress: bool
    grade: Decimal | None
    passed: bool


def quiz_items(outline: CourseOutline) -> list[OutlineItem]:
    """The course's quizzes, in course order."""
    return [item for item in outline.items if is_quiz(item.page_class)]  # no page loaded


@dataclass
class QuizPassRate:
    item: OutlineItem
    learners: int
    attempted: int
    passed: int

    @property
    def tried_not_passed(self) -> int:
        return self.attempted - self.passed

    @property
    def not_tried(self) -> int:
        return self.learners - self.attempted

    @property
    def passed_percent(self) -> int:
        return (100 * self.passed) // self.learners if self.learners else 0


def quiz_pass_rates(*, items: list[OutlineItem], user_ids, learners: int) -> list[QuizPassRate]:
    """How many of the learners (``user_ids``, a values queryset) tried and passed each quiz. One query."""
    if not items:
        return []
    counts = quiz_pass_counts(quiz_ids=[item.pk for item in items], user_ids=user_ids)
    return [
        QuizPassRate(item=item, learners=learners, attempted=counts[item.pk].attempted, passed=counts[item.pk].passed)
        for item in items
    ]


def quiz_result(*, item: OutlineItem, user, overview: QuizOverview | None = None) -> QuizResult:
    """One learner's submitted attempts at one quiz, their grade (by the quiz's grading method) and whether passed.
    ``overview``: the learner's attempts when already read (``quiz_results_for``); otherwise one query."""
    if overview is None:
        overview = quiz_overview(quiz=item.page, user=user)
    return QuizResult(
        item=item,
        attempts=[
            QuizAttemptLine(
                number=attempt.number, submitted_at=attempt.submitted_at, percent=attempt.percent, passed=attempt.passed
            )
            for attempt in overview.attempts
        ],
        in_progress=overview.open_attempt is not None,
        grade=overview.grade,
        passed=overview.has_passed,
    )


def quiz_results_for(*, items: list[OutlineItem], user_ids: list[int]) -> dict[tuple[int, int], QuizResult]:
    """{(quiz id, user id): QuizResult} for many learners and quizzes, in one query."""
    overviews = quiz_overviews(quizzes=[item.page for item in items], user_ids=user_ids)
    return {
        (item.pk, user_id): quiz_result(item=item, user=None, overview=overviews[(item.pk, user_id)])
        for item in items
        for user_id in user_ids
    }
