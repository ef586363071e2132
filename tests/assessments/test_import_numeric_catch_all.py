"""Numeric "any other answer" feedback (Moodle's catch-all '*'): spec, grading, editing and Moodle XML."""

import json

import pytest
from defusedxml import ElementTree as ET

from assessments.display import public_view
from assessments.formats.moodle_xml import export_moodle_xml, parse_moodle_xml
from assessments.grading import grade
from assessments.questions import NOT_A_STRING, normalise_spec, validate_spec
from assessments.services.questions import create_question
from tests.assessments.factories import make_category

SPEC = {
    "type": "numeric",
    "text": "<p>For how many years at most may a reserved contract run?</p>",
    "answers": [
        {"value": 5, "tolerance": 0, "fraction": 1.0, "feedback": "<p>Right.</p>"},
        {"value": 3, "tolerance": 0, "fraction": 0.0, "feedback": "<p>That was the old limit.</p>"},
    ],
    "other_feedback": "<p>Check section 33.</p>",
}


def test_other_feedback_is_optional_and_defaults_to_empty():
    spec = {key: value for key, value in SPEC.items() if key != "other_feedback"}
    assert validate_spec(spec) == []
    assert normalise_spec(spec)["other_feedback"] == ""


def test_other_feedback_must_be_text():
    assert validate_spec({**SPEC, "other_feedback": 3}) == [
        NOT_A_STRING.format(where="The question", key="other_feedback")
    ]


def test_an_answer_matching_none_of_the_listed_ones_gets_the_other_feedback_and_no_marks():
    result = grade(SPEC, {"value": "7"})
    assert (result.fraction, result.feedback) == (0.0, ["<p>Check section 33.</p>"])


def test_something_that_is_not_a_number_also_gets_the_other_feedback():
    assert grade(SPEC, {"value": "five"}).feedback == ["<p>Check section 33.</p>"]


def test_a_listed_wrong_answer_gets_its_own_feedback_not_the_other_feedback():
    assert grade(SPEC, {"value": "3"}).feedback == ["<p>That was the old limit.</p>"]


def test_the_right_answer_gets_its_feedback_only():
    result = grade(SPEC, {"value": "5"})
    assert (result.fraction, result.feedback) == (1.0, ["<p>Right.</p>"])


def test_an_unanswered_question_gets_no_feedback():
    assert grade(SPEC, None).feedback == []


def test_other_feedback_never_reaches_the_browser_before_submission():
    assert "section 33" not in json.dumps(public_view(SPEC, seed=1))


def test_export_writes_a_catch_all_answer_with_no_marks_and_reads_it_back():
    xml = export_moodle_xml([("Term", SPEC, [])], category="top/Catch-all")
    answers = ET.fromstring(xml).findall("question[@type='numerical']/answer")
    assert [(answer.get("fraction"), answer.findtext("text")) for answer in answers] == [
        ("100", "5"),
        ("0", "3"),
        ("0", "*"),
    ]
    (question,) = parse_moodle_xml(xml).questions
    assert question.spec == normalise_spec(SPEC)


@pytest.mark.django_db
def test_other_feedback_is_edited_in_the_numeric_answers_block_and_kept_in_the_spec():
    question = create_question(category=make_category(), name="Term", spec=SPEC)
    assert question.answers[0].value["other_feedback"].source == "<p>Check section 33.</p>"
    assert question.build_spec() == normalise_spec(SPEC)
