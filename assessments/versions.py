"""Reads about a question's versions: how many learners attempted the latest (for the edit form's notice), and every
version with its attempts (for the versions list)."""

from dataclasses import dataclass

from django.db.models import Count

from assessments.models import Question, QuestionVersion

ATTEMPTED_NOTICE = "Attempted by {learners} learner{s}: saving a change creates version {next}."
NOT_ATTEMPTED_NOTICE = "Not attempted yet: saving a change updates version {number}."


@dataclass(frozen=True)
class VersionNotice:
    """What saving an edit will do, as ``services.questions.record_version`` decides it."""

    number: int  # the latest version's number (0: none yet)
    attempts: int  # attempts at the latest version, by anyone
    learners: int  # distinct people who attempted it

    @property
    def creates_version(self) -> bool:
        return self.attempts > 0

    @property
    def message(self) -> str:
        if self.creates_version:
            return ATTEMPTED_NOTICE.format(
                learners=self.learners, s="" if self.learners == 1 else "s", next=self.number + 1
            )
        return NOT_ATTEMPTED_NOTICE.format(number=max(self.number, 1))


def version_notice(*, question: Question) -> VersionNotice:
    """The latest version's number and who attempted it (one query)."""
    latest = (
        QuestionVersion.objects.filter(question=question)
        .order_by("-number")
        .annotate(
            attempt_count=Count("attempt_questions"),
            learner_count=Count("attempt_questions__attempt__user", distinct=True),
        )
        .values("number", "attempt_count", "learner_count")
        .first()
    )
    if latest is None:
        return VersionNotice(number=0, attempts=0, learners=0)
    return VersionNotice(number=latest["number"], attempts=latest["attempt_count"], learners=latest["learner_count"])


def question_versions(*, question: Question) -> list[QuestionVersion]:
    """Every version of ``question``, newest first, each with ``attempt_count`` and ``learner_count`` (one query)."""
    return list(
        QuestionVersion.objects.filter(question=question)
        .annotate(
            attempt_count=Count("attempt_questions"),
            learner_count=Count("attempt_questions__attempt__user", distinct=True),
        )
        .order_by("-number")
    )
