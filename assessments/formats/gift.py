"""Import of GIFT, Moodle's plain-text question format, following Moodle's own reader.

Questions are separated by blank lines; lines starting with ``//`` are comments (``[tag:name]`` in them tags the
question). A question is ``::title::[format]text {answers}``; text after the closing brace makes a missing-word
question (``_____`` marks the gap). Supported: multiple choice (``=`` right, ``~`` wrong, ``~%50%`` weights; no
``=`` means multiple response with partial credit), true/false, short answer, numeric (``#v:tolerance``,
``#min..max``, several ``=`` answers), matching (``=prompt -> answer``, ``= -> distractor``), ``#feedback``,
``####general feedback``, ``$CATEGORY:``, essays (``{}``), numeric "any other answer" feedback (``~#feedback`` or
``=%0%*#feedback``) and the escapes ``\\~ \\= \\# \\{ \\} \\: \\\\ \\n``.

An item that cannot be imported (a description, an ordering question, a bad weight or number) is skipped with its
reasons and lines. Only braces that do not pair up (so the file cannot be split into questions reliably) and an
empty ``$CATEGORY:`` refuse the whole file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assessments.formats.common import (
    QUESTION_TYPE_LABELS,
    UNKNOWN_TYPE_LABEL,
    ImportProblem,
    ImportResult,
    category_path,
    choice_id,
    default_name,
    pair_id,
    plain_text,
    to_html,
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

DESCRIPTION_NOT_SUPPORTED = "Descriptions (text without an answer block) are not imported."
ORDERING_NOT_SUPPORTED = "Ordering questions cannot be imported from GIFT; use Moodle XML."
MISSING_CLOSING_BRACE = "The answer block has no closing '}'."
UNEXPECTED_CLOSING_BRACE = "Found '}' without an opening '{'; escape a literal brace as \\}."
SECOND_ANSWER_BLOCK = "Only one answer block is allowed per question; escape literal braces as \\{ and \\}."
UNCLOSED_TITLE = "The question title has no closing '::'."
EMPTY_CATEGORY = "$CATEGORY: needs a category path."
BAD_WEIGHT = "Invalid answer weight {weight!r}: use a percentage such as %50% or %-25%."
TEXT_BEFORE_ANSWERS = "Unexpected text {text!r} before the first answer; answers start with '=' or '~'."
NOT_A_NUMBER = "{value!r} is not a number."
BAD_RANGE = "In the range {value!r} the minimum is larger than the maximum."
NUMERIC_CATCH_ALL = "In a numeric question '~' can only give feedback for any other answer: write '~#feedback'."
CATCH_ALL_WITH_MARK = "A '*' answer that gives marks for any answer is not supported; give it %0%."
NOT_A_MATCH_PAIR = "Each matching answer must look like '=prompt -> answer'; got {text!r}."

# Without these the file cannot be split into questions reliably, so it is refused as a whole.
FILE_LEVEL_PROBLEMS = frozenset({MISSING_CLOSING_BRACE, UNEXPECTED_CLOSING_BRACE, EMPTY_CATEGORY})

DESCRIPTION_LABEL = "Description"
ORDERING_LABEL = "Ordering"

TRUE_WORDS = frozenset({"T", "TRUE"})
FALSE_WORDS = frozenset({"F", "FALSE"})
GAP = "_____"

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
_TAG = re.compile(r"\[tag:((?:\\\]|[^\]])+)\]")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


class _GiftError(Exception):
    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.message = message


@dataclass
class _Block:
    """One question's lines: comments blanked out so offsets still map to file lines."""

    first_line: int
    text: str
    tags: list[str] = field(default_factory=list)

    def line_at(self, offset: int) -> int:
        return self.first_line + self.text.count("\n", 0, offset)


@dataclass
class _Item:
    """What is known about one question so far, for the preview of a skipped item; ``entries`` hold offsets."""

    name: str = ""
    text: str = ""
    type_label: str = UNKNOWN_TYPE_LABEL
    entries: dict[str, list[int]] = field(default_factory=dict)


@dataclass
class _Piece:
    """One answer inside the braces: its marker (``=``, ``~`` or ``""``), its text and where it starts."""

    marker: str
    text: str
    offset: int


def parse_gift(text: str) -> ImportResult:
    """Read every item of a GIFT file: each becomes a question or a skipped item, with its line."""
    result = ImportResult()
    category: str | None = None
    for block in _blocks(text.lstrip("\ufeff")):
        block, new_category = _take_category(block, result)
        if new_category is not None:
            category = new_category
        if block is not None:
            _read_item(block, category, result)
    return result


def _read_item(block: _Block, category: str | None, result: ImportResult) -> None:
    errors: list[_GiftError] = []
    item = _Item()
    spec: dict = {}
    try:
        spec = _read_question(block.text, errors, item)
    except _GiftError as error:
        if error.message in FILE_LEVEL_PROBLEMS:
            result.add_error(line=block.line_at(error.offset), message=error.message)
            return
        errors.append(error)
    start = len(block.text) - len(block.text.lstrip())
    line = block.line_at(start)
    name = item.name or default_name(_restore(block.text))
    if errors:
        reasons = [ImportProblem(line=block.line_at(error.offset), message=error.message) for error in errors]
        result.skip(line=line, name=name, type_label=item.type_label, text=item.text, reasons=reasons)
        return
    entry_lines = {key: [block.line_at(offset) for offset in offsets] for key, offsets in item.entries.items()}
    result.add_question(name=name, spec=spec, category=category, line=line, tags=block.tags, entry_lines=entry_lines)


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    lines: list[str] = []
    tags: list[str] = []
    first_line = 0
    for number, raw in enumerate([*text.splitlines(), ""], start=1):
        line = _protect(raw.strip())
        if not line:
            if any(lines):
                blocks.append(_Block(first_line=first_line, text="\n".join(lines), tags=tags))
            lines, tags = [], []
            continue
        if not lines:
            first_line = number
        if line.startswith("//"):
            tags.extend(plain_text(tag.replace("\\]", "]")) for tag in _TAG.findall(_restore(line)))
            line = ""
        lines.append(line)
    return blocks


def _take_category(block: _Block, result: ImportResult) -> tuple[_Block | None, str | None]:
    start = len(block.text) - len(block.text.lstrip())
    if not block.text.startswith("$CATEGORY:", start):
        return block, None
    end = block.text.find("\n", start)
    end = len(block.text) if end == -1 else end
    path = category_path(_restore(block.text[start + len("$CATEGORY:") : end]))
    if path is None:
        result.add_error(line=block.line_at(start), message=EMPTY_CATEGORY)
    rest = block.text[:start] + " " * (end - start) + block.text[end:]
    remaining = _Block(first_line=block.first_line, text=rest, tags=block.tags) if rest.strip() else None
    return remaining, path


def _read_question(text: str, errors: list[_GiftError], item: _Item) -> dict:
    start = len(text) - len(text.lstrip())
    if text.startswith("::", start):
        end = text.find("::", start + 2)
        if end == -1:
            item.text = _html(text[start:], "moodle")
            raise _GiftError(start, UNCLOSED_TITLE)
        item.name = plain_text(_restore(text[start + 2 : end]))
        start = end + 2
    try:
        opening, closing = _answer_block(text, start)
    except _GiftError as error:
        if error.message == DESCRIPTION_NOT_SUPPORTED:
            item.type_label = DESCRIPTION_LABEL
        item.text = _html(*reversed(_split_format(text[start:], default="moodle")))
        raise
    after = text[closing + 1 :]
    question_text = text[start:opening] + (GAP + after if after.strip() else "")
    answers = text[opening + 1 : closing]
    general_feedback = ""
    if "####" in answers:
        split = answers.rfind("####")
        answers, general_feedback = answers[:split], answers[split + 4 :]
    text_format, question_text = _split_format(question_text, default="moodle")
    item.text = _html(question_text, text_format)
    item.name = item.name or default_name(item.text)
    details = _read_answers(answers, opening + 1, text_format, errors, item)
    return {
        "type": details.pop("type"),
        "text": item.text,
        "general_feedback": _html(general_feedback, text_format),
        "default_mark": 1.0,
        **details,
    }


def _answer_block(text: str, start: int) -> tuple[int, int]:
    opening = text.find("{", start)
    closing = text.find("}", start)
    if opening == -1 and closing == -1:
        raise _GiftError(start, DESCRIPTION_NOT_SUPPORTED)
    if closing != -1 and (opening == -1 or closing < opening):
        raise _GiftError(closing, UNEXPECTED_CLOSING_BRACE)
    closing = text.find("}", opening + 1)
    if closing == -1:
        raise _GiftError(opening, MISSING_CLOSING_BRACE)
    extra = min((found for found in (text.find("{", closing), text.find("}", closing + 1)) if found != -1), default=-1)
    if extra != -1:
        raise _GiftError(extra, SECOND_ANSWER_BLOCK)
    return opening, closing


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


def _read_answers(answers: str, offset: int, text_format: str, errors: list[_GiftError], item: _Item) -> dict:
    stripped = answers.strip()
    offset += len(answers) - len(answers.lstrip())
    kind = _kind(stripped)
    item.type_label = QUESTION_TYPE_LABELS.get(kind, kind)
    if kind == ORDERING_LABEL:
        raise _GiftError(offset, ORDERING_NOT_SUPPORTED)
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


def _read_choices(answers: str, offset: int, text_format: str, errors: list[_GiftError], item: _Item) -> dict:
    choices = []
    for index, piece in enumerate(_pieces(answers, offset, "=~", errors)):
        weight, body = _weight(piece, default=1.0 if piece.marker == "=" else 0.0, errors=errors)
        answer, feedback = _split_feedback(body)
        item.entries.setdefault("Choice", []).append(piece.offset)
        choices.append(
            {
                "id": choice_id(index),
                "text": _html(answer, text_format),
                "fraction": weight,
                "feedback": _html(feedback, text_format),
            }
        )
    if "=" in answers:
        return {"type": SINGLE_CHOICE, "choices": choices, "shuffle": True}
    return {"type": MULTIPLE_RESPONSE, "choices": choices, "scoring": PARTIAL, "shuffle": True}


def _read_true_false(answers: str, text_format: str) -> dict:
    word, wrong_feedback, right_feedback = [*answers.split("#", 2), "", ""][:3]
    correct = word.strip() in TRUE_WORDS
    right, wrong = _html(right_feedback, text_format), _html(wrong_feedback, text_format)
    return {
        "type": TRUE_FALSE,
        "correct": correct,
        "feedback_true": right if correct else wrong,
        "feedback_false": wrong if correct else right,
    }


def _read_short_text(answers: str, offset: int, text_format: str, errors: list[_GiftError], item: _Item) -> dict:
    entries = []
    for piece in _pieces(answers, offset, "=", errors, bare_first=True):
        weight, body = _weight(piece, default=1.0, errors=errors)
        answer, feedback = _split_feedback(body)
        item.entries.setdefault("Answer", []).append(piece.offset)
        entries.append(
            {"text": plain_text(_restore(answer)), "fraction": weight, "feedback": _html(feedback, text_format)}
        )
    return {"type": SHORT_TEXT, "answers": entries, "case_sensitive": False, "normalise_whitespace": True}


def _read_numeric(answers: str, offset: int, text_format: str, errors: list[_GiftError], item: _Item) -> dict:
    other_feedback = ""
    tilde = answers.find("~")
    if tilde != -1:
        # Moodle reads '~#feedback' in a numeric question as the feedback for any other answer.
        wrong = answers[tilde + 1 :].strip()
        if wrong.startswith("#"):
            other_feedback = _html(wrong[1:], text_format)
        else:
            errors.append(_GiftError(offset + tilde, NUMERIC_CATCH_ALL))
        answers = answers[:tilde]
    entries = []
    for piece in _pieces(answers, offset, "=", errors, bare_first=True):
        weight, body = _weight(piece, default=1.0, errors=errors)
        answer, feedback = _split_feedback(body)
        if _restore(answer).strip() == "*":
            if weight:
                errors.append(_GiftError(piece.offset, CATCH_ALL_WITH_MARK))
            other_feedback = _html(feedback, text_format) or other_feedback
            continue
        try:
            value, tolerance = _numeric_value(_restore(answer).strip())
        except ValueError as error:
            errors.append(_GiftError(piece.offset, str(error)))
            continue
        item.entries.setdefault("Answer", []).append(piece.offset)
        entries.append(
            {"value": value, "tolerance": tolerance, "fraction": weight, "feedback": _html(feedback, text_format)}
        )
    return {"type": NUMERIC, "answers": entries, "other_feedback": other_feedback}


def _read_matching(answers: str, offset: int, text_format: str, errors: list[_GiftError], item: _Item) -> dict:
    pairs, distractors = [], []
    for piece in _pieces(answers, offset, "=", errors):
        arrow = piece.text.find("->")
        if arrow == -1:
            errors.append(_GiftError(piece.offset, NOT_A_MATCH_PAIR.format(text=_restore(piece.text).strip())))
            continue
        prompt = _html(piece.text[:arrow], text_format)
        answer = plain_text(_restore(piece.text[arrow + 2 :]))
        if prompt:
            item.entries.setdefault("Pair", []).append(piece.offset)
            pairs.append({"id": pair_id(len(pairs)), "prompt": prompt, "answer": answer})
        else:
            item.entries.setdefault("Distractor", []).append(piece.offset)
            distractors.append(answer)
    return {"type": MATCHING, "pairs": pairs, "distractors": distractors, "shuffle": True}


def _pieces(
    answers: str, offset: int, markers: str, errors: list[_GiftError], *, bare_first: bool = False
) -> list[_Piece]:
    """Split answers at each marker character; text before the first marker is only allowed when ``bare_first``."""
    pieces: list[_Piece] = []
    starts = [match.start() for match in re.finditer(f"[{re.escape(markers)}]", answers)]
    lead = answers[: starts[0] if starts else len(answers)]
    if lead.strip():
        if bare_first:
            pieces.append(_Piece(marker="", text=lead, offset=offset))
        else:
            errors.append(_GiftError(offset, TEXT_BEFORE_ANSWERS.format(text=_restore(lead).strip())))
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(answers)
        pieces.append(_Piece(marker=answers[start], text=answers[start + 1 : end], offset=offset + start))
    return pieces


def _weight(piece: _Piece, *, default: float, errors: list[_GiftError]) -> tuple[float, str]:
    body = piece.text.lstrip()
    if not body.startswith("%"):
        return default, body
    match = _WEIGHT.match(body)
    if match is None:
        errors.append(_GiftError(piece.offset, BAD_WEIGHT.format(weight=body.split()[0] if body.split() else body)))
        return default, body
    return round(float(match.group(1)) / 100, 7), body[match.end() :]


def _numeric_value(answer: str) -> tuple[float, float]:
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


def _split_feedback(body: str) -> tuple[str, str]:
    answer, _, feedback = body.partition("#")
    return answer, feedback


def _split_format(text: str, *, default: str) -> tuple[str, str]:
    match = _FORMAT_MARKER.match(text)
    if match is None:
        return default, text
    return match.group(1), text[match.end() :]


def _html(raw: str, text_format: str) -> str:
    # A piece may carry its own [format] marker; otherwise it follows the question text's format.
    piece_format, raw = _split_format(raw, default=text_format)
    return to_html(_restore(raw), text_format=piece_format)


def _protect(text: str) -> str:
    text = text.replace("\\\\", "\ue000")
    for escaped, placeholder in _ESCAPES.items():
        text = text.replace(escaped, placeholder)
    return text


def _restore(text: str) -> str:
    for placeholder, character in _RESTORED.items():
        text = text.replace(placeholder, character)
    return text
