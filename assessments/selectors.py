"""Reads shared by quiz pages, attempt pages, results and the author report."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Avg, Count, Q

from assessments.grading import public_view, view_keys
from assessments.models import Attempt, AttemptQuestion, QuizPage
from assessments.models.quiz import GradingMethod, ReviewWhen


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


@dataclass
class DisplayedQuestion:
    item: AttemptQuestion
    view: dict  # public_view: no answers, no feedback, opaque ids only
    keys: dict  # view_keys: opaque id -> the spec's own id; never rendered

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
    return [displayed_question(item) for item in chosen], pages


@dataclass
class QuestionStat:
    name: str
    question_id: int
    attempts: int
    correct: int

    @property
    def share_correct(self) -> float:
        return self.correct / self.attempts if self.attempts else 0.0


@dataclass
class QuizReport:
    quiz: QuizPage
    attempts: int
    learners: int
    average_percent: Decimal | None
    pass_rate: float | None
    questions: list[QuestionStat]


def quiz_report(*, quiz: QuizPage) -> QuizReport:
    """Submitted attempts, average score, pass rate and the share answering each question correctly (3 queries)."""
    submitted = Attempt.objects.filter(quiz=quiz, state=Attempt.State.SUBMITTED)
    totals = submitted.aggregate(
        attempts=Count("pk"),
        learners=Count("user", distinct=True),
        average=Avg("percent"),
        passed=Count("pk", filter=Q(passed=True)),
    )
    rows = (
        AttemptQuestion.objects.filter(attempt__in=submitted)
        .values("version__question_id", "version__question__name")
        .annotate(answered=Count("pk"), correct=Count("pk", filter=Q(grade_state="correct")))
        .order_by("version__question__name")
    )
    stats = [
        QuestionStat(
            name=row["version__question__name"],
            question_id=row["version__question_id"],
            attempts=row["answered"],
            correct=row["correct"],
        )
        for row in rows
    ]
    average = totals["average"]
    return QuizReport(
        quiz=quiz,
        attempts=totals["attempts"],
        learners=totals["learners"],
        average_percent=Decimal(average).quantize(Decimal("0.1")) if average is not None else None,
        pass_rate=(totals["passed"] / totals["attempts"])
        if totals["attempts"] and quiz.pass_mark is not None
        else None,
        questions=stats,
    )
