"""A learner's own quiz attempts and answers, for their data download (academy.privacy)."""

from django.db.models import Prefetch

from assessments.models import Attempt, AttemptQuestion


def learner_records(*, user) -> dict[str, list[dict]]:
    """Every attempt of ``user`` with each question's answer, mark and marker's comment. Two queries."""
    questions = AttemptQuestion.objects.select_related("version__question").order_by("position")
    attempts = (
        Attempt.objects.filter(user=user)
        .select_related("quiz")
        .prefetch_related(Prefetch("questions", queryset=questions))
        .order_by("started_at", "pk")
    )
    rows, answers = [], []
    for attempt in attempts:
        rows.append(
            {
                "quiz": attempt.quiz.title,
                "attempt": attempt.number,
                "state": attempt.get_state_display(),
                "started_at": attempt.started_at,
                "submitted_at": attempt.submitted_at,
                "score": _number(attempt.score),
                "max_score": _number(attempt.max_score),
                "percent": _number(attempt.percent),
                "passed": attempt.passed,
            }
        )
        for question in attempt.questions.all():
            answers.append(
                {
                    "quiz": attempt.quiz.title,
                    "attempt": attempt.number,
                    "question": question.position,
                    "question_name": question.version.question.name,
                    "answer": question.response,
                    "answered_at": question.answered_at,
                    "mark": _number(question.mark),
                    "max_mark": _number(question.max_mark),
                    "marker_comment": question.marker_comment,
                }
            )
    return {"quiz_attempts": rows, "answers": answers}


def _number(value):
    return None if value is None else float(value)
