"""Question specs: the plain JSON objects stored per question version, their dataclasses and validation.

A spec is a dict with a ``"type"`` key and the keys of that type (see the dataclasses below). ``validate_spec()``
lists every problem in a spec (its shape checked by pydantic models made from the dataclasses' field kinds, the
rules between fields by hand); ``parse_spec()`` turns a valid spec into a frozen dataclass; ``to_dict()`` turns it
back into a spec with every default filled in, which is the canonical form importers produce.

HTML fields (``text``, ``general_feedback``, choice ``text``, every ``feedback``, matching ``prompt``) hold
sanitised HTML. Plain-text fields (short-text answer ``text``, matching ``answer`` and ``distractors``, ordering
item ``text``) hold text that must be escaped when rendered.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from functools import cache
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError, create_model

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
    problems = _shape_problems(spec, cls)
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


# The shape of each kind of field, checked by pydantic (strict: no text for numbers, no numbers for booleans).
_TEXT = StrictStr
_REQUIRED_TEXT = Annotated[StrictStr, Field(pattern=r"\S")]


def _number(**bounds: float) -> Any:
    return Annotated[float, Field(strict=True, allow_inf_nan=False, **bounds)]


_KIND_TYPES: dict[str, Any] = {
    "html": _TEXT,
    "plain": _TEXT,
    "id": _REQUIRED_TEXT,
    "bool": StrictBool,
    "count": Annotated[int, Field(strict=True, ge=0)],
    "scoring": Literal[SCORING_RULES],
    "number": _number(),
    "fraction": _number(ge=-1, le=1),
    "credit": _number(ge=0, le=1),
    "mark": _number(gt=0),
    "tolerance": _number(ge=0),
    "strings": list[_REQUIRED_TEXT],
}


@cache
def _shape(cls: type) -> type[BaseModel]:
    """A pydantic model of the keys of spec class ``cls`` (entries of ``items`` fields as their own models)."""
    definitions: dict[str, Any] = {}
    for spec_field in fields(cls):
        meta = spec_field.metadata
        if meta["kind"] == "items":
            annotation = Annotated[list[_shape(meta["of"])], Field(min_length=meta["minimum"])]
        elif meta["kind"] in ("html", "plain") and meta.get("required"):
            annotation = _REQUIRED_TEXT
        else:
            annotation = _KIND_TYPES[meta["kind"]]
        definitions[spec_field.name] = (annotation, ... if spec_field.default is MISSING else spec_field.default)
    return create_model(f"{cls.__name__}Shape", __config__=ConfigDict(extra="forbid"), **definitions)


def _shape_problems(spec: dict, cls: type[Question]) -> list[str]:
    """Every problem with the keys and values of ``spec``, as sentences, in the order of the spec class's fields
    (unknown keys of an object first)."""
    try:
        _shape(cls).model_validate({key: value for key, value in spec.items() if key != "type"})
    except ValidationError as error:
        errors = error.errors()
        # pydantic checks a list's length only once its entries are valid: a short list of bad entries is both.
        for spec_field in fields(cls):
            value, meta = spec.get(spec_field.name), spec_field.metadata
            short = meta["kind"] == "items" and isinstance(value, list) and len(value) < meta["minimum"]
            if short and not any(entry["loc"] == (spec_field.name,) for entry in errors):
                errors.append({"loc": (spec_field.name,), "type": "too_short", "msg": ""})
        return [_message(cls, entry) for entry in sorted(errors, key=lambda entry: _order(cls, entry))]
    return []


def _order(cls: type, entry: dict) -> tuple:
    order, holder = [], cls
    for position, part in enumerate(entry["loc"]):
        if isinstance(part, int):
            order.append(part)
            continue
        names = [spec_field.name for spec_field in fields(holder)]
        last = position == len(entry["loc"]) - 1
        order.append(-1 if last and entry["type"] == "extra_forbidden" else names.index(part))
        if not last:
            holder = next(f for f in fields(holder) if f.name == part).metadata.get("of", holder)
    return tuple(order)


def _message(cls: type, entry: dict) -> str:
    """One pydantic error as the sentence this module has always given for it."""
    loc, kind_of_error = entry["loc"], entry["type"]
    where, key = "The question", str(loc[0])
    meta = next((f.metadata for f in fields(cls) if f.name == key), {})
    if len(loc) >= 2 and isinstance(loc[1], int):
        if meta["kind"] == "strings":
            where, key, meta = f"Distractor {loc[1] + 1}", "text", {"kind": "plain", "required": True}
        elif len(loc) >= 3:
            where, key, entry_cls = f"{meta['label'].capitalize()} {loc[1] + 1}", str(loc[2]), meta["of"]
            meta = next((f.metadata for f in fields(entry_cls) if f.name == key), {})
        else:
            return NOT_AN_ITEM_OBJECT.format(where=where, key=key)
    context, kind = {"where": where, "key": key}, meta.get("kind")
    if kind_of_error in ("missing", "extra_forbidden", "list_type"):
        return _ERROR_MESSAGES[kind_of_error].format(**context)
    if kind_of_error == "too_short" and kind == "items":
        return TOO_FEW.format(where=where, minimum=meta["minimum"], label=meta["label"])
    if kind in ("html", "plain", "id"):
        empty = kind_of_error == "string_pattern_mismatch"
        return (EMPTY_STRING if empty else NOT_A_STRING).format(**context)
    if kind_of_error in ("float_type", "finite_number"):
        return NOT_A_NUMBER.format(**context)
    if kind in _RANGES:
        return OUT_OF_RANGE.format(**context, low=_RANGES[kind][0], high=_RANGES[kind][1])
    return _KIND_MESSAGES[kind].format(**context)


_ERROR_MESSAGES = {"missing": MISSING_KEY, "extra_forbidden": UNKNOWN_KEY, "list_type": NOT_A_LIST}
_KIND_MESSAGES = {
    "bool": NOT_A_BOOLEAN,
    "count": NOT_A_COUNT,
    "scoring": BAD_SCORING,
    "mark": NOT_POSITIVE,
    "tolerance": NEGATIVE,
}
_RANGES = {"fraction": (-1, 1), "credit": (0, 1)}


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
