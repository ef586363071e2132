"""Authors' previews of a quiz or a single question: rendered as a learner sees them and graded on submission, with
nothing stored. No Attempt is created, so a preview never reaches reports, progress, certificates or statistics.

A preview is fixed by its seed (kept in the form): the same seed draws the same questions in the same order with the
same choice order, so the answers posted are graded against the questions that were shown.
"""

import random
import secrets
from dataclasses import dataclass
from decimal import Decimal

from assessments.grading import NEEDS_MARKING, Grade, grade
from assessments.models import AttemptQuestion, QuestionVersion, QuizPage
from assessments.responses import form_values, parse_response, posted_values
from assessments.review import LearnerAnswer, learner_answer, right_answer
from assessments.selectors import DisplayedQuestion, displayed_question
from assessments.services.attempts import select_versions

SEED_LIMIT = 2**62


def new_seed() -> int:
    return secrets.randbelow(SEED_LIMIT)


def read_seed(raw) -> int | None:
    """The seed posted back by a preview form; None when missing or not one this service makes."""
    try:
        seed = int(str(raw))
    except (TypeError, ValueError):
        return None
    return seed if 0 <= seed < SEED_LIMIT else None


def quiz_preview_questions(*, quiz: QuizPage, seed: int) -> list[DisplayedQuestion]:
    """The questions a new attempt could have, chosen and shuffled as ``start_attempt`` does, from ``seed``."""
    rng = random.Random(seed)  # noqa: S311 - selection and display order, not a secret
    selection = select_versions(quiz=quiz, user=None, rng=rng)
    if quiz.shuffle_questions:
        rng.shuffle(selection)
    items = [
        AttemptQuestion(
            position=position,
            version=version,
            max_mark=mark,
            seed=rng.randrange(SEED_LIMIT),
            shuffle=quiz.shuffle_choices,
        )
        for position, (version, mark) in enumerate(selection, start=1)
    ]
    return _displayed(items)


def question_preview_questions(*, version: QuestionVersion, seed: int) -> list[DisplayedQuestion]:
    """One question version, shown as question 1."""
    mark = Decimal(str(version.spec.get("default_mark", 1)))
    return _displayed([AttemptQuestion(position=1, version=version, max_mark=mark, seed=seed, shuffle=True)])


@dataclass
class PreviewResult:
    """One question of a submitted preview: what was answered, its grade, the right answer and the feedback."""

    question: DisplayedQuestion
    grade: Grade
    answer: LearnerAnswer
    right_answer: LearnerAnswer | None

    @property
    def spec(self) -> dict:
        return self.question.item.version.spec

    @property
    def needs_marking(self) -> bool:
        return self.grade.state == NEEDS_MARKING


def read_answers(questions: list[DisplayedQuestion], data) -> list[tuple[int, str]]:
    """Read each question's response from the posted ``data`` onto its item; the (position, message) errors.

    Every question gets its form values back, so a page shown again with errors keeps what was typed.
    """
    errors = []
    for question in questions:
        response, error = parse_response(question, data)
        question.item.response = response
        if error:
            errors.append((question.position, error))
            question.values = posted_values(question, data)
        else:
            question.values = form_values(question)
    return errors


def grade_preview(questions: list[DisplayedQuestion]) -> tuple[list[PreviewResult], float, float]:
    """Grade every question's response (read by ``read_answers``); the results, the marks and the marks available."""
    results = []
    for question in questions:
        spec, response = question.item.version.spec, question.item.response
        outcome = grade(spec, response, max_mark=float(question.item.max_mark))
        results.append(
            PreviewResult(
                question=question, grade=outcome, answer=learner_answer(spec, response), right_answer=right_answer(spec)
            )
        )
    return results, sum(result.grade.mark for result in results), sum(result.grade.max_mark for result in results)


def _displayed(items: list[AttemptQuestion]) -> list[DisplayedQuestion]:
    questions = [displayed_question(item) for item in items]
    for question in questions:
        question.of = len(questions)
        question.values = form_values(question)
    return questions
