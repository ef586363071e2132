"""GIFT import: every supported construct, skipped items with the line of each reason, files refused as a whole
when their braces do not pair up, and sanitised text."""

import json
from pathlib import Path

import pytest

from assessments.formats import gift
from assessments.formats.common import ImportProblem
from assessments.formats.gift import parse_gift
from assessments.grading import grade
from assessments.questions import POSITIVE_SUM, normalise_spec, validate_spec

FIXTURES = Path(__file__).parent / "fixtures"


def read_fixture(name):
    return parse_gift((FIXTURES / name).read_text(encoding="utf-8"))


def only_question(text):
    result = parse_gift(text)
    assert result.errors == []
    assert len(result.questions) == 1
    return result.questions[0]


def only_error(text):
    result = parse_gift(text)
    assert not result.ok
    assert len(result.errors) == 1
    return result.errors[0]


def only_reasons(text):
    """The reasons why the one item of ``text`` is skipped (the file itself is fine)."""
    result = parse_gift(text)
    assert result.ok and result.questions == []
    assert len(result.skipped) == 1
    return result.skipped[0].reasons


@pytest.fixture(scope="module")
def all_types():
    result = read_fixture("all_types.gift")
    assert result.errors == []
    return {question.name: question for question in result.questions}


def test_fixture_with_every_type_imports_without_errors_in_file_order():
    result = read_fixture("all_types.gift")
    assert result.ok
    assert [(question.line, question.spec["type"]) for question in result.questions] == [
        (7, "single_choice"),
        (14, "single_choice"),
        (20, "multiple_response"),
        (27, "true_false"),
        (29, "true_false"),
        (31, "short_text"),
        (33, "short_text"),
        (38, "numeric"),
        (40, "numeric"),
        (45, "numeric"),
        (47, "matching"),
        (55, "true_false"),
        (57, "single_choice"),
        (59, "single_choice"),
        (61, "short_text"),
    ]


def test_every_imported_spec_is_valid_and_canonical(all_types):
    assert all(validate_spec(question.spec) == [] for question in all_types.values())
    assert all(normalise_spec(question.spec) == question.spec for question in all_types.values())


def test_category_applies_to_the_questions_after_it_without_its_context_prefix(all_types):
    assert {question.category for question in all_types.values()} == {"top/Default/Mutuals"}


def test_tags_come_from_the_comment_before_the_question(all_types):
    assert all_types["Spotting a mutual"].tags == ["mutuals", "definitions"]
    assert all_types["Partial single choice"].tags == []


def test_multiple_choice_reads_weights_feedback_and_general_feedback(all_types):
    assert all_types["Spotting a mutual"].spec == {
        "type": "single_choice",
        "text": "<p>Which of these is a <strong>public service mutual</strong>?</p>",
        "general_feedback": (
            "<p>A mutual has left the public sector, still delivers public services and is staff-controlled.</p>"
        ),
        "default_mark": 1.0,
        "choices": [
            {
                "id": "a",
                "text": "A spun-out youth service run by its staff",
                "fraction": 1.0,
                "feedback": "<p>Right: it meets all three tests.</p>",
            },
            {
                "id": "b",
                "text": "A residents' co-operative set up from scratch",
                "fraction": -0.5,
                "feedback": "It never left the public sector.",
            },
            {"id": "c", "text": "A private consultancy", "fraction": 0.0, "feedback": "No."},
        ],
        "shuffle": True,
    }


def test_partial_weight_on_a_wrong_answer_keeps_single_choice(all_types):
    spec = all_types["Partial single choice"].spec
    assert [choice["fraction"] for choice in spec["choices"]] == [1.0, 0.5, 0.0]


def test_answers_without_an_equals_sign_make_multiple_response_with_partial_scoring(all_types):
    spec = all_types["Primes (multiple response)"].spec
    assert spec["scoring"] == "partial"
    assert [choice["fraction"] for choice in spec["choices"]] == [0.5, 0.5, -1.0, -1.0]
    assert spec["choices"][2]["feedback"] == "4 = 2 × 2."


def test_true_false_first_feedback_is_for_a_wrong_answer_and_second_for_a_right_one(all_types):
    spec = all_types["True statement"].spec
    assert (spec["correct"], spec["feedback_true"], spec["feedback_false"]) == (
        True,
        "Yes, that is one of the tests.",
        "No, they must.",
    )
    assert all_types["False statement"].spec["correct"] is False


def test_text_after_the_answers_makes_a_missing_word_question(all_types):
    spec = all_types["Missing word"].spec
    assert spec["text"] == "The Cabinet Office's support programme was called the Mutuals _____ in 2013."
    assert spec["answers"] == [
        {"text": "Support Programme", "fraction": 1.0, "feedback": ""},
        {"text": "programme", "fraction": 0.5, "feedback": "Nearly: give its full name."},
    ]


def test_short_answer_wildcards_are_kept_and_graded(all_types):
    spec = all_types["Wildcard answer"].spec
    assert spec["answers"][0]["text"] == "*Communities*Local Government"
    assert grade(spec, {"text": "Department for Communities and Local Government"}).fraction == 1.0


def test_numeric_value_with_tolerance(all_types):
    assert all_types["Numeric with tolerance"].spec["answers"] == [
        {"value": 100.0, "tolerance": 10.0, "fraction": 1.0, "feedback": ""}
    ]


def test_numeric_several_answers_with_partial_credit(all_types):
    assert all_types["Numeric with partial credit"].spec["answers"] == [
        {"value": 2011.0, "tolerance": 0.0, "fraction": 1.0, "feedback": "Correct."},
        {"value": 2011.0, "tolerance": 1.0, "fraction": 0.5, "feedback": "Close."},
    ]


def test_numeric_range_becomes_midpoint_and_half_width(all_types):
    assert all_types["Numeric range"].spec["answers"] == [
        {"value": 3.0, "tolerance": 2.0, "fraction": 1.0, "feedback": ""}
    ]


def test_matching_pairs_and_a_distractor_from_an_empty_prompt(all_types):
    spec = all_types["Matching with a distractor"].spec
    assert spec["pairs"] == [
        {"id": "p1", "prompt": "<p>Cabinet Office</p>", "answer": "ran the Mutuals Support Programme"},
        {"id": "p2", "prompt": "<p>DCLG</p>", "answer": "published the 2013 response"},
        {"id": "p3", "prompt": "Local councils", "answer": "commissioned services"},
    ]
    assert spec["distractors"] == ["regulated banks"]


def test_escaped_characters_are_literal_in_title_and_text(all_types):
    spec = all_types["Escapes: all of them"].spec
    assert spec["text"] == "Is 1 = 1 {always} ~ # true? C:\\temp"
    assert spec["correct"] is True


def test_plain_and_markdown_formats_are_escaped_not_rendered(all_types):
    assert all_types["Plain text format"].spec["text"] == "Is &lt;b&gt;bold&lt;/b&gt; shown as text?"
    assert all_types["Markdown format"].spec["text"] == "Is *markdown* rendered?"


def test_question_without_title_is_named_after_its_text(all_types):
    assert "A question without a title" in all_types


def test_a_file_whose_braces_do_not_pair_up_is_refused_with_the_line_of_each_brace():
    result = read_fixture("malformed.gift")
    assert not result.ok
    assert result.errors == [
        ImportProblem(7, gift.MISSING_CLOSING_BRACE),
        ImportProblem(10, gift.UNEXPECTED_CLOSING_BRACE),
    ]


def test_a_refused_file_still_lists_what_each_other_item_would_have_been():
    result = read_fixture("malformed.gift")
    assert [(item.line, item.type_label, item.reasons) for item in result.skipped] == [
        (5, "Description", [ImportProblem(5, gift.DESCRIPTION_NOT_SUPPORTED)]),
        (12, "Single choice", [ImportProblem(12, gift.BAD_WEIGHT.format(weight="%fifty%b"))]),
        (14, "Numeric", [ImportProblem(14, gift.NOT_A_NUMBER.format(value="ten"))]),
        (16, "Multiple response", [ImportProblem(16, POSITIVE_SUM.format(total=0.8))]),
        (18, "Unknown", [ImportProblem(18, gift.UNCLOSED_TITLE)]),
        (20, "Ordering", [ImportProblem(20, gift.ORDERING_NOT_SUPPORTED)]),
        (27, "Unknown", [ImportProblem(27, gift.SECOND_ANSWER_BLOCK)]),
    ]
    assert [(question.line, question.name) for question in result.questions] == [
        (3, "Essay"),
        (25, "Numeric catch-all"),
        (29, "Good question"),
    ]


def test_script_tags_event_handlers_and_javascript_urls_are_removed():
    result = read_fixture("xss.gift")
    assert result.ok
    dumped = json.dumps([(question.name, question.spec) for question in result.questions]).lower()
    for dangerous in ("<script", "alert(", "onerror", "onmouseover", "onclick", "javascript:", "<iframe", "<style"):
        assert dangerous not in dumped
    assert result.questions[0].name == "Sneaky"
    assert result.questions[0].spec["choices"][0] == {
        "id": "a",
        "text": "<a>right</a>",
        "fraction": 1.0,
        "feedback": "Well done",
    }


def test_escaped_markup_in_a_plain_text_answer_cannot_come_back_as_a_tag():
    spec = read_fixture("xss.gift").questions[1].spec
    assert [answer["text"] for answer in spec["answers"]] == ["safe", "bold"]


def test_error_in_an_answer_is_reported_on_the_answer_line():
    assert only_reasons("::Q:: Pick {\n=a\n~%abc%b\n}") == [ImportProblem(3, gift.BAD_WEIGHT.format(weight="%abc%b"))]


def test_errors_in_several_answers_are_all_reported():
    assert only_reasons("::Q:: How many? {#\n=one\n=two:1\n}") == [
        ImportProblem(2, gift.NOT_A_NUMBER.format(value="one")),
        ImportProblem(3, gift.NOT_A_NUMBER.format(value="two")),
    ]


def test_fractions_that_do_not_add_up_are_reported_where_the_answers_start():
    assert only_reasons("::Q:: Which?\n{\n~%50%a\n~%30%b\n~c\n}") == [ImportProblem(3, POSITIVE_SUM.format(total=0.8))]


def test_numeric_range_with_minimum_above_maximum_is_an_error():
    assert only_reasons("::Q:: Pick {#5..1}") == [ImportProblem(1, gift.BAD_RANGE.format(value="5..1"))]


def test_matching_answer_without_an_arrow_is_an_error():
    assert only_reasons("::Q:: Match {=a -> b =c -> d =e}") == [
        ImportProblem(1, gift.NOT_A_MATCH_PAIR.format(text="e"))
    ]


def test_text_before_the_first_choice_is_an_error():
    assert only_reasons("::Q:: Pick {oops =a ~b}") == [ImportProblem(1, gift.TEXT_BEFORE_ANSWERS.format(text="oops"))]


def test_empty_category_is_an_error():
    assert only_error("$CATEGORY:\n\n::Q:: Yes? {T}") == ImportProblem(1, gift.EMPTY_CATEGORY)


def test_category_can_change_between_questions():
    result = parse_gift("$CATEGORY: top/A\n\n::One:: x {T}\n\n$CATEGORY: top/B\n::Two:: y {F}")
    assert [(question.name, question.category, question.line) for question in result.questions] == [
        ("One", "top/A", 3),
        ("Two", "top/B", 6),
    ]


def test_questions_before_any_category_have_none():
    assert only_question("::Q:: Yes? {T}").category is None


def test_comment_lines_inside_a_question_are_ignored_but_keep_line_numbers():
    reasons = only_reasons("// intro\n::Q:: Pick {\n// a comment\n=a\n~%bad%b\n}")
    assert reasons == [ImportProblem(5, gift.BAD_WEIGHT.format(weight="%bad%b"))]


def test_blocks_of_only_comments_are_skipped():
    assert parse_gift("// nothing here\n// at all\n\n::Q:: Yes? {T}").questions[0].line == 4


def test_windows_line_endings_and_byte_order_mark_are_accepted():
    question = only_question("\ufeff::Q::\r\nPick one\r\n{=a ~b}\r\n")
    assert (question.name, question.spec["text"], question.line) == ("Q", "Pick one", 1)


def test_decimal_percentages_become_fractions():
    question = only_question("::Q:: Pick {~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}")
    assert [choice["fraction"] for choice in question.spec["choices"]] == [0.3333333, 0.3333333, 0.3333334, -1.0]


def test_equals_with_a_weight_keeps_the_weight():
    question = only_question("::Q:: Pick {=a =%50%b ~c}")
    assert [choice["fraction"] for choice in question.spec["choices"]] == [1.0, 0.5, 0.0]


def test_answer_may_carry_its_own_format_marker():
    question = only_question("::Q::[plain] <b>Pick</b> {=[html]<em>a</em> ~<em>b</em>}")
    assert question.spec["text"] == "&lt;b&gt;Pick&lt;/b&gt;"
    assert [choice["text"] for choice in question.spec["choices"]] == ["<em>a</em>", "&lt;em&gt;b&lt;/em&gt;"]


def test_escaped_newline_becomes_a_line_break_in_text():
    assert only_question("::Q:: one\\ntwo {T}").spec["text"] == "one\ntwo"


def test_short_answer_without_equals_is_a_single_full_mark_answer():
    assert only_question("::Q:: Capital of France? {Paris}").spec["answers"] == [
        {"text": "Paris", "fraction": 1.0, "feedback": ""}
    ]


def test_long_untitled_question_gets_a_shortened_name():
    question = only_question("word " * 40 + "{T}")
    assert len(question.name) <= 80
    assert question.name.endswith("…")


def test_empty_file_gives_an_empty_ok_result():
    result = parse_gift("")
    assert (result.questions, result.skipped, result.errors, result.ok) == ([], [], [], True)
