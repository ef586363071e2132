"""GIFT's small syntax: escapes, ``[format]`` markers, answers split at their markers, weights, feedback and
numbers. Offsets are kept so that every problem can be reported on its own line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assessments.formats.common import to_html

BAD_WEIGHT = "Invalid answer weight {weight!r}: use a percentage such as %50% or %-25%."
TEXT_BEFORE_ANSWERS = "Unexpected text {text!r} before the first answer; answers start with '=' or '~'."
NOT_A_NUMBER = "{value!r} is not a number."
BAD_RANGE = "In the range {value!r} the minimum is larger than the maximum."

# Escaped characters are swapped for private-use placeholders while parsing, then restored.
_ESCAPES = {
    "\\:": "\ue001",
    "\\#": "\ue002",
    "\\=": "\ue003",
    "\\{": "\ue004",
    "\\}": "\ue005",
    "\\~": "\ue006",
    "\\n": "\ue007",
}
_RESTORED = {
    "\ue001": ":",
    "\ue002": "#",
    "\ue003": "=",
    "\ue004": "{",
    "\ue005": "}",
    "\ue006": "~",
    "\ue007": "\n",
    "\ue000": "\\",
}
_FORMAT_MARKER = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d*)?)%")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


class GiftError(Exception):
    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.message = message


@dataclass
class Piece:
    """One answer inside the braces: its marker (``=``, ``~`` or ``""``), its text and where it starts."""

    marker: str
    text: str
    offset: int


def pieces(
    answers: str, offset: int, markers: str, errors: list[GiftError], *, bare_first: bool = False
) -> list[Piece]:
    """Split answers at each marker character; text before the first marker is only allowed when ``bare_first``."""
    pieces: list[Piece] = []
    starts = [match.start() for match in re.finditer(f"[{re.escape(markers)}]", answers)]
    lead = answers[: starts[0] if starts else len(answers)]
    if lead.strip():
        if bare_first:
            pieces.append(Piece(marker="", text=lead, offset=offset))
        else:
            errors.append(GiftError(offset, TEXT_BEFORE_ANSWERS.format(text=restore(lead).strip())))
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(answers)
        pieces.append(Piece(marker=answers[start], text=answers[start + 1 : end], offset=offset + start))
    return pieces


def read_weight(piece: Piece, *, default: float, errors: list[GiftError]) -> tuple[float, str]:
    body = piece.text.lstrip()
    if not body.startswith("%"):
        return default, body
    match = _WEIGHT.match(body)
    if match is None:
        errors.append(GiftError(piece.offset, BAD_WEIGHT.format(weight=body.split()[0] if body.split() else body)))
        return default, body
    return round(float(match.group(1)) / 100, 7), body[match.end() :]


def numeric_value(answer: str) -> tuple[float, float]:
    if ".." in answer:
        low_text, high_text = (part.strip() for part in answer.split("..", 1))
        low, high = _number(low_text), _number(high_text)
        if low > high:
            raise ValueError(BAD_RANGE.format(value=answer))
        return (low + high) / 2, (high - low) / 2
    if ":" in answer:
        value_text, tolerance_text = (part.strip() for part in answer.split(":", 1))
        return _number(value_text), abs(_number(tolerance_text))
    return _number(answer), 0.0


def _number(text: str) -> float:
    if not _NUMBER.fullmatch(text):
        raise ValueError(NOT_A_NUMBER.format(value=text))
    return float(text)


def split_feedback(body: str) -> tuple[str, str]:
    answer, _, feedback = body.partition("#")
    return answer, feedback


def split_format(text: str, *, default: str) -> tuple[str, str]:
    match = _FORMAT_MARKER.match(text)
    if match is None:
        return default, text
    return match.group(1), text[match.end() :]


def html(raw: str, text_format: str) -> str:
    # A piece may carry its own [format] marker; otherwise it follows the question text's format.
    piece_format, raw = split_format(raw, default=text_format)
    return to_html(restore(raw), text_format=piece_format)


def protect(text: str) -> str:
    text = text.replace("\\\\", "\ue000")
    for escaped, placeholder in _ESCAPES.items():
        text = text.replace(escaped, placeholder)
    return text


def restore(text: str) -> str:
    for placeholder, character in _RESTORED.items():
        text = text.replace(placeholder, character)
    return text
