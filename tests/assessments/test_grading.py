"""Grading of every question type: correct, partial, incorrect, unanswered and odd responses."""

import pytest

from assessments.grading import (
    CORRECT,
    INCORRECT,
    NEGATIVE_MAX_MARK,
    PARTIALLY_CORRECT,
    UNANSWERED,
    InvalidSpec,
    grade,
    is_answered,
    validate_spec,
)
from tests.assessments.specs import (
    ALL_SPECS,
    matching,
    multiple_response,
    numeric,
    ordering,
    short_text,
    single_choice,
    true_false,
)

ODD_RESPONSES = [
    None,
    {},
    [],
    "a",
    42,
    {"choice": None},
    {"choice": 7},
    {"choices": "a"},
    {"choices": [None, {"x": 1}, ["a"]]},
    {"value": "not a bool"},
    {"value": float("nan")},
    {"text": 12},
    {"matches": ["p1"]},
    {"matches": {"p1": 3, "zz": "x"}},
    {"order": "i1,i2"},
    {"order": [1, 2]},
    {"unexpected": "key"},
]


# Single choice


def test_single_choice_full_mark_choice_is_correct_and_scales_to_default_mark():
    result = grade(single_choice(), {"choice": "a"})
    assert (result.fraction, result.mark, result.max_mark, result.state) == (1.0, 2.0, 2.0, CORRECT)
    assert result.feedback == ["<p>Right.</p>"]


def test_single_choice_partial_choice_gives_its_fraction():
    result = grade(single_choice(), {"choice": "b"}, max_mark=3)
    assert (result.fraction, result.mark, result.state) == (0.5, 1.5, PARTIALLY_CORRECT)
    assert result.feedback == ["<p>Half right.</p>"]


def test_single_choice_negative_choice_is_floored_at_zero():
    result = grade(single_choice(), {"choice": "c"})
    assert (result.fraction, result.mark, result.state) == (0.0, 0.0, INCORRECT)
    assert result.feedback == ["<p>No.</p>"]


def test_single_choice_empty_feedback_is_left_out():
    assert grade(single_choice(), {"choice": "d"}).feedback == []


def test_single_choice_unknown_id_is_incorrect_not_an_error():
    result = grade(single_choice(), {"choice": "zz"})
    assert (result.fraction, result.state, result.feedback) == (0.0, INCORRECT, [])


def test_single_choice_right_answer_names_the_full_mark_choice():
    assert grade(single_choice(), None).right_answer == "Spun-out youth service"


# Multiple response


def test_multiple_response_partial_selecting_every_correct_choice_is_correct():
    result = grade(multiple_response(), {"choices": ["b", "a"]})
    assert (result.fraction, result.state) == (1.0, CORRECT)
    assert result.feedback == ["2 is prime."]


def test_multiple_response_partial_one_correct_choice_gives_its_share():
    result = grade(multiple_response(), {"choices": ["a"]})
    assert (result.fraction, result.state) == (0.5, PARTIALLY_CORRECT)


def test_multiple_response_partial_wrong_choices_subtract_and_floor_at_zero():
    assert grade(multiple_response(), {"choices": ["a", "b", "d"]}).fraction == 0.5
    result = grade(multiple_response(), {"choices": ["a", "c"]})
    assert (result.fraction, result.state) == (0.0, INCORRECT)


def test_multiple_response_partial_ignores_duplicate_and_unknown_ids():
    assert grade(multiple_response(), {"choices": ["a", "a", "zz"]}).fraction == 0.5


def test_multiple_response_all_or_nothing_needs_exactly_the_correct_set():
    spec = multiple_response(scoring="all_or_nothing")
    assert grade(spec, {"choices": ["a", "b"]}).state == CORRECT
    assert grade(spec, {"choices": ["a"]}).fraction == 0.0
    assert grade(spec, {"choices": ["a", "b", "d"]}).fraction == 0.0
    assert grade(spec, {"choices": ["a", "b", "zz"]}).fraction == 0.0


def test_multiple_response_all_or_nothing_rejects_non_string_entries():
    assert grade(multiple_response(scoring="all_or_nothing"), {"choices": ["a", "b", 3]}).fraction == 0.0


def test_multiple_response_thirds_add_up_to_full_marks():
    spec = multiple_response(
        choices=[
            {"id": "a", "text": "2", "fraction": 0.3333333},
            {"id": "b", "text": "3", "fraction": 0.3333333},
            {"id": "c", "text": "5", "fraction": 0.3333333},
            {"id": "d", "text": "4", "fraction": -1.0},
        ]
    )
    assert grade(spec, {"choices": ["a", "b", "c"]}).fraction == 1.0


def test_multiple_response_right_answer_lists_positive_choices():
    assert grade(multiple_response(), None).right_answer == "2; 3"


# True / false


def test_true_false_matching_value_is_correct_with_its_feedback():
    result = grade(true_false(), {"value": True})
    assert (result.fraction, result.state, result.feedback) == (1.0, CORRECT, ["Yes."])


def test_true_false_opposite_value_is_incorrect_with_the_other_feedback():
    result = grade(true_false(), {"value": False})
    assert (result.fraction, result.state, result.feedback) == (0.0, INCORRECT, ["They do."])


def test_true_false_false_is_an_answer_not_a_blank():
    assert is_answered(true_false(correct=False), {"value": False})
    assert grade(true_false(correct=False), {"value": False}).state == CORRECT


def test_true_false_string_value_is_incorrect():
    assert grade(true_false(), {"value": "true"}).state == INCORRECT


def test_true_false_right_answer_is_true_or_false():
    assert grade(true_false(correct=False), None).right_answer == "False"


# Short text


def test_short_text_ignores_case_and_surrounding_whitespace_by_default():
    result = grade(short_text(), {"text": "  dclg "})
    assert (result.fraction, result.feedback) == (1.0, ["Right."])


def test_short_text_collapses_internal_whitespace():
    assert grade(short_text(), {"text": "Cabinet \n  office"}).feedback == ["That ran the programme."]


def test_short_text_case_sensitive_rejects_other_case():
    assert grade(short_text(case_sensitive=True), {"text": "dclg"}).fraction == 0.0
    assert grade(short_text(case_sensitive=True), {"text": "DCLG"}).fraction == 1.0


def test_short_text_without_whitespace_normalising_needs_exact_spacing():
    spec = short_text(normalise_whitespace=False)
    assert grade(spec, {"text": "DCLG "}).fraction == 0.0
    assert grade(spec, {"text": "DCLG"}).fraction == 1.0


def test_short_text_wildcard_matches_any_run_of_characters():
    result = grade(short_text(), {"text": "Department for Communities and Local Government"})
    assert (result.fraction, result.state) == (0.5, PARTIALLY_CORRECT)


def test_short_text_escaped_star_is_a_literal_asterisk():
    spec = short_text(answers=[{"text": "a\\*b", "fraction": 1.0}])
    assert grade(spec, {"text": "a*b"}).fraction == 1.0
    assert grade(spec, {"text": "axb"}).fraction == 0.0


def test_short_text_regex_characters_in_answers_are_literal():
    spec = short_text(answers=[{"text": "C++ (1985)", "fraction": 1.0}])
    assert grade(spec, {"text": "c++ (1985)"}).fraction == 1.0
    assert grade(spec, {"text": "CC (1985)"}).fraction == 0.0


def test_short_text_best_matching_answer_wins_over_earlier_ones():
    spec = short_text(
        answers=[
            {"text": "*", "fraction": 0.0, "feedback": "Anything else."},
            {"text": "DCLG", "fraction": 1.0, "feedback": "Right."},
        ]
    )
    assert grade(spec, {"text": "DCLG"}).feedback == ["Right."]
    assert grade(spec, {"text": "other"}).feedback == ["Anything else."]


def test_short_text_zero_fraction_match_is_incorrect_with_feedback():
    result = grade(short_text(), {"text": "cabinet office"})
    assert (result.state, result.feedback) == (INCORRECT, ["That ran the programme."])


def test_short_text_blank_text_is_unanswered():
    assert grade(short_text(), {"text": "   "}).state == UNANSWERED


# Numeric


@pytest.mark.parametrize("value", ["2011", " 2011 ", "2011.0", "+2011", 2011, 2011.0, "2.011e3"])
def test_numeric_exact_value_is_correct(value):
    result = grade(numeric(), {"value": value})
    assert (result.fraction, result.feedback) == (1.0, ["Correct."])


def test_numeric_within_partial_tolerance_gives_partial_credit():
    result = grade(numeric(), {"value": "2012"})
    assert (result.fraction, result.state, result.feedback) == (0.5, PARTIALLY_CORRECT, ["Close."])


def test_numeric_tolerance_edge_is_inclusive_despite_binary_floating_point():
    spec = numeric(answers=[{"value": 3.5, "tolerance": 0.1, "fraction": 1.0}])
    assert grade(spec, {"value": "3.6"}).fraction == 1.0
    assert grade(spec, {"value": "3.4"}).fraction == 1.0
    assert grade(spec, {"value": "3.61"}).fraction == 0.0


def test_numeric_accepts_thousands_separators():
    spec = numeric(answers=[{"value": 1234567.5, "tolerance": 0, "fraction": 1.0}])
    assert grade(spec, {"value": "1,234,567.5"}).fraction == 1.0


@pytest.mark.parametrize("value", ["20,11", "two thousand", "2011 AD", "nan", "inf", "1e999", True, [2011]])
def test_numeric_non_numbers_are_incorrect_not_errors(value):
    result = grade(numeric(), {"value": value})
    assert (result.fraction, result.state) == (0.0, INCORRECT)


def test_numeric_right_answer_shows_tolerance_when_there_is_one():
    assert grade(numeric(), None).right_answer == "2011"
    spec = numeric(answers=[{"value": 3.5, "tolerance": 0.1, "fraction": 1.0}])
    assert grade(spec, None).right_answer == "3.5 ± 0.1"


# Matching


def test_matching_all_pairs_right_is_correct():
    matches = {
        "p1": "ran the programme",
        "p2": "published the response",
        "p3": "commissioned services",
        "p4": "ran the mutuals",
    }
    assert grade(matching(), {"matches": matches}).state == CORRECT


def test_matching_scores_share_of_pairs_right():
    result = grade(matching(), {"matches": {"p1": "ran the programme", "p2": "regulated banks", "p3": ""}})
    assert (result.fraction, result.state) == (0.25, PARTIALLY_CORRECT)


def test_matching_all_wrong_is_incorrect():
    result = grade(matching(), {"matches": {"p1": "ran the mutuals", "p4": "ran the programme"}})
    assert (result.fraction, result.state) == (0.0, INCORRECT)


def test_matching_right_answer_pairs_prompts_with_escaped_answers():
    spec = matching(
        pairs=[
            {"id": "p1", "prompt": "<p>A</p>", "answer": "x < y"},
            {"id": "p2", "prompt": "<p>B</p>", "answer": "z"},
        ]
    )
    assert grade(spec, None).right_answer == "<p>A</p> → x &lt; y; <p>B</p> → z"


# Ordering


def test_ordering_correct_order_is_correct():
    assert grade(ordering(), {"order": ["i1", "i2", "i3", "i4"]}).state == CORRECT


def test_ordering_partial_scores_items_in_their_correct_absolute_position():
    result = grade(ordering(), {"order": ["i1", "i3", "i2", "i4"]})
    assert (result.fraction, result.state) == (0.5, PARTIALLY_CORRECT)


def test_ordering_partial_shifted_sequence_scores_zero_under_absolute_position():
    assert grade(ordering(), {"order": ["i4", "i1", "i2", "i3"]}).fraction == 0.0


def test_ordering_all_or_nothing_gives_nothing_for_a_nearly_right_order():
    assert grade(ordering(scoring="all_or_nothing"), {"order": ["i1", "i2", "i4", "i3"]}).fraction == 0.0


@pytest.mark.parametrize("order", [["i1", "i1", "i3", "i4"], ["i1", "i2", "i3"], ["i1", "i2", "i3", "i4", "i5"]])
def test_ordering_response_that_is_not_a_permutation_is_incorrect(order):
    result = grade(ordering(), {"order": order})
    assert (result.fraction, result.state) == (0.0, INCORRECT)


def test_ordering_right_answer_lists_items_in_order():
    assert grade(ordering(), None).right_answer == (
        "Staff express interest → Business case agreed → Contract awarded → Mutual launched"
    )


# Every type


@pytest.mark.parametrize("spec", ALL_SPECS, ids=lambda spec: spec["type"])
@pytest.mark.parametrize("response", [None, {}])
def test_missing_response_is_unanswered_with_zero_mark(spec, response):
    result = grade(spec, response)
    assert (result.fraction, result.mark, result.state, result.feedback) == (0.0, 0.0, UNANSWERED, [])
    assert not is_answered(spec, response)
    assert result.right_answer


@pytest.mark.parametrize("spec", ALL_SPECS, ids=lambda spec: spec["type"])
@pytest.mark.parametrize("response", ODD_RESPONSES, ids=repr)
def test_odd_responses_never_raise_and_earn_nothing(spec, response):
    result = grade(spec, response)
    assert result.fraction == 0.0
    assert result.mark == 0.0
    assert result.state in (INCORRECT, UNANSWERED)


def test_max_mark_overrides_default_mark_and_rounds_to_seven_places():
    result = grade(single_choice(), {"choice": "b"}, max_mark=1 / 3)
    assert result.max_mark == pytest.approx(1 / 3)
    assert result.mark == round(0.5 / 3, 7)


def test_zero_max_mark_gives_zero_mark_but_keeps_the_state():
    result = grade(single_choice(), {"choice": "a"}, max_mark=0)
    assert (result.mark, result.state) == (0.0, CORRECT)


@pytest.mark.parametrize("max_mark", [-1, float("inf"), True, "2"])
def test_invalid_max_mark_is_rejected(max_mark):
    with pytest.raises(ValueError, match=NEGATIVE_MAX_MARK):
        grade(single_choice(), {"choice": "a"}, max_mark=max_mark)


def test_grading_an_invalid_spec_raises_invalid_spec_with_the_problems():
    with pytest.raises(InvalidSpec) as raised:
        grade({"type": "cloze", "text": "Describe"}, {})
    assert raised.value.problems == [validate_spec({"type": "cloze"})[0]]
