"""The demo's right answers: each demo question's right response earns full marks when graded."""

import pytest

from assessments.demo import right_response
from assessments.formats.moodle_xml import parse_moodle_xml
from assessments.grading import grade
from assessments.questions import is_full_mark
from courses.demo.course import COURSE_FOLDER

QUESTIONS = [
    parsed
    for path in sorted(COURSE_FOLDER.glob("*/questions.xml"))
    for parsed in parse_moodle_xml(path.read_text(encoding="utf-8")).questions
]


def test_the_demo_has_its_questions():
    assert len(QUESTIONS) == 54


@pytest.mark.parametrize("parsed", QUESTIONS, ids=[parsed.name for parsed in QUESTIONS])
def test_the_right_response_to_each_demo_question_earns_full_marks(parsed):
    result = grade(parsed.spec, right_response(parsed.spec), max_mark=1.0)
    assert is_full_mark(result.fraction), (parsed.name, result)
