"""The author's quiz report: statistics for each question and version, each learner's attempts, every answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.db.models import Avg, Count, Q
from wagtail.permission_policies.pages import PagePermissionPolicy

from assessments import models
from assessments.questions import is_full_mark
from assessments.selectors.attempts import TYPE_LABELS
from assessments.statistics import QuestionScore, ResponseCount, question_statistics, response_counts


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
    versions: list[VersionReport] = field(default_factory=list)  # newest first

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
    attempts: list[models.Attempt]  # submitted, oldest first

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
    quiz: models.QuizPage
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


def report_excluded_users(*, quiz: models.QuizPage):
    """The people whose attempts the report leaves out: superusers, staff (Django admin users) and anyone who can edit
    the quiz page (a query, not evaluated here)."""
    editors = PagePermissionPolicy().users_with_any_permission_for_instance({"change"}, quiz)
    return get_user_model().objects.filter(Q(is_superuser=True) | Q(is_staff=True) | Q(pk__in=editors.values("pk")))


def quiz_report(*, quiz: models.QuizPage) -> QuizReport:
    """Attempts, learners, average score, pass rate and per-question statistics, from learners' attempts only.

    Statistics count submitted attempts only (every answer marked); attempts waiting for a marker are counted
    apart. Four queries whatever the number of attempts: the totals, every counted attempt's questions, the question
    versions they used, and each learner's counted attempts. Each question is also broken down by version. The
    statistics are computed in Python (``assessments.statistics``).
    """
    learners_attempts = models.Attempt.objects.filter(quiz=quiz).exclude(user__in=report_excluded_users(quiz=quiz))
    counted = Q(state=models.Attempt.State.SUBMITTED)
    totals = learners_attempts.aggregate(
        attempts=Count("pk", filter=counted),
        learners=Count("user", distinct=True, filter=counted),
        average=Avg("percent", filter=counted),
        passed=Count("pk", filter=counted & Q(passed=True)),
        awaiting=Count("pk", filter=Q(state=models.Attempt.State.AWAITING_MARKING)),
    )
    rows = [
        _AnsweredQuestion._make(values)
        for values in models.AttemptQuestion.objects.filter(attempt__in=learners_attempts.filter(counted).values("pk"))
        .order_by()
        .values_list(*_ANSWERED_QUESTION_LOOKUPS)
    ]
    versions = {
        pk: (number, spec)
        for pk, number, spec in models.QuestionVersion.objects.filter(
            pk__in={row.version_id for row in rows}
        ).values_list("pk", "number", "spec")
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


def report_answers(*, quiz: models.QuizPage) -> list[models.AttemptQuestion]:
    """Every answer in the learners' counted attempts (as the report counts them), by learner, attempt and position,
    each with its attempt, learner and version (one query)."""
    counted = (
        models.Attempt.objects.filter(quiz=quiz, state=models.Attempt.State.SUBMITTED)
        .exclude(user__in=report_excluded_users(quiz=quiz))
        .values("pk")
    )
    return list(
        models.AttemptQuestion.objects.filter(attempt__in=counted)
        .select_related("attempt__user", "version__question")
        .order_by("attempt__user__full_name", "attempt__user__email", "attempt__user_id", "attempt__number", "position")
    )


def report_attempt(*, quiz: models.QuizPage, attempt_id: int) -> models.Attempt | None:
    """A learner's attempt at ``quiz`` as the report shows it; None for another quiz's attempt or one it leaves out."""
    return (
        models.Attempt.objects.filter(quiz=quiz, pk=attempt_id)
        .exclude(user__in=report_excluded_users(quiz=quiz))
        .exclude(state=models.Attempt.State.IN_PROGRESS)
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


def _statistics(rows: list[_AnsweredQuestion], *, key: str):
    """Facility and discrimination of the rows grouped by ``key`` (a question's id, or one version's)."""
    return question_statistics(
        QuestionScore(
            attempt_id=row.attempt_id,
            question_id=getattr(row, key),
            mark=float(row.mark or 0),
            max_mark=float(row.max_mark),
        )
        for row in rows
    )


def _question_reports(
    rows: list[_AnsweredQuestion], specs: dict[int, dict], numbers: dict[int, int]
) -> list[QuestionReport]:
    # Keyed by version id as well as by question id: each version's facility and discrimination over its attempts.
    by_version = _statistics(rows, key="version_id")
    stats = _statistics(rows, key="question_id")
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
