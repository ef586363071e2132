"""Moodle XML import and export: every supported type, skipped items with the line of each reason, refused and
malformed files, sanitising and round trips."""

import json
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from academy.core.sanitise import sanitise_html
from assessments.formats import moodle_xml
from assessments.formats.common import NOT_AN_IMAGE, ImportProblem, plain_text
from assessments.formats.gift import parse_gift
from assessments.formats.moodle_xml import export_moodle_xml, parse_moodle_xml
from assessments.questions import POSITIVE_SUM, InvalidSpec, normalise_spec, validate_spec

FIXTURES = Path(__file__).parent / "fixtures"


def read_fixture(name):
    return parse_moodle_xml((FIXTURES / name).read_bytes())


def quiz(body):
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n{body}\n</quiz>\n'


@pytest.fixture(scope="module")
def all_types():
    result = read_fixture("all_types.xml")
    assert result.errors == []
    return {question.name: question for question in result.questions}


def test_fixture_with_every_type_imports_without_errors_in_file_order():
    result = read_fixture("all_types.xml")
    assert result.ok
    assert [(question.line, question.spec["type"]) for question in result.questions] == [
        (14, "single_choice"),
        (67, "multiple_response"),
        (102, "multiple_response"),
        (132, "true_false"),
        (160, "short_text"),
        (189, "numeric"),
        (230, "matching"),
        (265, "ordering"),
        (302, "ordering"),
    ]
    assert all(validate_spec(question.spec) == [] for question in result.questions)


def test_imported_specs_are_already_in_canonical_form(all_types):
    assert all(normalise_spec(question.spec) == question.spec for question in all_types.values())


def test_category_written_without_a_text_element_is_read_too():
    result = parse_moodle_xml(
        quiz(
            "<question type='category'><category>$course$/top/Old style</category></question>\n"
            "<question type='shortanswer'><questiontext><text>Q</text></questiontext>"
            "<answer fraction='100'><text>a</text></answer></question>"
        )
    )
    assert result.questions[0].category == "top/Old style"


def test_category_questions_set_the_category_of_the_questions_after_them(all_types):
    assert all_types["Spotting a mutual"].category == "top/Default/Mutuals"
    assert all_types["Timeline"].category == "top/Default/Mutuals/History"


def test_single_multichoice_becomes_single_choice_with_percentages_as_fractions(all_types):
    question = all_types["Spotting a mutual"]
    assert question.tags == ["mutuals", "definitions"]
    assert question.spec == {
        "type": "single_choice",
        "text": "<p>Which of these is a <strong>public service mutual</strong>?</p>",
        "general_feedback": "<p>A mutual has left the public sector.</p>",
        "default_mark": 2.0,
        "choices": [
            {
                "id": "a",
                "text": "<p>A spun-out youth service run by its staff</p>",
                "fraction": 1.0,
                "feedback": "<p>Right.</p>",
            },
            {
                "id": "b",
                "text": "<p>A residents' co-operative</p>",
                "fraction": -0.3333333,
                "feedback": "It never left the public sector.",
            },
            {"id": "c", "text": "A private consultancy", "fraction": 0.0, "feedback": ""},
        ],
        "shuffle": True,
    }


def test_multiple_multichoice_becomes_partial_multiple_response(all_types):
    spec = all_types["Primes (multiple response)"].spec
    assert (spec["scoring"], spec["shuffle"]) == ("partial", False)
    assert [choice["fraction"] for choice in spec["choices"]] == [0.3333333, 0.3333333, 0.3333334, -1.0]


def test_all_or_nothing_plugin_type_becomes_all_or_nothing_multiple_response(all_types):
    spec = all_types["Capitals (all or nothing)"].spec
    assert spec["scoring"] == "all_or_nothing"
    assert [choice["fraction"] for choice in spec["choices"]] == [0.0, 0.5, 0.5]


def test_true_false_reads_the_answers_by_their_text_in_any_order(all_types):
    spec = all_types["True statement"].spec
    assert (spec["correct"], spec["feedback_true"], spec["feedback_false"]) == (
        True,
        "Yes, that is one of the tests.",
        "No, they must.",
    )


def test_shortanswer_usecase_becomes_case_sensitive(all_types):
    spec = all_types["Department initials"].spec
    assert (spec["case_sensitive"], spec["normalise_whitespace"]) == (True, True)
    assert [answer["text"] for answer in spec["answers"]] == ["DCLG", "*Communities*"]


def test_numerical_reads_tolerances_and_drops_an_empty_catch_all(all_types):
    assert all_types["Localism Act"].spec["answers"] == [
        {"value": 2011.0, "tolerance": 0.0, "fraction": 1.0, "feedback": "Correct."},
        {"value": 2011.0, "tolerance": 1.0, "fraction": 0.5, "feedback": "Close."},
    ]


def test_matching_subquestion_without_text_is_a_distractor(all_types):
    spec = all_types["Who did what"].spec
    assert [pair["answer"] for pair in spec["pairs"]] == [
        "ran the Mutuals Support Programme",
        "published the 2013 response",
    ]
    assert spec["distractors"] == ["regulated banks"]


def test_ordering_answers_are_in_the_correct_order_and_grading_type_maps_to_scoring(all_types):
    spec = all_types["Steps to spinning out"].spec
    assert [item["text"] for item in spec["items"]] == [
        "Staff express interest",
        "Business case agreed",
        "Contract awarded",
    ]
    assert (spec["scoring"], spec["default_mark"]) == ("all_or_nothing", 3.0)
    timeline = all_types["Timeline"].spec
    assert timeline["scoring"] == "partial"
    assert [item["text"] for item in timeline["items"]] == ["Localism Act", "Government response & review"]


def test_unsupported_types_and_features_are_skipped_with_the_line_of_each_reason():
    result = read_fixture("unsupported.xml")
    assert result.ok
    assert [(item.line, item.type_label, item.name, item.reasons) for item in result.skipped] == [
        (
            7,
            "Embedded answers (Cloze)",
            "Cloze",
            [ImportProblem(7, moodle_xml.UNSUPPORTED_TYPE.format(label="Embedded answers (Cloze)"))],
        ),
        (11, "Calculated", "Calculated", [ImportProblem(11, moodle_xml.UNSUPPORTED_TYPE.format(label="Calculated"))]),
        (
            15,
            "Drag and drop into text",
            "Drag and drop",
            [ImportProblem(15, moodle_xml.UNSUPPORTED_TYPE.format(label="Drag and drop into text"))],
        ),
        (19, "Numeric", "With units", [ImportProblem(24, moodle_xml.UNITS_NOT_SUPPORTED)]),
        (34, "Single choice", "With an image", [ImportProblem(38, NOT_AN_IMAGE.format(name="map.png"))]),
        (
            44,
            "Ordering",
            "Relative grading",
            [ImportProblem(47, moodle_xml.ORDERING_GRADING.format(value="RELATIVE_NEXT_EXCLUDE_LAST"))],
        ),
        (51, "True or false", "Only one answer", [ImportProblem(51, moodle_xml.TRUE_FALSE_ANSWERS)]),
        (56, "Multiple response", "Fractions do not add up", [ImportProblem(60, POSITIVE_SUM.format(total=0.8))]),
    ]
    assert [(question.line, question.name) for question in result.questions] == [
        (3, "Essay"),
        (28, "Catch-all with feedback"),
        (63, "Fine"),
    ]


def test_malformed_xml_is_a_single_error_at_the_line_expat_reports():
    result = read_fixture("malformed.xml")
    assert (result.questions, result.errors) == (
        [],
        [ImportProblem(5, moodle_xml.MALFORMED.format(reason="mismatched tag"))],
    )


def test_doctype_and_entity_declarations_are_refused_before_parsing():
    result = read_fixture("doctype.xml")
    assert (result.questions, result.errors) == ([], [ImportProblem(2, moodle_xml.DOCTYPE_REFUSED)])


def test_doctype_hidden_from_the_text_check_by_utf16_is_refused_by_the_parser():
    data = (FIXTURES / "doctype.xml").read_text().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    result = parse_moodle_xml(data)
    assert result.errors == [ImportProblem(2, moodle_xml.DOCTYPE_REFUSED)]


def test_undeclared_entities_are_malformed_not_expanded():
    result = parse_moodle_xml(quiz("<question type='truefalse'><name><text>&xxe;</text></name></question>"))
    assert result.errors == [ImportProblem(3, moodle_xml.MALFORMED.format(reason="undefined entity"))]


def test_text_and_bytes_in_other_encodings_are_both_read():
    xml = quiz(
        "<question type='shortanswer'><name><text>Café</text></name>"
        "<questiontext><text>Où?</text></questiontext><answer fraction='100'><text>Paris</text></answer></question>"
    )
    from_text = parse_moodle_xml(xml)
    from_latin1 = parse_moodle_xml(xml.replace("UTF-8", "ISO-8859-1").encode("latin-1"))
    assert from_text.questions[0].name == from_latin1.questions[0].name == "Café"
    assert from_text.questions[0].spec == from_latin1.questions[0].spec


def test_root_other_than_quiz_is_an_error():
    result = parse_moodle_xml("<?xml version='1.0'?>\n<questions/>")
    assert result.errors == [ImportProblem(2, moodle_xml.NOT_A_QUIZ.format(tag="questions"))]


def test_element_other_than_question_inside_quiz_is_skipped():
    result = parse_moodle_xml(quiz("<category/>"))
    assert result.ok
    assert [item.reasons for item in result.skipped] == [
        [ImportProblem(3, moodle_xml.UNEXPECTED_ELEMENT.format(tag="category"))]
    ]


def test_bad_numbers_and_flags_are_errors_on_their_own_lines():
    result = parse_moodle_xml(
        quiz(
            "<question type='multichoice'>\n<questiontext><text>Q</text></questiontext>\n"
            "<shuffleanswers>maybe</shuffleanswers>\n<answer fraction='lots'><text>a</text></answer>\n</question>\n"
            "<question type='numerical'>\n<questiontext><text>Q</text></questiontext>\n"
            "<answer fraction='100'>\n<text>ten</text>\n</answer>\n</question>"
        )
    )
    assert [item.reasons for item in result.skipped] == [
        [ImportProblem(6, moodle_xml.NOT_A_NUMBER.format(tag="answer fraction", value="lots"))],
        [ImportProblem(11, moodle_xml.NOT_A_NUMBER.format(tag="answer", value="ten"))],
    ]


def test_question_without_a_name_is_named_after_its_text():
    result = parse_moodle_xml(
        quiz(
            "<question type='truefalse'><questiontext format='html'><text>&lt;p&gt;Is it?&lt;/p&gt;</text>"
            "</questiontext><answer fraction='100'><text>true</text></answer>"
            "<answer fraction='0'><text>false</text></answer></question>"
        )
    )
    assert result.questions[0].name == "Is it?"


def test_plain_text_format_is_escaped_not_rendered():
    result = parse_moodle_xml(
        quiz(
            "<question type='truefalse'><name><text>Q</text></name><questiontext format='plain_text'>"
            "<text>Is &lt;b&gt; bold?</text></questiontext><answer fraction='0'><text>true</text></answer>"
            "<answer fraction='100'><text>false</text></answer></question>"
        )
    )
    assert result.questions[0].spec["text"] == "Is &lt;b&gt; bold?"
    assert result.questions[0].spec["correct"] is False


def test_script_tags_event_handlers_and_javascript_urls_are_removed():
    result = read_fixture("xss.xml")
    assert result.ok
    dumped = json.dumps([(question.name, question.spec) for question in result.questions]).lower()
    for dangerous in ("<script", "alert(", "onerror", "onmouseover", "onclick", "javascript:", "<iframe", "<style"):
        assert dangerous not in dumped
    sneaky, pairs = result.questions
    assert sneaky.name == "Sneaky"
    assert [choice["text"] for choice in sneaky.spec["choices"]] == ["<span>right</span>", "wrong"]
    assert pairs.spec["pairs"][0] == {"id": "p1", "prompt": "<b>cat</b>", "answer": "cat food"}


# Export and round trip


def test_export_starts_with_the_category_question():
    xml = export_moodle_xml([], category="top/Default/Mutuals")
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <question type="category">')
    assert "<text>$course$/top/Default/Mutuals</text>" in xml
    assert parse_moodle_xml(xml).ok


def test_export_rejects_an_invalid_spec():
    with pytest.raises(InvalidSpec):
        export_moodle_xml([("Bad", {"type": "true_false", "text": ""}, [])], category="top")


@pytest.mark.parametrize("fixture", ["all_types.xml", "all_types.gift", "xss.xml", "xss.gift"])
def test_imported_fixtures_survive_export_and_reimport_unchanged(fixture):
    path = FIXTURES / fixture
    original = parse_moodle_xml(path.read_bytes()) if fixture.endswith(".xml") else parse_gift(path.read_text())
    exported = export_moodle_xml(
        [(question.name, question.spec, question.tags) for question in original.questions], category="top/Exported"
    )
    again = parse_moodle_xml(exported)
    assert again.errors == []
    assert [(question.name, question.spec, question.tags) for question in again.questions] == [
        (question.name, question.spec, question.tags) for question in original.questions
    ]
    assert {question.category for question in again.questions} == {"top/Exported"}


def test_defaults_are_filled_in_on_the_way_back():
    spec = {"type": "true_false", "text": "Yes?", "correct": True}
    (question,) = parse_moodle_xml(export_moodle_xml([("Q", spec, [])], category="top")).questions
    assert question.spec == normalise_spec(spec)


# Hypothesis round trip: any valid spec whose texts are already clean and whose ids are the importer's.

_clean_html = (
    st.text(alphabet=string.ascii_letters + string.digits + " .,;:!?'\"&<>/-", min_size=1, max_size=30)
    .map(lambda raw: sanitise_html(f"<p>{raw}</p>"))
    .filter(lambda html: html not in ("", "<p></p>"))
)
_clean_plain = (
    st.text(alphabet=string.ascii_letters + string.digits + " .,;:!?'\"&<>/-*", min_size=1, max_size=20)
    .map(plain_text)
    .filter(bool)
)
_feedback = st.one_of(st.just(""), _clean_html)
_finite = st.floats(allow_nan=False, allow_infinity=False)
_mark = st.floats(min_value=0.001, max_value=1e6, allow_nan=False)
_shares = st.sampled_from([[1.0], [0.5, 0.5], [0.3333333, 0.3333333, 0.3333334], [0.25] * 4, [0.7, 0.3]])
_letters = "abcdefghij"


def _common(draw, question_type):
    return {
        "type": question_type,
        "text": draw(_clean_html),
        "general_feedback": draw(_feedback),
        "default_mark": draw(_mark),
    }


def _choices(draw, fractions):
    return [
        {"id": _letters[index], "text": draw(_clean_html), "fraction": fraction, "feedback": draw(_feedback)}
        for index, fraction in enumerate(fractions)
    ]


@st.composite
def exportable_specs(draw):
    question_type = draw(
        st.sampled_from(
            [
                "single_choice",
                "multiple_response",
                "true_false",
                "short_text",
                "numeric",
                "matching",
                "ordering",
                "essay",
            ]
        )
    )
    spec = _common(draw, question_type)
    if question_type == "single_choice":
        others = draw(st.lists(st.sampled_from([-1.0, -0.3333333, 0.0, 0.1234567, 0.5, 1.0]), min_size=1, max_size=5))
        spec.update(choices=_choices(draw, [1.0, *others]), shuffle=draw(st.booleans()))
    elif question_type == "multiple_response":
        wrong = draw(st.lists(st.sampled_from([-1.0, -0.5, 0.0]), min_size=1, max_size=4))
        spec.update(
            choices=_choices(draw, [*draw(_shares), *wrong]),
            shuffle=draw(st.booleans()),
            scoring=draw(st.sampled_from(["partial", "all_or_nothing"])),
        )
    elif question_type == "true_false":
        spec.update(correct=draw(st.booleans()), feedback_true=draw(_feedback), feedback_false=draw(_feedback))
    elif question_type == "short_text":
        answers = [
            {"text": draw(_clean_plain), "fraction": fraction, "feedback": draw(_feedback)}
            for fraction in [1.0, *draw(st.lists(st.sampled_from([0.0, 0.5, 0.9999999]), max_size=3))]
        ]
        spec.update(answers=answers, case_sensitive=draw(st.booleans()), normalise_whitespace=draw(st.booleans()))
    elif question_type == "numeric":
        answers = [
            {"value": draw(_finite), "tolerance": abs(draw(_finite)), "fraction": fraction, "feedback": draw(_feedback)}
            for fraction in [1.0, *draw(st.lists(st.sampled_from([0.0, 0.5]), max_size=3))]
        ]
        spec.update(answers=answers, other_feedback=draw(_feedback))
    elif question_type == "essay":
        spec.update(
            word_limit=draw(st.integers(min_value=0, max_value=5000)),
            response_template=draw(st.one_of(st.just(""), _clean_plain)),
            marking_guidance=draw(_feedback),
        )
    elif question_type == "matching":
        texts = draw(st.lists(_clean_plain, min_size=2, max_size=7, unique=True))
        count = draw(st.integers(min_value=2, max_value=len(texts)))
        pairs = [
            {"id": f"p{index + 1}", "prompt": draw(_clean_html), "answer": answer}
            for index, answer in enumerate(texts[:count])
        ]
        spec.update(pairs=pairs, distractors=texts[count:], shuffle=draw(st.booleans()))
    else:
        items = [
            {"id": f"i{index + 1}", "text": text}
            for index, text in enumerate(draw(st.lists(_clean_plain, min_size=2, max_size=6)))
        ]
        spec.update(items=items, scoring=draw(st.sampled_from(["partial", "all_or_nothing"])))
    return spec


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_clean_plain, exportable_specs(), st.lists(_clean_plain, max_size=3)), max_size=4))
def test_any_exportable_spec_round_trips_to_the_same_spec(entries):
    assert all(validate_spec(spec) == [] for _, spec, _ in entries)
    result = parse_moodle_xml(export_moodle_xml(entries, category="top/Default/Round trip"))
    assert result.errors == []
    assert [(question.name, question.spec, question.tags) for question in result.questions] == entries
    assert all(question.category == "top/Default/Round trip" for question in result.questions)
