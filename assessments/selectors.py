"""Reads shared by quiz pages, attempt pages, results and the author report."""

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.db.models import Avg, Count, Q
from wagtail.permission_policies.pages import PagePermissionPolicy

from assessments.blocks import ANSWER_BLOCKS
from assessments.grading import NEEDS_MARKING, public_view, view_keys
from assessments.models import Attempt, AttemptQuestion, QuestionVersion, QuizPage, QuizSlot
from assessments.models.quiz import GradingMethod, ReviewWhen
from assessments.questions import MANUALLY_MARKED_TYPES, is_full_mark
from assessments.review import LearnerAnswer, learner_answer, right_answer
from assessments.statistics import QuestionScore, ResponseCount, question_statistics, response_counts

TYPE_LABELS = {name: block.label for name, block in ANSWER_BLOCKS}


@dataclass
class QuizOverview:
    quiz: QuizPage
    attempts: list[Attempt] = field(default_factory=list)  # submitted, oldest first
    open_attempt: Attempt | None = None

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


def quiz_question_count(*, quiz: QuizPage) -> int:
    """How many questions an attempt started now would have (one query).

    As ``services.attempts.select_versions`` chooses them: a fixed question once, and each random slot at most as
    many questions as its category has left after the slots before it.
    """
    slots = (
        QuizSlot.objects.filter(quiz=quiz)
        .annotate(pool=Count("category__questions"))
        .order_by("sort_order", "pk")
        .values_list("kind", "question_id", "question__category_id", "category_id", "count", "pool")
    )
    chosen: set[int] = set()
    taken_from: dict[int, int] = {}
    total = 0
    for kind, question_id, question_category_id, category_id, count, pool in slots:
        if kind == QuizSlot.Kind.FIXED and question_id and question_id not in chosen:
            chosen.add(question_id)
            taken_from[question_category_id] = taken_from.get(question_category_id, 0) + 1
            total += 1
        elif kind == QuizSlot.Kind.RANDOM and category_id:
            drawn = max(min(count, pool - taken_from.get(category_id, 0)), 0)
            taken_from[category_id] = taken_from.get(category_id, 0) + drawn
            total += drawn
    return total


def quiz_grade(*, method: str, attempts: list[Attempt]) -> Decimal | None:
    scores = [attempt.percent for attempt in attempts if attempt.percent is not None]
    if not scores:
        return None
    if method == GradingMethod.HIGHEST:
        return max(scores)
    if method == GradingMethod.LATEST:
        return scores[-1]
    if method == GradingMethod.FIRST:
        return scores[0]
    return (sum(scores) / len(scores)).quantize(Decimal("0.01"))


def quiz_overview(*, quiz: QuizPage, user) -> QuizOverview:
    """The learner's attempts at ``quiz`` (one query); empty for anonymous visitors."""
    overview = QuizOverview(quiz=quiz)
    if user is None or not user.is_authenticated:
        return overview
    for attempt in Attempt.objects.filter(quiz=quiz, user=user).order_by("number"):
        if attempt.is_open:
            overview.open_attempt = attempt
        else:
            overview.attempts.append(attempt)
    return overview


@dataclass
class QuizPassCount:
    attempted: int  # learners with at least one submitted attempt
    passed: int  # learners with a passing attempt (or a submitted one, when the quiz has no pass mark)


def quiz_pass_counts(*, quiz_ids: list[int], user_ids) -> dict[int, QuizPassCount]:
    """For each quiz, how many of ``user_ids`` (a list or a values queryset) attempted it and passed it. One query."""
    submitted = Q(state=Attempt.State.SUBMITTED) | Q(state=Attempt.State.AWAITING_MARKING)
    passed = Q(passed=True) | Q(state=Attempt.State.SUBMITTED, quiz__pass_mark__isnull=True)
    rows = (
        Attempt.objects.filter(submitted, quiz_id__in=quiz_ids, user_id__in=user_ids)
        .order_by()
        .values("quiz_id")
        .annotate(attempted=Count("user_id", distinct=True), passed=Count("user_id", distinct=True, filter=passed))
        .values_list("quiz_id", "attempted", "passed")
    )
    counts = {quiz_id: QuizPassCount(attempted=0, passed=0) for quiz_id in quiz_ids}
    for quiz_id, attempted, passed_count in rows:
        counts[quiz_id] = QuizPassCount(attempted=attempted, passed=passed_count)
    return counts


def review_options(*, attempt: Attempt, overview: QuizOverview) -> dict[str, bool]:
    """Whether the result page may show correct answers and feedback, by the quiz's review settings."""
    if attempt.is_open:
        return {"correct_answers": False, "feedback": False}

    def allowed(when: str) -> bool:
        if when == ReviewWhen.AFTER_EACH:
            return True
        if when == ReviewWhen.ONCE_PASSED:
            return overview.has_passed or attempt.quiz.pass_mark is None
        if when == ReviewWhen.AFTER_LAST:
            return overview.attempts_left == 0
        return False

    return {
        "correct_answers": allowed(attempt.quiz.show_correct_answers),
        "feedback": allowed(attempt.quiz.show_feedback),
    }


RETRY, RESUME, CONTINUE = "retry", "resume", "continue"


def result_main_action(*, attempt: Attempt, overview: QuizOverview) -> str:
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

    item: AttemptQuestion
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


def reviewed_questions(*, attempt: Attempt) -> list[ReviewedQuestion]:
    """Every question of a submitted attempt, in order, with the learner's own answer (one query)."""
    items = AttemptQuestion.objects.filter(attempt=attempt).select_related("version").order_by("position")
    return [ReviewedQuestion(item=item, answer=learner_answer(item.version.spec, item.response)) for item in items]


@dataclass
class DisplayedQuestion:
    item: AttemptQuestion
    view: dict  # public_view: no answers, no feedback, opaque ids only
    keys: dict  # view_keys: opaque id -> the spec's own id; never rendered
    of: int = 0  # how many questions the attempt has, for "Questions 4 to 6 of 8"

    @property
    def position(self) -> int:
        return self.item.position


def displayed_question(item: AttemptQuestion) -> DisplayedQuestion:
    spec = item.display_spec
    return DisplayedQuestion(item=item, view=public_view(spec, seed=item.seed), keys=view_keys(spec, seed=item.seed))


def attempt_page(*, attempt: Attempt, page_number: int) -> tuple[list[DisplayedQuestion], int]:
    """The questions on one page of an attempt, in the browser-safe view, and the number of pages."""
    per_page = max(attempt.quiz.questions_per_page, 1)
    items = list(AttemptQuestion.objects.filter(attempt=attempt).select_related("version").order_by("position"))
    pages = max((len(items) + per_page - 1) // per_page, 1)
    page_number = min(max(page_number, 1), pages)
    chosen = items[(page_number - 1) * per_page : page_number * per_page]
    questions = [displayed_question(item) for item in chosen]
    for question in questions:
        question.of = len(items)
    return questions, pages


@dataclass
class QuestionReport:
    """One question's statistics over the counted attempts (see ``assessments.statistics``)."""

    question_id: int
    name: str
    type_label: str
    attempts: int
    correct: int  # attempts that got full marks
    facility: float | None
    discrimination: float | None
    responses: list[ResponseCount] = field(default_factory=list)
    versions: list["VersionReport"] = field(default_factory=list)  # newest first

    @property
    def share_correct(self) -> float:
        return self.correct / self.attempts if self.attempts else 0.0

    @property
    def share_correct_percent(self) -> float:
        return 100 * self.share_correct


@dataclass
class VersionReport:
    """One version of a question over the counted attempts that used it."""

    number: int
    attempts: int
    correct: int
    facility: float | None
    discrimination: float | None

    @property
    def share_correct_percent(self) -> float:
        return 100 * self.correct / self.attempts if self.attempts else 0.0


@dataclass
class LearnerReport:
    """One learner's counted attempts at the quiz."""

    user_id: int
    name: str
    email: str
    attempts: list[Attempt]  # submitted, oldest first

    @property
    def best_percent(self) -> Decimal | None:
        scores = [attempt.percent for attempt in self.attempts if attempt.percent is not None]
        return max(scores) if scores else None

    @property
    def passed(self) -> bool | None:
        outcomes = [attempt.passed for attempt in self.attempts if attempt.passed is not None]
        return any(outcomes) if outcomes else None


@dataclass
class QuizReport:
    quiz: QuizPage
    attempts: int
    learners: int
    average_percent: Decimal | None
    pass_rate: float | None
    awaiting_marking: int
    questions: list[QuestionReport]
    learner_rows: list[LearnerReport] = field(default_factory=list)

    @property
    def pass_rate_percent(self) -> float | None:
        return None if self.pass_rate is None else 100 * self.pass_rate


def report_excluded_users(*, quiz: QuizPage):
    """The people whose attempts the report leaves out: superusers, staff (Django admin users) and anyone who can edit
    the quiz page (a query, not evaluated here)."""
    editors = PagePermissionPolicy().users_with_any_permission_for_instance({"change"}, quiz)
    return get_user_model().objects.filter(Q(is_superuser=True) | Q(is_staff=True) | Q(pk__in=editors.values("pk")))


def quiz_report(*, quiz: QuizPage) -> QuizReport:
    """Attempts, learners, average score, pass rate and per-question statistics, from learners' attempts only.

    Statistics count submitted attempts only (every answer marked); attempts waiting for a marker are counted
    apart. Four queries whatever the number of attempts: the totals, every counted attempt's questions, the question
    versions they used, and each learner's counted attempts. Each question is also broken down by version. The
    statistics are computed in Python (``assessments.statistics``).
    """
    learners_attempts = Attempt.objects.filter(quiz=quiz).exclude(user__in=report_excluded_users(quiz=quiz))
    counted = Q(state=Attempt.State.SUBMITTED)
    totals = learners_attempts.aggregate(
        attempts=Count("pk", filter=counted),
        learners=Count("user", distinct=True, filter=counted),
        average=Avg("percent", filter=counted),
        passed=Count("pk", filter=counted & Q(passed=True)),
        awaiting=Count("pk", filter=Q(state=Attempt.State.AWAITING_MARKING)),
    )
    rows = [
        _AnsweredQuestion._make(values)
        for values in AttemptQuestion.objects.filter(attempt__in=learners_attempts.filter(counted).values("pk"))
        .order_by()
        .values_list(*_ANSWERED_QUESTION_LOOKUPS)
    ]
    versions = {
        pk: (number, spec)
        for pk, number, spec in QuestionVersion.objects.filter(pk__in={row.version_id for row in rows}).values_list(
            "pk", "number", "spec"
        )
    }
    specs = {pk: spec for pk, (_, spec) in versions.items()}
    numbers = {pk: number for pk, (number, _) in versions.items()}
    average = totals["average"]
    return QuizReport(
        quiz=quiz,
        attempts=totals["attempts"],
        learners=totals["learners"],
        average_percent=Decimal(average).quantize(Decimal("0.1")) if average is not None else None,
        pass_rate=(totals["passed"] / totals["attempts"])
        if totals["attempts"] and quiz.pass_mark is not None
        else None,
        awaiting_marking=totals["awaiting"],
        questions=_question_reports(rows, specs, numbers),
        learner_rows=_learner_reports(learners_attempts.filter(counted)),
    )


def _learner_reports(attempts) -> list[LearnerReport]:
    """Each learner with their counted attempts, by name (one query)."""
    learners: dict[int, LearnerReport] = {}
    for attempt in attempts.select_related("user").order_by("user__full_name", "user__email", "user_id", "number"):
        if attempt.user_id not in learners:
            learners[attempt.user_id] = LearnerReport(
                user_id=attempt.user_id, name=attempt.user.full_name, email=attempt.user.email, attempts=[]
            )
        learners[attempt.user_id].attempts.append(attempt)
    return list(learners.values())


def report_answers(*, quiz: QuizPage) -> list[AttemptQuestion]:
    """Every answer in the learners' counted attempts (as the report counts them), by learner, attempt and position,
    each with its attempt, learner and version (one query)."""
    counted = (
        Attempt.objects.filter(quiz=quiz, state=Attempt.State.SUBMITTED)
        .exclude(user__in=report_excluded_users(quiz=quiz))
        .values("pk")
    )
    return list(
        AttemptQuestion.objects.filter(attempt__in=counted)
        .select_related("attempt__user", "version__question")
        .order_by("attempt__user__full_name", "attempt__user__email", "attempt__user_id", "attempt__number", "position")
    )


def report_attempt(*, quiz: QuizPage, attempt_id: int) -> Attempt | None:
    """A learner's attempt at ``quiz`` as the report shows it; None for another quiz's attempt or one it leaves out."""
    return (
        Attempt.objects.filter(quiz=quiz, pk=attempt_id)
        .exclude(user__in=report_excluded_users(quiz=quiz))
        .exclude(state=Attempt.State.IN_PROGRESS)
        .select_related("user", "quiz")
        .first()
    )


class _AnsweredQuestion(NamedTuple):
    attempt_id: int
    position: int
    version_id: int
    question_id: int
    name: str
    mark: Decimal | None
    max_mark: Decimal
    fraction: float | None
    response: dict | None


_ANSWERED_QUESTION_LOOKUPS = (
    "attempt_id",
    "position",
    "version_id",
    "version__question_id",
    "version__question__name",
    "mark",
    "max_mark",
    "fraction",
    "response",
)


def _question_reports(
    rows: list[_AnsweredQuestion], specs: dict[int, dict], numbers: dict[int, int]
) -> list[QuestionReport]:
    # Keyed by version id instead of question id: each version's facility and discrimination over its attempts.
    by_version = question_statistics(
        QuestionScore(
            attempt_id=row.attempt_id,
            question_id=row.version_id,
            mark=float(row.mark or 0),
            max_mark=float(row.max_mark),
        )
        for row in rows
    )
    stats = question_statistics(
        QuestionScore(
            attempt_id=row.attempt_id,
            question_id=row.question_id,
            mark=float(row.mark or 0),
            max_mark=float(row.max_mark),
        )
        for row in rows
    )
    by_question: dict[int, list[_AnsweredQuestion]] = {}
    for row in rows:
        by_question.setdefault(row.question_id, []).append(row)
    reports = []
    for question_id, answers in by_question.items():
        answers.sort(key=lambda row: -row.version_id)  # newest version first: its labels and order of choices
        newest = specs[answers[0].version_id]
        reports.append(
            QuestionReport(
                question_id=question_id,
                name=answers[0].name,
                type_label=TYPE_LABELS.get(newest["type"], newest["type"]),
                attempts=stats[question_id].attempts,
                correct=sum(1 for row in answers if row.fraction is not None and is_full_mark(row.fraction)),
                facility=stats[question_id].facility,
                discrimination=stats[question_id].discrimination,
                responses=response_counts([(specs[row.version_id], row.response, row.fraction) for row in answers]),
                versions=[
                    VersionReport(
                        number=numbers[version_id],
                        attempts=by_version[version_id].attempts,
                        correct=sum(
                            1
                            for row in answers
                            if row.version_id == version_id and row.fraction is not None and is_full_mark(row.fraction)
                        ),
                        facility=by_version[version_id].facility,
                        discrimination=by_version[version_id].discrimination,
                    )
                    for version_id in sorted({row.version_id for row in answers}, key=lambda pk: -numbers[pk])
                ],
            )
        )
    first_position = {question_id: min(row.position for row in answers) for question_id, answers in by_question.items()}
    reports.sort(key=lambda report: (first_position[report.question_id], report.name, report.question_id))
    return reports
