"""Realistic mixed banks: exactly which items are created and which are skipped, each with its line and reasons."""

from pathlib import Path

import pytest

from assessments.formats import gift, moodle_xml
from assessments.formats.common import IMAGE_WITHOUT_ALT, ImportProblem
from assessments.formats.gift import parse_gift
from assessments.formats.moodle_xml import parse_moodle_xml
from assessments.questions import normalise_spec

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def moodle_bank():
    return parse_moodle_xml((FIXTURES / "mixed_bank.xml").read_bytes())


@pytest.fixture(scope="module")
def gift_bank():
    return parse_gift((FIXTURES / "mixed_bank.gift").read_text(encoding="utf-8"))


def by_name(result):
    return {question.name: question for question in result.questions}


def test_moodle_bank_creates_the_supported_questions_in_their_categories(moodle_bank):
    assert moodle_bank.ok
    assert [(q.line, q.type_label, q.name, q.category) for q in moodle_bank.questions] == [
        (8, "Single choice", "Reading the map", "top/Commissioning"),
        (21, "True or false", "Unlabelled chart", "top/Commissioning"),
        (38, "Numeric", "Reserved contract term", "top/Commissioning/Mutuals"),
        (51, "Essay (marked by a person)", "Your 100-day plan", "top/Commissioning/Mutuals"),
        (76, "Short text", "Programme name", "top/Commissioning/Mutuals/Case studies"),
    ]


def test_moodle_bank_skips_cloze_calculated_drag_and_drop_descriptions_and_bad_answers(moodle_bank):
    assert [(item.line, item.type_label, item.name, item.reasons) for item in moodle_bank.skipped] == [
        (
            30,
            "Embedded answers (Cloze)",
            "Cloze about contracts",
            [ImportProblem(30, moodle_xml.UNSUPPORTED_TYPE.format(label="Embedded answers (Cloze)"))],
        ),
        (
            46,
            "Calculated",
            "Contract value",
            [ImportProblem(46, moodle_xml.UNSUPPORTED_TYPE.format(label="Calculated"))],
        ),
        (
            65,
            "Multiple response",
            "Unreadable fraction",
            [ImportProblem(70, moodle_xml.NOT_A_NUMBER.format(tag="answer fraction", value="abc"))],
        ),
        (
            81,
            "Drag and drop into text",
            "Drag the words",
            [ImportProblem(81, moodle_xml.UNSUPPORTED_TYPE.format(label="Drag and drop into text"))],
        ),
        (85, "Description", "About this section", [ImportProblem(85, moodle_xml.DESCRIPTION_NOT_SUPPORTED)]),
    ]


def test_skipped_items_keep_the_start_of_their_text_for_the_preview(moodle_bank):
    assert moodle_bank.skipped[1].text_start == "What is {a} times {b}?"


def test_moodle_image_is_kept_with_its_alt_text_until_it_is_stored(moodle_bank):
    question = by_name(moodle_bank)["Reading the map"]
    assert question.spec["text"] == (
        '<p>Which region is shaded?</p><p><img src="@@PLUGINFILE@@/region%20map.png" '
        'alt="Map of England with the North West shaded"></p>'
    )
    assert list(question.files) == ["region map.png"]
    assert question.files["region map.png"].is_image
    assert question.files["region map.png"].data.startswith(b"\x89PNG")
    assert question.warnings == []


def test_moodle_image_without_alt_text_is_created_but_flagged(moodle_bank):
    question = by_name(moodle_bank)["Unlabelled chart"]
    assert question.warnings == [IMAGE_WITHOUT_ALT.format(name="chart.png")]


def test_moodle_numeric_catch_all_becomes_feedback_for_any_other_answer(moodle_bank):
    spec = by_name(moodle_bank)["Reserved contract term"].spec
    assert spec["answers"] == [{"value": 5.0, "tolerance": 0.0, "fraction": 1.0, "feedback": "Right."}]
    assert spec["other_feedback"] == "Check section 33."


def test_moodle_essay_reads_word_limit_template_and_marking_guidance(moodle_bank):
    question = by_name(moodle_bank)["Your 100-day plan"]
    assert question.spec == {
        "type": "essay",
        "text": "<p>Outline your organisation's <strong>100-day plan</strong>.</p>",
        "general_feedback": "",
        "default_mark": 10.0,
        "word_limit": 500,
        "response_template": "Goals:\n\nMilestones:",
        "marking_guidance": "<p>Award up to 5 marks for <em>clear milestones</em>.</p>",
    }
    assert question.warnings == [moodle_xml.MINIMUM_WORDS_DROPPED.format(count=50)]


def test_every_created_spec_is_canonical(moodle_bank, gift_bank):
    for question in [*moodle_bank.questions, *gift_bank.questions]:
        assert normalise_spec(question.spec) == question.spec


def test_gift_bank_creates_choices_essays_numeric_feedback_and_true_false(gift_bank):
    assert gift_bank.ok
    assert [(q.line, q.type_label, q.name, q.category) for q in gift_bank.questions] == [
        (6, "Single choice", "Procurement Act", "top/Commissioning"),
        (11, "Essay (marked by a person)", "Reflection", "top/Commissioning"),
        (13, "Essay (marked by a person)", "Reflection with guidance", "top/Commissioning"),
        (15, "Numeric", "Reserved contract term", "top/Commissioning"),
        (20, "Numeric", "Launch year", "top/Commissioning"),
        (39, "True or false", "Mutual", "top/Commissioning/Mutuals"),
    ]


def test_gift_bank_skips_descriptions_ordering_bad_weights_and_catch_alls_that_give_marks(gift_bank):
    assert [(item.line, item.type_label, item.name, item.reasons) for item in gift_bank.skipped] == [
        (
            24,
            "Description",
            "This is a description, not a question.",
            [ImportProblem(24, gift.DESCRIPTION_NOT_SUPPORTED)],
        ),
        (26, "Ordering", "Steps", [ImportProblem(26, gift.ORDERING_NOT_SUPPORTED)]),
        (
            31,
            "Multiple response",
            "Bad weight",
            [ImportProblem(33, gift.BAD_WEIGHT.format(weight="%fifty%A"))],
        ),
        (37, "Numeric", "Any number scores", [ImportProblem(37, gift.CATCH_ALL_WITH_MARK)]),
    ]


def test_gift_essay_is_an_empty_answer_block_and_keeps_general_feedback(gift_bank):
    questions = by_name(gift_bank)
    assert questions["Reflection"].spec == {
        "type": "essay",
        "text": 'In a paragraph, say what "most advantageous tender" means for your service.',
        "general_feedback": "",
        "default_mark": 1.0,
        "word_limit": 0,
        "response_template": "",
        "marking_guidance": "",
    }
    assert questions["Reflection with guidance"].spec["general_feedback"] == (
        "Look for risks to staff and service users."
    )


def test_gift_numeric_wrong_answer_feedback_in_both_styles_becomes_other_feedback(gift_bank):
    questions = by_name(gift_bank)
    assert questions["Reserved contract term"].spec["other_feedback"] == "Check section 33 of the Act."
    assert questions["Launch year"].spec["answers"] == [
        {"value": 2013.0, "tolerance": 0.0, "fraction": 1.0, "feedback": ""}
    ]
    assert questions["Launch year"].spec["other_feedback"] == "Not quite: see module 1."


def test_gift_numeric_tilde_without_feedback_is_skipped_on_its_line():
    result = parse_gift("::Q:: How many?\n{#\n=5\n~6\n}")
    assert [item.reasons for item in result.skipped] == [[ImportProblem(4, gift.NUMERIC_CATCH_ALL)]]


def test_a_problem_with_one_answer_is_reported_on_that_answers_line():
    result = parse_moodle_xml(
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n<question type="shortanswer">\n'
        "<questiontext><text>Capital?</text></questiontext>\n"
        '<answer fraction="100"><text>Paris</text></answer>\n'
        '<answer fraction="150"><text>paris</text></answer>\n'
        "</question>\n</quiz>\n"
    )
    assert [item.reasons for item in result.skipped] == [
        [ImportProblem(6, "Answer 2: 'fraction' must be between 0 and 1.")]
    ]


def test_a_distractor_that_is_also_an_answer_is_reported_where_the_pairs_start():
    result = parse_gift("::Match::\nMatch them {\n=a -> x\n=b -> y\n= -> x\n}")
    assert [item.reasons for item in result.skipped] == [
        [ImportProblem(3, "The distractor 'x' is also the answer of a pair.")]
    ]
