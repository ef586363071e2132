"""Properties of grading that must hold for every valid spec and every response, found with Hypothesis."""

import json
import string

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from assessments.display import public_view, shuffled_choice_ids, view_keys
from assessments.grading import (
    CORRECT,
    INCORRECT,
    PARTIALLY_CORRECT,
    UNANSWERED,
    grade,
)
from assessments.questions import validate_spec

# Applied per test rather than as a loaded profile, so other apps' Hypothesis settings are left alone.
thorough = settings(max_examples=150, deadline=None)

# Upper-case words cannot collide with the lower-case markers and key names checked in the public-view tests.
words = st.text(alphabet=string.ascii_uppercase + " ", min_size=1, max_size=12).filter(str.strip)
seeds = st.integers(min_value=0, max_value=2**32)
marks = st.floats(min_value=0, max_value=1000, allow_nan=False)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=4), children, max_size=4),
    max_leaves=10,
)


def _ids(prefix, count):
    return [f"{prefix}{index}" for index in range(1, count + 1)]


@st.composite
def single_choice_specs(draw):
    count = draw(st.integers(min_value=2, max_value=6))
    fractions = draw(st.lists(st.sampled_from([-1.0, -0.5, 0.0, 0.25, 0.5, 1.0]), min_size=count, max_size=count))
    fractions[draw(st.integers(min_value=0, max_value=count - 1))] = 1.0
    choices = [
        {"id": cid, "text": draw(words), "fraction": f} for cid, f in zip(_ids("c", count), fractions, strict=True)
    ]
    return {"type": "single_choice", "text": draw(words), "choices": choices, "shuffle": draw(st.booleans())}


@st.composite
def multiple_response_specs(draw, scoring=None):
    right = draw(st.integers(min_value=1, max_value=4))
    wrong = draw(st.integers(min_value=1 if right == 1 else 0, max_value=4))
    weights = draw(st.lists(st.integers(min_value=1, max_value=9), min_size=right, max_size=right))
    penalties = draw(st.lists(st.sampled_from([-1.0, -0.5, -0.25, 0.0]), min_size=wrong, max_size=wrong))
    fractions = [weight / sum(weights) for weight in weights] + penalties
    choices = [
        {"id": cid, "text": draw(words), "fraction": fraction}
        for cid, fraction in zip(_ids("c", right + wrong), fractions, strict=True)
    ]
    scoring = scoring or draw(st.sampled_from(["partial", "all_or_nothing"]))
    return {"type": "multiple_response", "text": draw(words), "choices": choices, "scoring": scoring}


@st.composite
def true_false_specs(draw):
    return {"type": "true_false", "text": draw(words), "correct": draw(st.booleans())}


@st.composite
def short_text_specs(draw):
    answers = [{"text": draw(words), "fraction": 1.0}] + [
        {"text": draw(words | st.just("*")), "fraction": draw(st.sampled_from([0.0, 0.5]))}
        for _ in range(draw(st.integers(min_value=0, max_value=3)))
    ]
    return {"type": "short_text", "text": draw(words), "answers": answers, "case_sensitive": draw(st.booleans())}


@st.composite
def numeric_specs(draw):
    values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
    answers = [
        {"value": draw(values), "tolerance": draw(st.floats(min_value=0, max_value=10)), "fraction": fraction}
        for fraction in [1.0] + draw(st.lists(st.sampled_from([0.0, 0.5]), max_size=2))
    ]
    return {"type": "numeric", "text": draw(words), "answers": answers}


@st.composite
def matching_specs(draw):
    count = draw(st.integers(min_value=2, max_value=5))
    answers = draw(st.lists(words, min_size=count, max_size=count, unique=True))
    pairs = [
        {"id": pid, "prompt": draw(words), "answer": answer}
        for pid, answer in zip(_ids("p", count), answers, strict=True)
    ]
    distractors = draw(st.lists(words.filter(lambda word: word not in answers), max_size=2, unique=True))
    return {"type": "matching", "text": draw(words), "pairs": pairs, "distractors": distractors}


@st.composite
def ordering_specs(draw):
    count = draw(st.integers(min_value=2, max_value=6))
    items = [{"id": iid, "text": draw(words)} for iid in _ids("i", count)]
    return {
        "type": "ordering",
        "text": draw(words),
        "items": items,
        "scoring": draw(st.sampled_from(["partial", "all_or_nothing"])),
    }


any_spec = st.one_of(
    single_choice_specs(),
    multiple_response_specs(),
    true_false_specs(),
    short_text_specs(),
    numeric_specs(),
    matching_specs(),
    ordering_specs(),
)


def _ids_of(spec):
    for key in ("choices", "pairs", "items"):
        if key in spec:
            return [entry["id"] for entry in spec[key]]
    return []


@st.composite
def plausible_responses(draw, spec):
    """Responses shaped like the real thing, mixing real ids and answers with junk."""
    ids = _ids_of(spec) + ["zz", ""]
    texts = [answer.get("text", "") for answer in spec.get("answers", [])] + [draw(st.text(max_size=10))]
    return draw(
        st.one_of(
            st.builds(lambda choice: {"choice": choice}, st.sampled_from(ids)),
            st.builds(lambda chosen: {"choices": chosen}, st.lists(st.sampled_from(ids), max_size=6)),
            st.builds(lambda value: {"value": value}, st.booleans() | st.text(max_size=8) | st.floats()),
            st.builds(lambda text: {"text": text}, st.sampled_from(texts)),
            st.builds(lambda order: {"order": order}, st.permutations(ids[:-2]) | st.lists(st.sampled_from(ids))),
            st.builds(
                lambda matches: {"matches": matches},
                st.dictionaries(
                    st.sampled_from(ids),
                    st.sampled_from(
                        [pair["answer"] for pair in spec.get("pairs", [])] + spec.get("distractors", []) + ["junk"]
                    ),
                ),
            ),
            json_values,
        )
    )


@st.composite
def spec_and_response(draw):
    spec = draw(any_spec)
    return spec, draw(plausible_responses(spec))


@thorough
@given(any_spec)
def test_generated_specs_are_valid(spec):
    assert validate_spec(spec) == []


@thorough
@given(spec_and_response(), marks)
def test_fraction_and_mark_stay_within_bounds_for_any_response(case, max_mark):
    spec, response = case
    result = grade(spec, response, max_mark=max_mark)
    assert 0.0 <= result.fraction <= 1.0
    assert 0.0 <= result.mark <= max_mark + 1e-7
    assert result.state in (CORRECT, PARTIALLY_CORRECT, INCORRECT, UNANSWERED)
    assert (result.state == CORRECT) == (result.fraction == 1.0)
    assert (result.state == PARTIALLY_CORRECT) == (0.0 < result.fraction < 1.0)


@thorough
@given(spec_and_response())
def test_grading_is_deterministic(case):
    spec, response = case
    assert grade(spec, response) == grade(spec, response)


@thorough
@given(spec_and_response(), seeds, seeds)
def test_display_shuffle_never_changes_the_score_of_the_same_selection(case, first_seed, second_seed):
    spec, _ = case
    assume(spec["type"] in ("single_choice", "multiple_response"))
    picked = set(shuffled_choice_ids(spec, seed=first_seed)[::2])
    in_first_order = [cid for cid in shuffled_choice_ids(spec, seed=first_seed) if cid in picked]
    in_second_order = [cid for cid in shuffled_choice_ids(spec, seed=second_seed) if cid in picked]
    assert grade(spec, {"choices": in_first_order}) == grade(spec, {"choices": in_second_order})
    assert grade(spec, {"choice": in_first_order[0]}) == grade(
        {**spec, "shuffle": False}, {"choice": in_first_order[0]}
    )


@thorough
@given(multiple_response_specs(scoring="partial"), st.data())
def test_more_wrong_selections_never_increase_a_partial_score(spec, data):
    wrong = [choice["id"] for choice in spec["choices"] if choice["fraction"] <= 0]
    base = data.draw(st.lists(st.sampled_from([choice["id"] for choice in spec["choices"]]), unique=True))
    extra = data.draw(st.lists(st.sampled_from(wrong), unique=True)) if wrong else []
    assert grade(spec, {"choices": base + extra}).fraction <= grade(spec, {"choices": base}).fraction


@thorough
@given(multiple_response_specs(), st.randoms())
def test_all_correct_and_no_wrong_choices_scores_full_marks(spec, random):
    correct = [choice["id"] for choice in spec["choices"] if choice["fraction"] > 0]
    random.shuffle(correct)
    assert grade(spec, {"choices": correct}).fraction == 1.0


@thorough
@given(ordering_specs(), st.randoms())
def test_ordering_partial_credit_is_the_share_of_items_in_place(spec, random):
    spec = {**spec, "scoring": "partial"}
    correct = [item["id"] for item in spec["items"]]
    order = correct[:]
    random.shuffle(order)
    in_place = sum(given == expected for given, expected in zip(order, correct, strict=True))
    assert grade(spec, {"order": order}).fraction == round(in_place / len(correct), 7)


MARKER = "secret-marker"


@st.composite
def specs_with_secret_markers(draw):
    """Specs whose feedback, fractions' owners and accepted answers are marker strings that must stay hidden."""
    spec = draw(any_spec)
    spec["general_feedback"] = f"{MARKER}-general"
    spec["default_mark"] = 987.654321
    for key in ("choices", "answers"):
        for index, entry in enumerate(spec.get(key, [])):
            entry["feedback"] = f"{MARKER}-feedback-{index}"
            if spec["type"] == "short_text":
                entry["text"] = f"{MARKER}-answer-{index}"
            if spec["type"] == "numeric":
                entry["value"], entry["tolerance"] = 123456.789 + index, 0.0123
    if spec["type"] == "true_false":
        spec["feedback_true"], spec["feedback_false"] = f"{MARKER}-true", f"{MARKER}-false"
    return spec


@thorough
@given(specs_with_secret_markers(), seeds)
def test_public_view_never_reveals_marks_feedback_or_answers(spec, seed):
    view = public_view(spec, seed=seed)
    dumped = json.dumps(view)
    assert MARKER not in dumped
    for secret in ("fraction", "feedback", "correct", "answers", "tolerance", "scoring", "987.654321", "123456"):
        assert secret not in dumped
    assert validate_spec(spec) == []


@thorough
@given(matching_specs(), seeds)
def test_public_view_of_matching_does_not_pair_prompts_with_answers(spec, seed):
    view = public_view(spec, seed=seed)
    assert all(prompt.keys() == {"id", "prompt"} for prompt in view["prompts"])
    options = sorted(option["text"] for option in view["options"])
    assert options == sorted({pair["answer"] for pair in spec["pairs"]} | set(spec["distractors"]))


@thorough
@given(ordering_specs(), seeds)
def test_public_view_of_ordering_never_shows_the_correct_order(spec, seed):
    view = public_view(spec, seed=seed)
    keys = view_keys(spec, seed=seed)["item"]
    shown = [keys[item["id"]] for item in view["items"]]
    assert shown != [item["id"] for item in spec["items"]]
    assert sorted(shown) == sorted(item["id"] for item in spec["items"])
    assert not set(keys) & {item["id"] for item in spec["items"]}
