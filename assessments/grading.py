"""Pure grading of responses to question specs: deterministic, no Django, no database.

A response is a small dict (``{"choice": "a"}``, ``{"choices": [...]}``, ``{"value": true}``, ``{"text": "..."}``,
``{"value": "3.5"}``, ``{"matches": {"p1": "..."}}``, ``{"order": [...]}``) in the spec's own ids; ``None`` or an
empty value means not answered. Essays are not graded here: an answered essay is ``NEEDS_MARKING`` with no marks
until a person marks it.

What reaches the browser, and how its opaque identifiers map back to the spec's ids, is ``assessments.display``.

Odd responses (unknown ids, wrong types) are graded as wrong, never raised. Specs are checked with ``validate_spec()``
when they are saved; grading an invalid spec raises ``InvalidSpec``.
"""

from __future__ import annotations

import functools
import html
import math
import re
from dataclasses import dataclass
from typing import Any

from assessments.questions import (
    ALL_OR_NOTHING,
    FRACTION_TOLERANCE,
    Essay,
    InvalidSpec,
    Matching,
    MultipleResponse,
    Numeric,
    Ordering,
    Question,
    ShortText,
    SingleChoice,
    TrueFalse,
    format_number,
    is_full_mark,
    parse_spec,
    validate_spec,
)

__all__ = [
    "Grade",
    "InvalidSpec",
    "grade",
    "is_answered",
    "validate_spec",
]

CORRECT = "correct"
PARTIALLY_CORRECT = "partial"
INCORRECT = "incorrect"
UNANSWERED = "unanswered"
NEEDS_MARKING = "needs_marking"

NEGATIVE_MAX_MARK = "max_mark must be a finite number of at least 0."

# Slack for binary floating point when comparing a numeric response with value ± tolerance.
_NUMERIC_SLACK = 1e-9
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_GROUPED_NUMBER = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_UNESCAPED_STAR = re.compile(r"(?<!\\)\*")


@dataclass(frozen=True)
class Grade:
    """The outcome of grading one response: the fraction earned, the mark, a state and what to show on review."""

    fraction: float
    mark: float
    max_mark: float
    state: str
    feedback: list[str]
    right_answer: str


def grade(spec: dict, response: dict | None, *, max_mark: float | None = None) -> Grade:
    """Grade ``response`` against ``spec`` out of ``max_mark`` (the spec's ``default_mark`` when None).

    The fraction is in [0, 1]: negative choice fractions can cancel credit but never push it below 0. Fractions
    within 1e-6 of 0 or 1 snap to 0 or 1. ``feedback`` holds only response-specific feedback (the selected
    choices' or the matched answer's), not the general feedback.
    """
    question = parse_spec(spec)
    out_of = question.default_mark if max_mark is None else max_mark
    if isinstance(out_of, bool) or not isinstance(out_of, (int, float)) or not math.isfinite(out_of) or out_of < 0:
        raise ValueError(NEGATIVE_MAX_MARK)
    out_of = float(out_of)
    summary = _right_answer(question)
    if not _answered(question, response):
        return Grade(fraction=0.0, mark=0.0, max_mark=out_of, state=UNANSWERED, feedback=[], right_answer=summary)
    if isinstance(question, Essay):
        return Grade(fraction=0.0, mark=0.0, max_mark=out_of, state=NEEDS_MARKING, feedback=[], right_answer="")
    fraction, feedback = _GRADERS[type(question)](question, response)
    fraction = _settle(fraction)
    if fraction == 1.0:
        state = CORRECT
    elif fraction > 0:
        state = PARTIALLY_CORRECT
    else:
        state = INCORRECT
    return Grade(
        fraction=fraction,
        mark=round(fraction * out_of, 7),
        max_mark=out_of,
        state=state,
        feedback=[text for text in feedback if text],
        right_answer=summary,
    )


def is_answered(spec: dict, response: dict | None) -> bool:
    """Whether ``response`` says anything at all (``False`` counts for true/false; blank text does not)."""
    return _answered(parse_spec(spec), response)


def _settle(fraction: float) -> float:
    fraction = min(max(fraction, 0.0), 1.0)
    if fraction <= FRACTION_TOLERANCE:
        return 0.0
    if is_full_mark(fraction):
        return 1.0
    return round(fraction, 7)


def _field(response: Any, key: str) -> Any:
    return response.get(key) if isinstance(response, dict) else None


def _answered(question: Question, response: Any) -> bool:
    if isinstance(question, TrueFalse):
        return _field(response, "value") is not None
    key = {
        SingleChoice: "choice",
        MultipleResponse: "choices",
        ShortText: "text",
        Numeric: "value",
        Matching: "matches",
        Ordering: "order",
        Essay: "text",
    }[type(question)]
    value = _field(response, key)
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict):
        return any(_present(entry) for entry in value.values())
    return _present(value)


def _present(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None and value != [] and value != {} and value != ()


def _grade_single_choice(question: SingleChoice, response: Any) -> tuple[float, list[str]]:
    selected = _field(response, "choice")
    for choice in question.choices:
        if isinstance(selected, str) and choice.id == selected:
            return choice.fraction, [choice.feedback]
    return 0.0, []


def _grade_multiple_response(question: MultipleResponse, response: Any) -> tuple[float, list[str]]:
    raw = _field(response, "choices")
    if not isinstance(raw, (list, tuple)):
        return 0.0, []
    selected_ids = {value for value in raw if isinstance(value, str)}
    well_formed = all(isinstance(value, str) for value in raw)
    selected = [choice for choice in question.choices if choice.id in selected_ids]
    feedback = [choice.feedback for choice in selected]
    if question.scoring == ALL_OR_NOTHING:
        correct_ids = {choice.id for choice in question.choices if choice.fraction > 0}
        return (1.0 if well_formed and selected_ids == correct_ids else 0.0), feedback
    return sum(choice.fraction for choice in selected), feedback


def _grade_true_false(question: TrueFalse, response: Any) -> tuple[float, list[str]]:
    value = _field(response, "value")
    if not isinstance(value, bool):
        return 0.0, []
    return (1.0 if value == question.correct else 0.0), [question.feedback_true if value else question.feedback_false]


def _grade_short_text(question: ShortText, response: Any) -> tuple[float, list[str]]:
    text = _field(response, "text")
    if not isinstance(text, str):
        return 0.0, []
    given = _normalise_text(text, question)
    matches = [
        answer for answer in question.answers if _wildcard(_normalise_text(answer.text, question)).fullmatch(given)
    ]
    return _best(matches)


def _grade_numeric(question: Numeric, response: Any) -> tuple[float, list[str]]:
    # An answer that matches none of the listed ones (a number or not) earns nothing and gets ``other_feedback``.
    value = _parse_number(_field(response, "value"))
    if value is None:
        return 0.0, [question.other_feedback]
    matches = [
        answer
        for answer in question.answers
        if abs(value - answer.value) <= answer.tolerance + _NUMERIC_SLACK * max(1.0, abs(answer.value))
    ]
    return _best(matches) if matches else (0.0, [question.other_feedback])


def _grade_matching(question: Matching, response: Any) -> tuple[float, list[str]]:
    matches = _field(response, "matches")
    if not isinstance(matches, dict):
        return 0.0, []
    right = sum(1 for pair in question.pairs if matches.get(pair.id) == pair.answer)
    return right / len(question.pairs), []


def _grade_ordering(question: Ordering, response: Any) -> tuple[float, list[str]]:
    order = _field(response, "order")
    correct = [item.id for item in question.items]
    # Anything but a permutation of the item ids (duplicates, unknown or missing ids) is wrong.
    if not isinstance(order, (list, tuple)) or not all(isinstance(value, str) for value in order):
        return 0.0, []
    if sorted(order) != sorted(correct):
        return 0.0, []
    if question.scoring == ALL_OR_NOTHING:
        return (1.0 if list(order) == correct else 0.0), []
    in_place = sum(1 for given, expected in zip(order, correct, strict=True) if given == expected)
    return in_place / len(correct), []


def _best(matches: list[Any]) -> tuple[float, list[str]]:
    # The highest fraction wins; among equals, the first listed.
    if not matches:
        return 0.0, []
    best = max(matches, key=lambda answer: answer.fraction)
    return best.fraction, [best.feedback]


def _normalise_text(text: str, question: ShortText) -> str:
    if question.normalise_whitespace:
        text = " ".join(text.split())
    return text if question.case_sensitive else text.casefold()


@functools.lru_cache(maxsize=512)
def _wildcard(pattern: str) -> re.Pattern[str]:
    # Moodle's rule: "*" matches any run of characters, "\*" is a literal asterisk.
    parts = _UNESCAPED_STAR.split(pattern)
    return re.compile(".*".join(re.escape(part.replace("\\*", "*")) for part in parts), re.DOTALL)


def _parse_number(raw: Any) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        return float(raw) if math.isfinite(raw) else None
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if _GROUPED_NUMBER.fullmatch(text):
        text = text.replace(",", "")
    elif not _PLAIN_NUMBER.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def _right_answer(question: Question) -> str:
    # HTML: spec HTML is already sanitised; plain-text parts are escaped here.
    if isinstance(question, SingleChoice):
        return "; ".join(choice.text for choice in question.choices if is_full_mark(choice.fraction))
    if isinstance(question, MultipleResponse):
        return "; ".join(choice.text for choice in question.choices if choice.fraction > 0)
    if isinstance(question, TrueFalse):
        return "True" if question.correct else "False"
    if isinstance(question, ShortText):
        return html.escape(max(question.answers, key=lambda answer: answer.fraction).text)
    if isinstance(question, Numeric):
        best = max(question.answers, key=lambda answer: answer.fraction)
        value = format_number(best.value)
        return f"{value} ± {format_number(best.tolerance)}" if best.tolerance else value
    if isinstance(question, Matching):
        return "; ".join(f"{pair.prompt} → {html.escape(pair.answer)}" for pair in question.pairs)
    if isinstance(question, Essay):
        return ""
    assert isinstance(question, Ordering)
    return " → ".join(html.escape(item.text) for item in question.items)


_GRADERS = {
    SingleChoice: _grade_single_choice,
    MultipleResponse: _grade_multiple_response,
    TrueFalse: _grade_true_false,
    ShortText: _grade_short_text,
    Numeric: _grade_numeric,
    Matching: _grade_matching,
    Ordering: _grade_ordering,
}
