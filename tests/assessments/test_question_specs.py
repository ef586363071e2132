"""Validating and normalising question specs: every problem is reported with a clear message."""

import pytest

from assessments import questions
from assessments.grading import validate_spec
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
