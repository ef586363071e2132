"""Question specs: the plain JSON objects stored per question version, their dataclasses and validation.

A spec is a dict with a ``"type"`` key and the keys of that type (see the dataclasses below). ``validate_spec()``
lists every problem in a spec; ``parse_spec()`` turns a valid spec into a frozen dataclass; ``to_dict()`` turns it
back into a spec with every default filled in, which is the canonical form importers produce.

HTML fields (``text``, ``general_feedback``, choice ``text``, every ``feedback``, matching ``prompt``) hold
sanitised HTML. Plain-text fields (short-text answer ``text``, matching ``answer`` and ``distractors``, ordering
item ``text``) hold text that must be escaped when rendered.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar

SINGLE_CHOICE = "single_choice"
MULTIPLE_RESPONSE = "multiple_response"
TRUE_FALSE = "true_false"
SHORT_TEXT = "short_text"
NUMERIC = "numeric"
MATCHING = "matching"
ORDERING = "ordering"
ESSAY = "essay"

ALL_OR_NOTHING = "all_or_nothing"
PARTIAL = "partial"
SCORING_RULES = (ALL_OR_NOTHING, PARTIAL)

# Fractions closer than this to 0 or 1 count as exactly 0 or 1 (Moodle stores 7 decimal places).
FRACTION_TOLERANCE = 1e-6

NOT_AN_OBJECT = "The question must be a JSON object."
UNKNOWN_TYPE = "Unknown question type {value!r}; expected one of: {expected}."
MISSING_KEY = "{where} is missing {key!r}."
UNKNOWN_KEY = "{where} has an unknown key {key!r}."
NOT_A_STRING = "{where}: {key!r} must be a string."
EMPTY_STRING = "{where}: {key!r} must not be empty."
NOT_A_BOOLEAN = "{where}: {key!r} must be true or false."
NOT_A_NUMBER = "{where}: {key!r} must be a finite number."
NOT_A_COUNT = "{where}: {key!r} must be a whole number of 0 or more."
OUT_OF_RANGE = "{where}: {key!r} must be between {low:g} and {high:g}."
NOT_POSITIVE = "{where}: {key!r} must be greater than 0."
NEGATIVE = "{where}: {key!r} must not be negative."
BAD_SCORING = "{where}: {key!r} must be one of: " + ", ".join(SCORING_RULES) + "."
NOT_A_LIST = "{where}: {key!r} must be a list."
TOO_FEW = "{where} needs at least {minimum} {label}s."
NOT_AN_ITEM_OBJECT = "{where}: each entry of {key!r} must be an object."
DUPLICATE_ID = "The id {value!r} is used by more than one {label}."
NO_FULL_MARK = "At least one {label} must have a fraction of 1.0."
NO_CORRECT_CHOICE = "At least one choice must have a positive fraction."
POSITIVE_SUM = "The positive fractions must add up to 1.0; they add up to {total:.7g}."
DUPLICATE_DISTRACTOR = "The distractor {value!r} is listed more than once."
DISTRACTOR_IS_ANSWER = "The distractor {value!r} is also the answer of a pair."


class InvalidSpec(ValueError):
    """Raised by ``parse_spec()`` for a spec that ``validate_spec()`` rejects; ``problems`` lists why."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _field(kind: str, default: Any = MISSING, **extra: Any) -> Any:
    # ``kind`` drives validation and conversion; see _check_value() and _build().
    return field(default=default, metadata={"kind": kind, **extra})


@dataclass(frozen=True, kw_only=True)
class Choice:
    id: str = _field("id")
    text: str = _field("html", required=True)
    fraction: float = _field("fraction")
    feedback: str = _field("html", "")


@dataclass(frozen=True, kw_only=True)
class TextAnswer:
    text: str = _field("plain", required=True)
    fraction: float = _field("credit")
    feedback: str = _field("html", "")


@dataclass(frozen=True, kw_only=True)
class NumericAnswer:
    value: float = _field("number")
    tolerance: float = _field("tolerance", 0.0)
    fraction: float = _field("credit")
    feedback: str = _field("html", "")


@dataclass(frozen=True, kw_only=True)
class MatchPair:
    id: str = _field("id")
    prompt: str = _field("html", required=True)
    answer: str = _field("plain", required=True)


@dataclass(frozen=True, kw_only=True)
class OrderingItem:
    id: str = _field("id")
    text: str = _field("plain", required=True)


@dataclass(frozen=True, kw_only=True)
class Question:
    """Keys shared by every question type."""

    type: ClassVar[str] = ""
    text: str = _field("html", required=True)
    general_feedback: str = _field("html", "")
    default_mark: float = _field("mark", 1.0)

    def to_dict(self) -> dict:
        """Return the canonical spec: every key present, lists instead of tuples."""
        return {"type": self.type, **_plain(self)}


@dataclass(frozen=True, kw_only=True)
class SingleChoice(Question):
    type: ClassVar[str] = SINGLE_CHOICE
    choices: tuple[Choice, ...] = _field("items", of=Choice, minimum=2, label="choice")
    shuffle: bool = _field("bool", True)


@dataclass(frozen=True, kw_only=True)
class MultipleResponse(Question):
    type: ClassVar[str] = MULTIPLE_RESPONSE
    choices: tuple[Choice, ...] = _field("items", of=Choice, minimum=2, label="choice")
    scoring: str = _field("scoring", PARTIAL)
    shuffle: bool = _field("bool", True)


@dataclass(frozen=True, kw_only=True)
class TrueFalse(Question):
    type: ClassVar[str] = TRUE_FALSE
    correct: bool = _field("bool")
    feedback_true: str = _field("html", "")
    feedback_false: str = _field("html", "")


@dataclass(frozen=True, kw_only=True)
class ShortText(Question):
    type: ClassVar[str] = SHORT_TEXT
    answers: tuple[TextAnswer, ...] = _field("items", of=TextAnswer, minimum=1, label="answer")
    case_sensitive: bool = _field("bool", False)
    normalise_whitespace: bool = _field("bool", True)


@dataclass(frozen=True, kw_only=True)
class Numeric(Question):
    """``other_feedback`` is shown for any answer that matches none of ``answers`` (Moodle's catch-all ``*``)."""

    type: ClassVar[str] = NUMERIC
    answers: tuple[NumericAnswer, ...] = _field("items", of=NumericAnswer, minimum=1, label="answer")
    other_feedback: str = _field("html", "")


@dataclass(frozen=True, kw_only=True)
class Matching(Question):
    type: ClassVar[str] = MATCHING
    pairs: tuple[MatchPair, ...] = _field("items", of=MatchPair, minimum=2, label="pair")
    distractors: tuple[str, ...] = _field("strings", ())
    shuffle: bool = _field("bool", True)


@dataclass(frozen=True, kw_only=True)
class Ordering(Question):
    type: ClassVar[str] = ORDERING
    items: tuple[OrderingItem, ...] = _field("items", of=OrderingItem, minimum=2, label="item")
    scoring: str = _field("scoring", PARTIAL)


@dataclass(frozen=True, kw_only=True)
class Essay(Question):
    """A free-text answer marked by a person. ``marking_guidance`` is for markers only and never reaches learners."""

    type: ClassVar[str] = ESSAY
    word_limit: int = _field("count", 0)  # 0: no limit
    response_template: str = _field("plain", "")
    marking_guidance: str = _field("html", "")


SPEC_CLASSES: dict[str, type[Question]] = {
    cls.type: cls for cls in (SingleChoice, MultipleResponse, TrueFalse, ShortText, Numeric, Matching, Ordering, Essay)
}
MANUALLY_MARKED_TYPES = frozenset({ESSAY})
QUESTION_TYPES = tuple(SPEC_CLASSES)


def validate_spec(spec: Any) -> list[str]:
    """Return every problem with ``spec`` as a human-readable sentence; an empty list means it is valid.

    Shape first (keys, types, ranges, minimum counts); the rules between fields (unique ids, a full-mark answer,
    positive fractions adding up to 1 for multiple response, distractors differing from answers) only once the
    shape is right.
    """
    if not isinstance(spec, dict):
        return [NOT_AN_OBJECT]
    cls = SPEC_CLASSES.get(spec.get("type"))  # type: ignore[arg-type]
    if cls is None:
        return [UNKNOWN_TYPE.format(value=spec.get("type"), expected=", ".join(QUESTION_TYPES))]
    problems: list[str] = []
    _check_object(spec, cls, where="The question", problems=problems, extra_keys={"type"})
    if not problems:
        problems.extend(_cross_field_problems(spec, cls))
    return problems


def parse_spec(spec: Any) -> Question:
    """Return the dataclass for a valid ``spec``; raise ``InvalidSpec`` listing the problems otherwise."""
    problems = validate_spec(spec)
    if problems:
        raise InvalidSpec(problems)
    return _build(SPEC_CLASSES[spec["type"]], spec)


def normalise_spec(spec: Any) -> dict:
    """Return the canonical form of a valid ``spec`` (defaults filled in); raise ``InvalidSpec`` otherwise."""
    return parse_spec(spec).to_dict()


def is_full_mark(fraction: float) -> bool:
    """Whether ``fraction`` counts as full marks (1.0 within ``FRACTION_TOLERANCE``)."""
    return abs(fraction - 1.0) <= FRACTION_TOLERANCE


def format_number(value: float) -> str:
    """Shortest exact text for ``value``: ``3`` rather than ``3.0``, ``0.1`` rather than ``0.1000000``."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def _check_object(data: dict, cls: type, *, where: str, problems: list[str], extra_keys: frozenset | set = frozenset()):
    known = {f.name: f for f in fields(cls)}
    for key in data:
        if key not in known and key not in extra_keys:
            problems.append(UNKNOWN_KEY.format(where=where, key=key))
    for name, spec_field in known.items():
        if name in data:
            _check_value(data[name], spec_field.metadata, where=where, key=name, problems=problems)
        elif spec_field.default is MISSING:
            problems.append(MISSING_KEY.format(where=where, key=name))


def _check_value(value: Any, meta: Any, *, where: str, key: str, problems: list[str]) -> None:
    kind = meta["kind"]
    context = {"where": where, "key": key}
    if kind in ("html", "plain", "id"):
        if not isinstance(value, str):
            problems.append(NOT_A_STRING.format(**context))
        elif (kind == "id" or meta.get("required")) and not value.strip():
            problems.append(EMPTY_STRING.format(**context))
    elif kind == "bool":
        if not isinstance(value, bool):
            problems.append(NOT_A_BOOLEAN.format(**context))
    elif kind == "count":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            problems.append(NOT_A_COUNT.format(**context))
    elif kind == "scoring":
        if value not in SCORING_RULES:
            problems.append(BAD_SCORING.format(**context))
    elif kind in ("number", "fraction", "credit", "mark", "tolerance"):
        _check_number(value, kind, context=context, problems=problems)
    elif kind == "strings":
        if not isinstance(value, list):
            problems.append(NOT_A_LIST.format(**context))
        else:
            for position, entry in enumerate(value, start=1):
                _check_value(
                    entry,
                    {"kind": "plain", "required": True},
                    where=f"Distractor {position}",
                    key="text",
                    problems=problems,
                )
    elif kind == "items":
        _check_items(value, meta, context=context, problems=problems)


def _check_number(value: Any, kind: str, *, context: dict, problems: list[str]) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        problems.append(NOT_A_NUMBER.format(**context))
    elif kind == "fraction" and not -1 <= value <= 1:
        problems.append(OUT_OF_RANGE.format(**context, low=-1, high=1))
    elif kind == "credit" and not 0 <= value <= 1:
        problems.append(OUT_OF_RANGE.format(**context, low=0, high=1))
    elif kind == "mark" and value <= 0:
        problems.append(NOT_POSITIVE.format(**context))
    elif kind == "tolerance" and value < 0:
        problems.append(NEGATIVE.format(**context))


def _check_items(value: Any, meta: Any, *, context: dict, problems: list[str]) -> None:
    if not isinstance(value, list):
        problems.append(NOT_A_LIST.format(**context))
        return
    if len(value) < meta["minimum"]:
        problems.append(TOO_FEW.format(where=context["where"], minimum=meta["minimum"], label=meta["label"]))
    for position, entry in enumerate(value, start=1):
        if not isinstance(entry, dict):
            problems.append(NOT_AN_ITEM_OBJECT.format(**context))
        else:
            _check_object(entry, meta["of"], where=f"{meta['label'].capitalize()} {position}", problems=problems)


def _cross_field_problems(spec: dict, cls: type[Question]) -> list[str]:
    problems: list[str] = []
    for key, label in (("choices", "choice"), ("pairs", "pair"), ("items", "item")):
        ids = [entry["id"] for entry in spec.get(key, ())]
        for duplicate in sorted({value for value in ids if ids.count(value) > 1}):
            problems.append(DUPLICATE_ID.format(value=duplicate, label=label))
    if cls is SingleChoice and not any(is_full_mark(c["fraction"]) for c in spec["choices"]):
        problems.append(NO_FULL_MARK.format(label="choice"))
    if cls is MultipleResponse:
        positives = [c["fraction"] for c in spec["choices"] if c["fraction"] > 0]
        if not positives:
            problems.append(NO_CORRECT_CHOICE)
        elif not is_full_mark(sum(positives)):
            problems.append(POSITIVE_SUM.format(total=sum(positives)))
    if cls in (ShortText, Numeric) and not any(is_full_mark(a["fraction"]) for a in spec["answers"]):
        problems.append(NO_FULL_MARK.format(label="answer"))
    if cls is Matching:
        answers = {pair["answer"] for pair in spec["pairs"]}
        distractors = spec.get("distractors", [])
        for duplicate in sorted({value for value in distractors if distractors.count(value) > 1}):
            problems.append(DUPLICATE_DISTRACTOR.format(value=duplicate))
        for value in sorted(set(distractors) & answers):
            problems.append(DISTRACTOR_IS_ANSWER.format(value=value))
    return problems


def _build(cls: type, data: dict) -> Any:
    values = {}
    for spec_field in fields(cls):
        if spec_field.name not in data:
            continue
        value, kind = data[spec_field.name], spec_field.metadata["kind"]
        if kind == "items":
            value = tuple(_build(spec_field.metadata["of"], entry) for entry in value)
        elif kind == "strings":
            value = tuple(value)
        elif kind in ("number", "fraction", "credit", "mark", "tolerance"):
            value = float(value)
        values[spec_field.name] = value
    return cls(**values)


def _plain(instance: Any) -> dict:
    result = {}
    for spec_field in fields(instance):
        value = getattr(instance, spec_field.name)
        if spec_field.metadata["kind"] == "items":
            value = [_plain(entry) for entry in value]
        elif isinstance(value, tuple):
            value = list(value)
        result[spec_field.name] = value
    return result
