"""Grading of every question type: correct, partial, incorrect, unanswered and odd responses."""

import pytest

from assessments import questions
from assessments.display import public_view, shuffled_choice_ids, view_keys
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


def single_choice(**overrides):
    spec = {
        "type": "single_choice",
        "text": "<p>Which is a public service mutual?</p>",
        "general_feedback": "<p>General.</p>",
        "default_mark": 2.0,
        "choices": [
            {"id": "a", "text": "Spun-out youth service", "fraction": 1.0, "feedback": "<p>Right.</p>"},
            {"id": "b", "text": "Residents' co-operative", "fraction": 0.5, "feedback": "<p>Half right.</p>"},
            {"id": "c", "text": "Private consultancy", "fraction": -0.5, "feedback": "<p>No.</p>"},
            {"id": "d", "text": "Bank", "fraction": 0.0, "feedback": ""},
        ],
        "shuffle": True,
    }
    return {**spec, **overrides}


def multiple_response(**overrides):
    spec = {
        "type": "multiple_response",
        "text": "Which are prime?",
        "choices": [
            {"id": "a", "text": "2", "fraction": 0.5, "feedback": "2 is prime."},
            {"id": "b", "text": "3", "fraction": 0.5, "feedback": ""},
            {"id": "c", "text": "4", "fraction": -1.0, "feedback": "4 = 2 × 2."},
            {"id": "d", "text": "9", "fraction": -0.5, "feedback": ""},
        ],
        "scoring": "partial",
    }
    return {**spec, **overrides}


def true_false(**overrides):
    spec = {
        "type": "true_false",
        "text": "Mutuals deliver public services.",
        "correct": True,
        "feedback_true": "Yes.",
        "feedback_false": "They do.",
    }
    return {**spec, **overrides}


def short_text(**overrides):
    spec = {
        "type": "short_text",
        "text": "Name the department.",
        "answers": [
            {"text": "DCLG", "fraction": 1.0, "feedback": "Right."},
            {"text": "*Communities*", "fraction": 0.5, "feedback": "Initials, please."},
            {"text": "Cabinet Office", "fraction": 0.0, "feedback": "That ran the programme."},
        ],
    }
    return {**spec, **overrides}


def numeric(**overrides):
    spec = {
        "type": "numeric",
        "text": "In which year was the Localism Act passed?",
        "answers": [
            {"value": 2011, "tolerance": 0, "fraction": 1.0, "feedback": "Correct."},
            {"value": 2011, "tolerance": 1, "fraction": 0.5, "feedback": "Close."},
        ],
    }
    return {**spec, **overrides}


def matching(**overrides):
    spec = {
        "type": "matching",
        "text": "Match each body to what it did.",
        "pairs": [
            {"id": "p1", "prompt": "<p>Cabinet Office</p>", "answer": "ran the programme"},
            {"id": "p2", "prompt": "<p>DCLG</p>", "answer": "published the response"},
            {"id": "p3", "prompt": "<p>Councils</p>", "answer": "commissioned services"},
            {"id": "p4", "prompt": "<p>Staff</p>", "answer": "ran the mutuals"},
        ],
        "distractors": ["regulated banks"],
    }
    return {**spec, **overrides}


def ordering(**overrides):
    spec = {
        "type": "ordering",
        "text": "Put the steps in order.",
        "items": [
            {"id": "i1", "text": "Staff express interest"},
            {"id": "i2", "text": "Business case agreed"},
            {"id": "i3", "text": "Contract awarded"},
            {"id": "i4", "text": "Mutual launched"},
        ],
    }
    return {**spec, **overrides}


ALL_SPECS = [single_choice(), multiple_response(), true_false(), short_text(), numeric(), matching(), ordering()]


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


# Shuffling and the public view


def test_shuffled_choice_ids_are_deterministic_for_a_seed():
    assert shuffled_choice_ids(single_choice(), seed=7) == shuffled_choice_ids(single_choice(), seed=7)


def test_shuffled_choice_ids_are_a_permutation_that_varies_with_the_seed():
    orders = {tuple(shuffled_choice_ids(single_choice(), seed=seed)) for seed in range(20)}
    assert all(sorted(order) == ["a", "b", "c", "d"] for order in orders)
    assert len(orders) > 1


def test_shuffled_choice_ids_keep_spec_order_when_shuffle_is_off():
    assert shuffled_choice_ids(single_choice(shuffle=False), seed=3) == ["a", "b", "c", "d"]
    assert shuffled_choice_ids(matching(shuffle=False), seed=3) == ["p1", "p2", "p3", "p4"]


def test_ordering_items_are_never_shown_in_the_correct_order():
    two_items = ordering(items=[{"id": "i1", "text": "first"}, {"id": "i2", "text": "second"}])
    for seed in range(50):
        assert shuffled_choice_ids(two_items, seed=seed) == ["i2", "i1"]
        assert shuffled_choice_ids(ordering(), seed=seed) != ["i1", "i2", "i3", "i4"]


@pytest.mark.parametrize("spec", [true_false(), short_text(), numeric()], ids=lambda spec: spec["type"])
def test_types_without_options_have_no_shuffled_ids(spec):
    assert shuffled_choice_ids(spec, seed=1) == []


def test_public_view_of_single_choice_has_opaque_ids_and_texts_in_display_order():
    spec = single_choice()
    view = public_view(spec, seed=11)
    keys = view_keys(spec, seed=11)["choice"]
    assert [keys[choice["id"]] for choice in view["choices"]] == shuffled_choice_ids(spec, seed=11)
    assert not {"a", "b", "c", "d"} & {choice["id"] for choice in view["choices"]}
    assert view["choices"][0].keys() == {"id", "text"}
    assert view.keys() == {"type", "text", "choices"}


def test_opaque_ids_are_stable_within_an_attempt_and_differ_between_attempts():
    spec = single_choice()
    first, again, other = (public_view(spec, seed=s)["choices"] for s in (11, 11, 12))
    assert first == again
    assert not {c["id"] for c in first} & {c["id"] for c in other}


def test_public_view_of_matching_offers_answers_and_distractors_without_pairing():
    view = public_view(matching(), seed=5)
    assert sorted(option["text"] for option in view["options"]) == sorted(
        ["ran the programme", "published the response", "commissioned services", "ran the mutuals", "regulated banks"]
    )
    assert all(prompt.keys() == {"id", "prompt"} for prompt in view["prompts"])


def test_public_view_of_matching_lists_a_shared_answer_once():
    spec = matching(
        pairs=[
            {"id": "p1", "prompt": "Cat", "answer": "mammal"},
            {"id": "p2", "prompt": "Dog", "answer": "mammal"},
        ],
        distractors=["fish"],
    )
    assert sorted(option["text"] for option in public_view(spec, seed=1)["options"]) == ["fish", "mammal"]


@pytest.mark.parametrize("spec", [true_false(), short_text(), numeric()], ids=lambda spec: spec["type"])
def test_public_view_of_open_questions_has_only_type_and_text(spec):
    assert public_view(spec, seed=1) == {"type": spec["type"], "text": spec["text"]}


# Validation


@pytest.mark.parametrize("spec", ALL_SPECS, ids=lambda spec: spec["type"])
def test_valid_specs_have_no_problems(spec):
    assert validate_spec(spec) == []


@pytest.mark.parametrize("spec", ALL_SPECS, ids=lambda spec: spec["type"])
def test_normalised_spec_fills_in_defaults_and_validates(spec):
    normalised = questions.normalise_spec(spec)
    assert normalised["default_mark"] == spec.get("default_mark", 1.0)
    assert normalised["general_feedback"] == spec.get("general_feedback", "")
    assert validate_spec(normalised) == []
    assert questions.normalise_spec(normalised) == normalised


def test_non_object_spec_is_rejected():
    assert validate_spec(["single_choice"]) == [questions.NOT_AN_OBJECT]


def test_unknown_type_is_rejected():
    assert validate_spec({"type": "cloze"}) == [
        questions.UNKNOWN_TYPE.format(value="cloze", expected=", ".join(questions.QUESTION_TYPES))
    ]


def test_missing_and_unknown_keys_are_reported():
    problems = validate_spec({"type": "true_false", "text": "Hi", "colour": "red"})
    assert questions.UNKNOWN_KEY.format(where="The question", key="colour") in problems
    assert questions.MISSING_KEY.format(where="The question", key="correct") in problems


def test_single_choice_needs_a_full_mark_choice():
    spec = single_choice(choices=[{"id": "a", "text": "x", "fraction": 0.5}, {"id": "b", "text": "y", "fraction": 0}])
    assert validate_spec(spec) == [questions.NO_FULL_MARK.format(label="choice")]


def test_single_choice_needs_two_choices():
    spec = single_choice(choices=[{"id": "a", "text": "x", "fraction": 1.0}])
    assert validate_spec(spec) == [questions.TOO_FEW.format(where="The question", minimum=2, label="choice")]


def test_choice_fraction_outside_minus_one_to_one_is_rejected():
    spec = single_choice()
    spec["choices"][1] = {**spec["choices"][1], "fraction": 1.5}
    assert validate_spec(spec) == [questions.OUT_OF_RANGE.format(where="Choice 2", key="fraction", low=-1, high=1)]


def test_duplicate_choice_ids_are_rejected():
    spec = single_choice()
    spec["choices"][1] = {**spec["choices"][1], "id": "a"}
    assert validate_spec(spec) == [questions.DUPLICATE_ID.format(value="a", label="choice")]


def test_multiple_response_positive_fractions_must_sum_to_one():
    spec = multiple_response(
        choices=[{"id": "a", "text": "x", "fraction": 0.5}, {"id": "b", "text": "y", "fraction": 0.3}]
    )
    assert validate_spec(spec) == [questions.POSITIVE_SUM.format(total=0.8)]


def test_multiple_response_needs_a_correct_choice():
    spec = multiple_response(
        choices=[{"id": "a", "text": "x", "fraction": 0}, {"id": "b", "text": "y", "fraction": -1}]
    )
    assert validate_spec(spec) == [questions.NO_CORRECT_CHOICE]


def test_unknown_scoring_rule_is_rejected():
    assert validate_spec(ordering(scoring="relative")) == [
        questions.BAD_SCORING.format(where="The question", key="scoring")
    ]


@pytest.mark.parametrize("mark", [0, -1, float("nan"), "1", True])
def test_default_mark_must_be_a_positive_number(mark):
    assert validate_spec(true_false(default_mark=mark))


def test_numeric_tolerance_must_not_be_negative():
    spec = numeric(answers=[{"value": 1, "tolerance": -0.5, "fraction": 1.0}])
    assert validate_spec(spec) == [questions.NEGATIVE.format(where="Answer 1", key="tolerance")]


def test_short_text_answer_fraction_must_be_between_zero_and_one():
    spec = short_text(answers=[{"text": "a", "fraction": 1.0}, {"text": "b", "fraction": -0.5}])
    assert validate_spec(spec) == [questions.OUT_OF_RANGE.format(where="Answer 2", key="fraction", low=0, high=1)]


def test_short_text_needs_a_full_mark_answer():
    spec = short_text(answers=[{"text": "a", "fraction": 0.5}])
    assert validate_spec(spec) == [questions.NO_FULL_MARK.format(label="answer")]


def test_matching_distractor_may_not_repeat_an_answer():
    assert validate_spec(matching(distractors=["ran the mutuals", "x", "x"])) == [
        questions.DUPLICATE_DISTRACTOR.format(value="x"),
        questions.DISTRACTOR_IS_ANSWER.format(value="ran the mutuals"),
    ]


def test_matching_needs_two_pairs_and_ordering_two_items():
    assert questions.TOO_FEW.format(where="The question", minimum=2, label="pair") in validate_spec(
        matching(pairs=[{"id": "p1", "prompt": "a", "answer": "b"}])
    )
    assert questions.TOO_FEW.format(where="The question", minimum=2, label="item") in validate_spec(
        ordering(items=[{"id": "i1", "text": "a"}])
    )


def test_every_problem_is_reported_not_only_the_first():
    spec = {"type": "single_choice", "text": "", "choices": [{"id": "", "text": 3, "fraction": "x"}], "shuffle": 1}
    assert len(validate_spec(spec)) == 6
