"""The question statistics maths (assessments.statistics), checked against values worked out by hand."""

import math

import pytest

from assessments.statistics import (
    NO_ANSWER,
    QuestionScore,
    discrimination_index,
    facility_index,
    pearson,
    question_statistics,
    response_counts,
)
from tests.assessments.factories import SPECS

# Four attempts at three questions (Q3 is out of 2). Totals: A 4, B 2, C 1, D 1.
MARKS = {
    "A": {1: 1, 2: 1, 3: 2},
    "B": {1: 1, 2: 0, 3: 1},
    "C": {1: 0, 2: 1, 3: 0},
    "D": {1: 0, 2: 0, 3: 1},
}
MAX = {1: 1, 2: 1, 3: 2}


def scores():
    return [
        QuestionScore(attempt_id=ord(attempt), question_id=question, mark=mark, max_mark=MAX[question])
        for attempt, marks in MARKS.items()
        for question, mark in marks.items()
    ]


def test_facility_is_the_mean_score_as_a_percentage_of_the_maximum():
    stats = question_statistics(scores())
    assert stats[1].facility == 50.0  # (1 + 1 + 0 + 0) / 4
    assert stats[3].facility == 50.0  # (2/2 + 1/2 + 0/2 + 1/2) / 4


def test_discrimination_correlates_the_question_with_the_rest_of_the_quiz():
    stats = question_statistics(scores())
    # Q1: marks 1, 1, 0, 0 against the rest 3, 1, 1, 1: sxy = 1, sxx = 1, syy = 3, so r = 1 / sqrt(3).
    assert stats[1].discrimination == pytest.approx(100 / math.sqrt(3))
    assert round(stats[1].discrimination, 1) == 57.7
    # Q2: marks 1, 0, 1, 0 against the rest 3, 2, 0, 1: sxy = 0.
    assert stats[2].discrimination == pytest.approx(0.0)
    # Q3: marks 2, 1, 0, 1 against the rest 2, 1, 1, 0: sxy = 1, sxx = 2, syy = 2, so r = 0.5.
    assert stats[3].discrimination == pytest.approx(50.0)
    assert {stat.attempts for stat in stats.values()} == {4}


def test_a_question_that_ranks_learners_backwards_has_a_negative_index():
    assert discrimination_index([1, 0, 1, 0], [0, 2, 0, 2]) == pytest.approx(-100.0)


def test_discrimination_is_undefined_for_one_attempt():
    assert question_statistics(scores()[:3])[1].discrimination is None
    assert discrimination_index([1], [3]) is None


def test_discrimination_is_undefined_when_everyone_scored_the_same_on_the_question():
    assert discrimination_index([1, 1, 1], [0, 2, 5]) is None


def test_discrimination_is_undefined_when_the_rest_of_the_quiz_did_not_vary():
    assert discrimination_index([0, 1, 0.5], [2, 2, 2]) is None


def test_pearson_needs_series_of_the_same_length():
    with pytest.raises(ValueError, match="same length"):
        pearson([1, 2], [1])


def test_facility_ignores_attempts_with_no_marks_to_earn_and_is_undefined_without_any():
    assert facility_index([1, 0], [2, 0]) == 50.0
    assert facility_index([0], [0]) is None
    assert facility_index([], []) is None


def rows(entries):
    return [(row.label, row.count, row.share, row.credit) for row in response_counts(entries)]


def test_every_choice_is_counted_even_when_nobody_picked_it_and_blank_answers_come_last():
    spec = SPECS["single_choice"]
    entries = [
        (spec, {"choice": "a"}, 1.0),
        (spec, {"choice": "a"}, 1.0),
        (spec, {"choice": "b"}, 0.0),
        (spec, None, 0),
    ]
    assert rows(entries) == [
        ("<p>The Cabinet Office</p>", 2, 0.5, 1.0),
        ("<p>The Treasury</p>", 1, 0.25, 0.0),
        ("<p>Ofsted</p>", 0, 0.0, 0.0),
        (NO_ANSWER, 1, 0.25, None),
    ]
    assert response_counts(entries)[-1].is_no_answer


def test_multiple_response_counts_each_choice_picked():
    spec = SPECS["multiple_response"]
    entries = [(spec, {"choices": ["a", "b"]}, 1.0), (spec, {"choices": ["a", "c"]}, 0.0)]
    assert rows(entries) == [
        ("<p>Trusts</p>", 2, 1.0, 0.5),
        ("<p>Community interest companies</p>", 1, 0.5, 0.5),
        ("<p>Private limited companies</p>", 1, 0.5, -0.5),
    ]


def test_true_false_counts_true_and_false():
    spec = SPECS["true_false"]
    entries = [(spec, {"value": True}, 1.0), (spec, {"value": True}, 1.0), (spec, {"value": False}, 0.0)]
    assert rows(entries) == [("True", 2, 2 / 3, 1.0), ("False", 1, 1 / 3, 0.0)]


def test_short_text_groups_responses_as_they_are_graded_and_escapes_them():
    spec = {**SPECS["short_text"], "answers": [{"text": "right to challenge", "fraction": 1.0, "feedback": ""}]}
    entries = [
        (spec, {"text": "Right to challenge"}, 1.0),
        (spec, {"text": "right  to   CHALLENGE "}, 1.0),
        (spec, {"text": "<b>no idea</b>"}, 0.0),
    ]
    assert rows(entries) == [("Right to challenge", 2, 2 / 3, 1.0), ("&lt;b&gt;no idea&lt;/b&gt;", 1, 1 / 3, 0.0)]


def test_numeric_responses_are_counted_as_typed_with_the_credit_they_earned():
    spec = SPECS["numeric"]
    entries = [(spec, {"value": "4242.5"}, 1.0), (spec, {"value": "12"}, 0.0), (spec, {"value": "4242.5"}, 1.0)]
    assert rows(entries) == [("4242.5", 2, 2 / 3, 1.0), ("12", 1, 1 / 3, 0.0)]


def test_matching_counts_each_prompt_and_chosen_answer():
    spec = SPECS["matching"]
    entries = [
        (spec, {"matches": {"p1": "Steer on mutuals", "p2": "Run the procurement"}}, 1 / 3),
        (spec, {"matches": {"p1": "Steer on mutuals"}}, 1 / 3),
    ]
    assert rows(entries) == [
        ("<p>Challenge</p> → Steer on mutuals", 2, 1.0, 1.0),
        ("<p>Collaborate</p> → Run the procurement", 1, 0.5, 0.0),
    ]


def test_ordering_counts_each_order_given():
    spec = SPECS["ordering"]
    entries = [
        (spec, {"order": ["i1", "i2", "i3"]}, 1.0),
        (spec, {"order": ["i2", "i1", "i3"]}, 1 / 3),
        (spec, {"order": ["i1", "i2", "i3"]}, 1.0),
    ]
    assert rows(entries) == [("2010 → 2013 → 2025", 2, 2 / 3, 1.0), ("2013 → 2010 → 2025", 1, 1 / 3, 1 / 3)]


def test_essays_list_only_how_many_were_left_blank():
    spec = {"type": "essay", "text": "<p>Explain.</p>"}
    entries = [(spec, {"text": "My answer"}, None), (spec, None, None)]
    assert rows(entries) == [(NO_ANSWER, 1, 0.5, None)]


def test_choices_are_matched_across_versions_by_text_in_the_newest_versions_order():
    newest = SPECS["single_choice"]
    older = {
        **newest,
        "choices": [
            {"id": "x", "text": "<p>Ofsted</p>", "fraction": 0.0},
            {"id": "y", "text": "<p>The Cabinet Office</p>", "fraction": 1.0},
            {"id": "z", "text": "<p>HMRC</p>", "fraction": 0.0},
        ],
    }
    entries = [(newest, {"choice": "a"}, 1.0), (older, {"choice": "y"}, 1.0), (older, {"choice": "z"}, 0.0)]
    assert rows(entries) == [
        ("<p>The Cabinet Office</p>", 2, 2 / 3, 1.0),
        ("<p>The Treasury</p>", 0, 0.0, 0.0),
        ("<p>Ofsted</p>", 0, 0.0, 0.0),
        ("<p>HMRC</p>", 1, 1 / 3, 0.0),
    ]


def test_odd_responses_count_as_given_but_never_raise():
    spec = SPECS["single_choice"]
    entries = [(spec, {"choice": "no-such-choice"}, 0.0), (SPECS["ordering"], {"order": ["i9"]}, 0.0)]
    assert [row.count for row in response_counts(entries[:1])] == [0, 0, 0]
    assert rows(entries[1:]) == [("?", 1, 1.0, 0.0)]


def test_no_attempts_no_rows():
    assert response_counts([]) == []
    assert question_statistics([]) == {}
