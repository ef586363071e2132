"""The demo's right answers: each demo question's right response earns full marks when graded."""

import pytest

from assessments.demo import right_response
from assessments.demo_questions import QUIZZES
from assessments.grading import grade
from assessments.questions import is_full_mark

QUESTIONS = [entry for quiz in QUIZZES.values() for entry in quiz["questions"]]


@pytest.mark.parametrize("entry", QUESTIONS, ids=[entry["name"] for entry in QUESTIONS])
def test_the_right_response_to_each_demo_question_earns_full_marks(entry):
    result = grade(entry["spec"], right_response(entry["spec"]), max_mark=1.0)
    assert is_full_mark(result.fraction), (entry["name"], result)
