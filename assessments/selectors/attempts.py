"""Reads for quiz pages, attempt pages and results: a learner's attempts at a quiz, its grade, what to review."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from django.db.models import Count, Q

from assessments import models
from assessments.blocks import ANSWER_BLOCKS
from assessments.display import public_view, view_keys
from assessments.grading import NEEDS_MARKING
from assessments.questions import MANUALLY_MARKED_TYPES
from assessments.review import LearnerAnswer, learner_answer, right_answer

TYPE_LABELS = {name: block.label for name, block in ANSWER_BLOCKS}


@dataclass
class QuizOverview:
    quiz: models.QuizPage
    attempts: list[models.Attempt] = field(default_factory=list)  # submitted, oldest first
    open_attempt: models.Attempt | None = None

    @property
    def attempts_used(self) -> int:
        return len(self.attempts) + (1 if self.open_attempt else 0)

    @property
    def attempts_left(self) -> int | None:
        if not self.quiz.attempts_allowed:
            return None
        return max(self.quiz.attempts_allowed - self.attempts_used, 0)

    @property
    def can_start(self) -> bool:
        return self.open_attempt is None and (self.attempts_left is None or self.attempts_left > 0)

    @property
    def has_passed(self) -> bool:
        return any(attempt.passed for attempt in self.attempts)

    @property
    def grade(self) -> Decimal | None:
        """The learner's grade for the quiz by its grading method (percent)."""
        return quiz_grade(method=self.quiz.grading_method, attempts=self.attempts)

    @cached_property
    def question_count(self) -> int:
        return quiz_question_count(quiz=self.quiz)


def quiz_question_count(*, quiz: models.QuizPage) -> int:
    """How many questions an attempt started now would have (one query).

    As ``services.attempts.select_versions`` chooses them: a fixed question once, and each random slot at most as
    many questions as its category has left after the slots before it.
    """
    slots = (
        models.QuizSlot.objects.filter(quiz=quiz)
        .annotate(pool=Count("category__questions"))
        .order_by("sort_order", "pk")
        .values_list("kind", "question_id", "question__category_id", "category_id", "count", "pool")
    )
    chosen: set[int] = set()
    taken_from: dict[int, int] = {}
    total = 0
    for kind, question_id, question_category_id, category_id, count, pool in slots:
        if kind == models.QuizSlot.Kind.FIXED and question_id and question_id not in chosen:
            chosen.add(question_id)
            taken_from[question_category_id] = taken_from.get(question_category_id, 0) + 1
            total += 1
        elif kind == models.QuizSlot.Kind.RANDOM and category_id:
            drawn = max(min(count, pool - taken_from.get(category_id, 0)), 0)
            taken_from[category_id] = taken_from.get(category_id, 0) + drawn
            total += drawn
    return total


def quiz_grade(*, method: str, attempts: list[models.Attempt]) -> Decimal | None:
    scores = [attempt.percent for attempt in attempts if attempt.percent is not None]
    if not scores:
        return None
    if method == models.GradingMethod.HIGHEST:
        return max(scores)
    if method == models.GradingMethod.LATEST:
        return scores[-1]
    if method == models.GradingMethod.FIRST:
        return scores[0]
    return (sum(scores) / len(scores)).quantize(Decimal("0.01"))


def quiz_overview(*, quiz: models.QuizPage, user) -> QuizOverview:
    """The learner's attempts at ``quiz`` (one query); empty for anonymous visitors."""
    overview = QuizOverview(quiz=quiz)
    if user is None or not user.is_authenticated:
        return overview
    for attempt in models.Attempt.objects.filter(quiz=quiz, user=user).order_by("number"):
        if attempt.is_open:
            overview.open_attempt = attempt
        else:
            overview.attempts.append(attempt)
    return overview


def quiz_overviews(*, quizzes: list[models.QuizPage], user_ids: list[int]) -> dict[tuple[int, int], QuizOverview]:
    """{(quiz id, user id): the learner's attempts at the quiz} for many quizzes and learners, in one query.

    Every pair is present (empty when the learner has no attempt), with the same attempts as ``quiz_overview``."""
    overviews = {(quiz.pk, user_id): QuizOverview(quiz=quiz) for quiz in quizzes for user_id in user_ids}
    if not overviews:
        return overviews
    attempts = models.Attempt.objects.filter(quiz_id__in=[quiz.pk for quiz in quizzes], user_id__in=user_ids)
    for attempt in attempts.order_by("user_id", "quiz_id", "number"):
        overview = overviews[(attempt.quiz_id, attempt.user_id)]
        if attempt.is_open:
            overview.open_attempt = attempt
        else:
            overview.attempts.append(attempt)
    return overviews


@dataclass
class QuizPassCount:
    attempted: int  # learners with at least one submitted attempt
    passed: int  # learners with a passing attempt (or a submitted one, when the quiz has no pass mark)


def quiz_pass_counts(*, quiz_ids: list[int], user_ids) -> dict[int, QuizPassCount]:
    """For each quiz, how many of ``user_ids`` (a list or a values queryset) attempted it and passed it. One query."""
    submitted = Q(state=models.Attempt.State.SUBMITTED) | Q(state=models.Attempt.State.AWAITING_MARKING)
    passed = Q(passed=True) | Q(state=models.Attempt.State.SUBMITTED, quiz__pass_mark__isnull=True)
    rows = (
        models.Attempt.objects.filter(submitted, quiz_id__in=quiz_ids, user_id__in=user_ids)
        .order_by()
        .values("quiz_id")
        .annotate(attempted=Count("user_id", distinct=True), passed=Count("user_id", distinct=True, filter=passed))
        .values_list("quiz_id", "attempted", "passed")
    )
    counts = {quiz_id: QuizPassCount(attempted=0, passed=0) for quiz_id in quiz_ids}
    for quiz_id, attempted, passed_count in rows:
        counts[quiz_id] = QuizPassCount(attempted=attempted, passed=passed_count)
    return counts


def review_options(*, attempt: models.Attempt, overview: QuizOverview) -> dict[str, bool]:
    """Whether the result page may show correct answers and feedback, by the quiz's review settings."""
    if attempt.is_open:
        return {"correct_answers": False, "feedback": False}

    def allowed(when: str) -> bool:
        if when == models.ReviewWhen.AFTER_EACH:
            return True
        if when == models.ReviewWhen.ONCE_PASSED:
            return overview.has_passed or attempt.quiz.pass_mark is None
        if when == models.ReviewWhen.AFTER_LAST:
            return overview.attempts_left == 0
        return False

    return {
        "correct_answers": allowed(attempt.quiz.show_correct_answers),
        "feedback": allowed(attempt.quiz.show_feedback),
    }


RETRY, RESUME, CONTINUE = "retry", "resume", "continue"


def result_main_action(*, attempt: models.Attempt, overview: QuizOverview) -> str:
    """The result page's main (primary) action.

    After a fail, while the learner has not passed the quiz in another attempt: ``RETRY`` ("Try again") if they may
    start another attempt, ``RESUME`` if one is already open. Otherwise (a pass, no pass mark, waiting for marking,
    or no attempts left) ``CONTINUE`` to the next item in the course.
    """
    if attempt.passed is False and not overview.has_passed:
        if overview.can_start:
            return RETRY
        if overview.open_attempt is not None:
            return RESUME
    return CONTINUE


@dataclass
class ReviewedQuestion:
    """One question on the result page: the attempt's record of it and the learner's own answer."""

    item: models.AttemptQuestion
    answer: LearnerAnswer

    @cached_property
    def right_answer(self) -> LearnerAnswer | None:
        """From the attempt's own version of the question: the same answer key it was graded with."""
        return right_answer(self.spec)

    @property
    def spec(self) -> dict:
        return self.item.version.spec

    @property
    def awaiting_marking(self) -> bool:
        # Also by meaning, not only by grade_state: an answered essay nobody has marked yet. (grade_state is a
        # varchar(12) and "needs_marking" has 13 characters, so PostgreSQL stores it cut short.)
        if self.item.grade_state == NEEDS_MARKING:
            return True
        return (
            self.spec.get("type") in MANUALLY_MARKED_TYPES
            and self.answer.kind != "none"
            and self.item.marked_at is None
        )

    @property
    def was_marked_by_a_person(self) -> bool:
        return self.item.marked_at is not None


def reviewed_questions(*, attempt: models.Attempt) -> list[ReviewedQuestion]:
    """Every question of a submitted attempt, in order, with the learner's own answer (one query)."""
    items = models.AttemptQuestion.objects.filter(attempt=attempt).select_related("version").order_by("position")
    return [ReviewedQuestion(item=item, answer=learner_answer(item.version.spec, item.response)) for item in items]


@dataclass
class DisplayedQuestion:
    item: models.AttemptQuestion
    view: dict  # public_view: no answers, no feedback, opaque ids only
    keys: dict  # view_keys: opaque id -> the spec's own id; never rendered
    of: int = 0  # how many questions the attempt has, for "Questions 4 to 6 of 8"

    @property
    def position(self) -> int:
        return self.item.position


def displayed_question(item: models.AttemptQuestion) -> DisplayedQuestion:
    spec = item.display_spec
    return DisplayedQuestion(item=item, view=public_view(spec, seed=item.seed), keys=view_keys(spec, seed=item.seed))


def attempt_page(*, attempt: models.Attempt, page_number: int) -> tuple[list[DisplayedQuestion], int]:
    """The questions on one page of an attempt, in the browser-safe view, and the number of pages."""
    per_page = max(attempt.quiz.questions_per_page, 1)
    items = list(models.AttemptQuestion.objects.filter(attempt=attempt).select_related("version").order_by("position"))
    pages = max((len(items) + per_page - 1) // per_page, 1)
    page_number = min(max(page_number, 1), pages)
    chosen = items[(page_number - 1) * per_page : page_number * per_page]
    questions = [displayed_question(item) for item in chosen]
    for question in questions:
        question.of = len(items)
    return questions, pages


def is_quiz(page) -> bool:
    """Whether ``page`` (a course item, or its model) is a quiz: for apps that list a course's quizzes without its
    models."""
    return isinstance(page, models.QuizPage) or (isinstance(page, type) and issubclass(page, models.QuizPage))
