"""What an attempt shows of a question: shuffled, opaque ids, and nothing that gives the answer away."""

import pytest

from assessments.display import public_view, shuffled_choice_ids, view_keys
from tests.assessments.specs import (
    matching,
    numeric,
    ordering,
    short_text,
    single_choice,
    true_false,
)

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
