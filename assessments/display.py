"""What a learner's browser is shown of a question before submission: texts and options in display order.

``public_view`` never uses the spec's ids: every choice, matching prompt and option and ordering item gets an opaque
identifier derived from the attempt question's secret seed (an HMAC), so neither the markup nor the autosave payload
says anything about the author's order or which answer is right, and identifiers differ between attempts.
``view_keys`` maps them back on the server. Pure: no Django, no database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import random
from typing import Any

from assessments.questions import Essay, Matching, MultipleResponse, Ordering, SingleChoice, parse_spec

__all__ = ["opaque_id", "public_view", "shuffled_choice_ids", "view_keys"]


def shuffled_choice_ids(spec: dict, *, seed: int) -> list[str]:
    """The display order of the choices, matching prompts or ordering items, shuffled deterministically by ``seed``.

    Identity order when ``spec["shuffle"]`` is false. Ordering items are always shuffled, and never shown in the
    correct order. Types without options (true/false, short text, numeric) give ``[]``. Use a different seed for
    each question of an attempt.
    """
    question = parse_spec(spec)
    if isinstance(question, (SingleChoice, MultipleResponse)):
        ids = [choice.id for choice in question.choices]
        return _shuffled(ids, seed=seed, purpose="choices") if question.shuffle else ids
    if isinstance(question, Matching):
        ids = [pair.id for pair in question.pairs]
        return _shuffled(ids, seed=seed, purpose="prompts") if question.shuffle else ids
    if isinstance(question, Ordering):
        correct = [item.id for item in question.items]
        ids = _shuffled(correct, seed=seed, purpose="items")
        return ids[1:] + ids[:1] if ids == correct else ids
    return []


def opaque_id(*, seed: int, purpose: str, value: str) -> str:
    """The identifier the browser sees for one option: an HMAC of the option keyed by the secret per-question seed.

    Unpredictable without the seed, different for every attempt, and the same on every page load of one attempt.
    """
    digest = hmac.new(str(seed).encode(), f"{purpose}\x00{value}".encode(), hashlib.sha256).digest()
    return "k" + base64.b32encode(digest[:10]).decode().lower()


def view_keys(spec: dict, *, seed: int) -> dict[str, dict[str, str]]:
    """Server-side only: for each kind of option in ``public_view``, its opaque identifier -> the spec's own value.

    Kinds: ``choice`` (choice ids), ``prompt`` (matching pair ids), ``option`` (matching answer texts) and ``item``
    (ordering item ids). Identifiers that are not listed here were never shown, and count as no answer.
    """
    question = parse_spec(spec)
    values: dict[str, list[str]] = {}
    if isinstance(question, (SingleChoice, MultipleResponse)):
        values["choice"] = [choice.id for choice in question.choices]
    elif isinstance(question, Matching):
        values["prompt"] = [pair.id for pair in question.pairs]
        values["option"] = _matching_options(question)
    elif isinstance(question, Ordering):
        values["item"] = [item.id for item in question.items]
    return {
        purpose: {opaque_id(seed=seed, purpose=purpose, value=value): value for value in entries}
        for purpose, entries in values.items()
    }


def public_view(spec: dict, *, seed: int) -> dict:
    """What may reach the browser before submission: texts and opaque ids in display order, nothing that gives marks
    away.

    No fractions, feedback, correct flags, accepted answers, tolerances, correct order or pairing, marking guidance,
    and none of the spec's own ids. Matching ``options`` are the answers and distractors, de-duplicated and shuffled.
    """
    question = parse_spec(spec)
    view: dict[str, Any] = {"type": question.type, "text": question.text}
    order = shuffled_choice_ids(spec, seed=seed)

    def token(purpose: str, value: str) -> str:
        return opaque_id(seed=seed, purpose=purpose, value=value)

    if isinstance(question, (SingleChoice, MultipleResponse)):
        by_id = {choice.id: choice for choice in question.choices}
        view["choices"] = [{"id": token("choice", choice_id), "text": by_id[choice_id].text} for choice_id in order]
    elif isinstance(question, Matching):
        by_id = {pair.id: pair for pair in question.pairs}
        view["prompts"] = [{"id": token("prompt", pair_id), "prompt": by_id[pair_id].prompt} for pair_id in order]
        options = _shuffled(_matching_options(question), seed=seed, purpose="options")
        view["options"] = [{"id": token("option", text), "text": text} for text in options]
    elif isinstance(question, Ordering):
        by_id = {item.id: item for item in question.items}
        view["items"] = [{"id": token("item", item_id), "text": by_id[item_id].text} for item_id in order]
    elif isinstance(question, Essay):
        view["word_limit"] = question.word_limit
        view["response_template"] = question.response_template
    return view


def _matching_options(question: Matching) -> list[str]:
    return sorted({pair.answer for pair in question.pairs} | set(question.distractors))


def _shuffled(values: list[str], *, seed: int, purpose: str) -> list[str]:
    # A string seed is hashed with SHA-512, so the order is stable across processes and Python versions; the
    # purpose keeps the prompt and option shuffles of one matching question independent of each other.
    values = list(values)
    random.Random(f"{seed}:{purpose}").shuffle(values)  # noqa: S311 - display order, not a secret
    return values
