"""GIFT answer blocks: what kind of question the answers make, and reading each kind into a spec."""

from __future__ import annotations

from dataclasses import dataclass, field

from assessments.formats.common import (
    QUESTION_TYPE_LABELS,
    UNKNOWN_TYPE_LABEL,
    choice_id,
    pair_id,
    plain_text,
)
from assessments.formats.gift.syntax import (
    GiftError,
    html,
    numeric_value,
    pieces,
    read_weight,
    restore,
    split_feedback,
)
from assessments.questions import (
    ESSAY,
    MATCHING,
    MULTIPLE_RESPONSE,
    NUMERIC,
    PARTIAL,
    SHORT_TEXT,
    SINGLE_CHOICE,
    TRUE_FALSE,
)

ORDERING_NOT_SUPPORTED = "Ordering questions cannot be imported from GIFT; use Moodle XML."
NUMERIC_CATCH_ALL = "In a numeric question '~' can only give feedback for any other answer: write '~#feedback'."
CATCH_ALL_WITH_MARK = "A '*' answer that gives marks for any answer is not supported; give it %0%."
NOT_A_MATCH_PAIR = "Each matching answer must look like '=prompt -> answer'; got {text!r}."

ORDERING_LABEL = "Ordering"
TRUE_WORDS = frozenset({"T", "TRUE"})
FALSE_WORDS = frozenset({"F", "FALSE"})


@dataclass
class Item:
    """What is known about one question so far, for the preview of a skipped item; ``entries`` hold offsets."""

    name: str = ""
    text: str = ""
    type_label: str = UNKNOWN_TYPE_LABEL
    entries: dict[str, list[int]] = field(default_factory=dict)


def _kind(stripped: str) -> str:
    if not stripped:
        return ESSAY
    if stripped.startswith(">"):
        return ORDERING_LABEL
    if stripped.startswith("#"):
        return NUMERIC
    if "~" in stripped:
        return SINGLE_CHOICE if "=" in stripped else MULTIPLE_RESPONSE
    if "=" in stripped and "->" in stripped:
        return MATCHING
    if stripped.split("#", 1)[0].strip() in TRUE_WORDS | FALSE_WORDS:
        return TRUE_FALSE
    return SHORT_TEXT


def read_answers(answers: str, offset: int, text_format: str, errors: list[GiftError], item: Item) -> dict:
    stripped = answers.strip()
    offset += len(answers) - len(answers.lstrip())
    kind = _kind(stripped)
    item.type_label = QUESTION_TYPE_LABELS.get(kind, kind)
    if kind == ORDERING_LABEL:
        raise GiftError(offset, ORDERING_NOT_SUPPORTED)
    if kind == ESSAY:
        return {"type": ESSAY, "word_limit": 0, "response_template": "", "marking_guidance": ""}
    if kind == NUMERIC:
        return _read_numeric(stripped[1:], offset + 1, text_format, errors, item)
    if kind in (SINGLE_CHOICE, MULTIPLE_RESPONSE):
        return _read_choices(stripped, offset, text_format, errors, item)
    if kind == MATCHING:
        return _read_matching(stripped, offset, text_format, errors, item)
    if kind == TRUE_FALSE:
        return _read_true_false(stripped, text_format)
    return _read_short_text(stripped, offset, text_format, errors, item)


def _read_choices(answers: str, offset: int, text_format: str, errors: list[GiftError], item: Item) -> dict:
    choices = []
    for index, piece in enumerate(pieces(answers, offset, "=~", errors)):
        weight, body = read_weight(piece, default=1.0 if piece.marker == "=" else 0.0, errors=errors)
        answer, feedback = split_feedback(body)
        item.entries.setdefault("Choice", []).append(piece.offset)
        choices.append(
            {
                "id": choice_id(index),
                "text": html(answer, text_format),
                "fraction": weight,
                "feedback": html(feedback, text_format),
            }
        )
    if "=" in answers:
        return {"type": SINGLE_CHOICE, "choices": choices, "shuffle": True}
    return {"type": MULTIPLE_RESPONSE, "choices": choices, "scoring": PARTIAL, "shuffle": True}


def _read_true_false(answers: str, text_format: str) -> dict:
    word, wrong_feedback, right_feedback = [*answers.split("#", 2), "", ""][:3]
    correct = word.strip() in TRUE_WORDS
    right, wrong = html(right_feedback, text_format), html(wrong_feedback, text_format)
    return {
        "type": TRUE_FALSE,
        "correct": correct,
        "feedback_true": right if correct else wrong,
        "feedback_false": wrong if correct else right,
    }


def _read_short_text(answers: str, offset: int, text_format: str, errors: list[GiftError], item: Item) -> dict:
    entries = []
    for piece in pieces(answers, offset, "=", errors, bare_first=True):
        weight, body = read_weight(piece, default=1.0, errors=errors)
        answer, feedback = split_feedback(body)
        item.entries.setdefault("Answer", []).append(piece.offset)
        entries.append(
            {"text": plain_text(restore(answer)), "fraction": weight, "feedback": html(feedback, text_format)}
        )
    return {"type": SHORT_TEXT, "answers": entries, "case_sensitive": False, "normalise_whitespace": True}


def _read_numeric(answers: str, offset: int, text_format: str, errors: list[GiftError], item: Item) -> dict:
    other_feedback = ""
    tilde = answers.find("~")
    if tilde != -1:
        # Moodle reads '~#feedback' in a numeric question as the feedback for any other answer.
        wrong = answers[tilde + 1 :].strip()
        if wrong.startswith("#"):
            other_feedback = html(wrong[1:], text_format)
        else:
            errors.append(GiftError(offset + tilde, NUMERIC_CATCH_ALL))
        answers = answers[:tilde]
    entries = []
    for piece in pieces(answers, offset, "=", errors, bare_first=True):
        weight, body = read_weight(piece, default=1.0, errors=errors)
        answer, feedback = split_feedback(body)
        if restore(answer).strip() == "*":
            if weight:
                errors.append(GiftError(piece.offset, CATCH_ALL_WITH_MARK))
            other_feedback = html(feedback, text_format) or other_feedback
            continue
        try:
            value, tolerance = numeric_value(restore(answer).strip())
        except ValueError as error:
            errors.append(GiftError(piece.offset, str(error)))
            continue
        item.entries.setdefault("Answer", []).append(piece.offset)
        entries.append(
            {"value": value, "tolerance": tolerance, "fraction": weight, "feedback": html(feedback, text_format)}
        )
    return {"type": NUMERIC, "answers": entries, "other_feedback": other_feedback}


def _read_matching(answers: str, offset: int, text_format: str, errors: list[GiftError], item: Item) -> dict:
    pairs, distractors = [], []
    for piece in pieces(answers, offset, "=", errors):
        arrow = piece.text.find("->")
        if arrow == -1:
            errors.append(GiftError(piece.offset, NOT_A_MATCH_PAIR.format(text=restore(piece.text).strip())))
            continue
        prompt = html(piece.text[:arrow], text_format)
        answer = plain_text(restore(piece.text[arrow + 2 :]))
        if prompt:
            item.entries.setdefault("Pair", []).append(piece.offset)
            pairs.append({"id": pair_id(len(pairs)), "prompt": prompt, "answer": answer})
        else:
            item.entries.setdefault("Distractor", []).append(piece.offset)
            distractors.append(answer)
    return {"type": MATCHING, "pairs": pairs, "distractors": distractors, "shuffle": True}
