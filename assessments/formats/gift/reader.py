"""Reading a GIFT file: splitting it into items at blank lines, categories, titles and the answer block."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assessments.formats.common import (
    ImportProblem,
    ImportResult,
    category_path,
    default_name,
    plain_text,
)
from assessments.formats.gift.answers import Item, read_answers
from assessments.formats.gift.syntax import GiftError, html, protect, restore, split_format

DESCRIPTION_NOT_SUPPORTED = "Descriptions (text without an answer block) are not imported."
MISSING_CLOSING_BRACE = "The answer block has no closing '}'."
UNEXPECTED_CLOSING_BRACE = "Found '}' without an opening '{'; escape a literal brace as \\}."
SECOND_ANSWER_BLOCK = "Only one answer block is allowed per question; escape literal braces as \\{ and \\}."
UNCLOSED_TITLE = "The question title has no closing '::'."
EMPTY_CATEGORY = "$CATEGORY: needs a category path."

# Without these the file cannot be split into questions reliably, so it is refused as a whole.
FILE_LEVEL_PROBLEMS = frozenset({MISSING_CLOSING_BRACE, UNEXPECTED_CLOSING_BRACE, EMPTY_CATEGORY})

DESCRIPTION_LABEL = "Description"
GAP = "_____"
_TAG = re.compile(r"\[tag:((?:\\\]|[^\]])+)\]")


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
    errors: list[GiftError] = []
    item = Item()
    spec: dict = {}
    try:
        spec = _read_question(block.text, errors, item)
    except GiftError as error:
        if error.message in FILE_LEVEL_PROBLEMS:
            result.add_error(line=block.line_at(error.offset), message=error.message)
            return
        errors.append(error)
    start = len(block.text) - len(block.text.lstrip())
    line = block.line_at(start)
    name = item.name or default_name(restore(block.text))
    if errors:
        reasons = [ImportProblem(line=block.line_at(error.offset), message=error.message) for error in errors]
        result.skip(line=line, name=name, type_label=item.type_label, text=item.text, reasons=reasons)
        return
    entry_lines = {key: [block.line_at(offset) for offset in offsets] for key, offsets in item.entries.items()}
    result.add_question(name=name, spec=spec, category=category, line=line, tags=block.tags, entry_lines=entry_lines)


@dataclass
class _Block:
    """One question's lines: comments blanked out so offsets still map to file lines."""

    first_line: int
    text: str
    tags: list[str] = field(default_factory=list)

    def line_at(self, offset: int) -> int:
        return self.first_line + self.text.count("\n", 0, offset)


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    lines: list[str] = []
    tags: list[str] = []
    first_line = 0
    for number, raw in enumerate([*text.splitlines(), ""], start=1):
        line = protect(raw.strip())
        if not line:
            if any(lines):
                blocks.append(_Block(first_line=first_line, text="\n".join(lines), tags=tags))
            lines, tags = [], []
            continue
        if not lines:
            first_line = number
        if line.startswith("//"):
            tags.extend(plain_text(tag.replace("\\]", "]")) for tag in _TAG.findall(restore(line)))
            line = ""
        lines.append(line)
    return blocks


def _take_category(block: _Block, result: ImportResult) -> tuple[_Block | None, str | None]:
    start = len(block.text) - len(block.text.lstrip())
    if not block.text.startswith("$CATEGORY:", start):
        return block, None
    end = block.text.find("\n", start)
    end = len(block.text) if end == -1 else end
    path = category_path(restore(block.text[start + len("$CATEGORY:") : end]))
    if path is None:
        result.add_error(line=block.line_at(start), message=EMPTY_CATEGORY)
    rest = block.text[:start] + " " * (end - start) + block.text[end:]
    remaining = _Block(first_line=block.first_line, text=rest, tags=block.tags) if rest.strip() else None
    return remaining, path


def _read_question(text: str, errors: list[GiftError], item: Item) -> dict:
    start = len(text) - len(text.lstrip())
    if text.startswith("::", start):
        end = text.find("::", start + 2)
        if end == -1:
            item.text = html(text[start:], "moodle")
            raise GiftError(start, UNCLOSED_TITLE)
        item.name = plain_text(restore(text[start + 2 : end]))
        start = end + 2
    try:
        opening, closing = _answer_block(text, start)
    except GiftError as error:
        if error.message == DESCRIPTION_NOT_SUPPORTED:
            item.type_label = DESCRIPTION_LABEL
        item.text = html(*reversed(split_format(text[start:], default="moodle")))
        raise
    after = text[closing + 1 :]
    question_text = text[start:opening] + (GAP + after if after.strip() else "")
    answers = text[opening + 1 : closing]
    general_feedback = ""
    if "####" in answers:
        split = answers.rfind("####")
        answers, general_feedback = answers[:split], answers[split + 4 :]
    text_format, question_text = split_format(question_text, default="moodle")
    item.text = html(question_text, text_format)
    item.name = item.name or default_name(item.text)
    details = read_answers(answers, opening + 1, text_format, errors, item)
    return {
        "type": details.pop("type"),
        "text": item.text,
        "general_feedback": html(general_feedback, text_format),
        "default_mark": 1.0,
        **details,
    }


def _answer_block(text: str, start: int) -> tuple[int, int]:
    opening = text.find("{", start)
    closing = text.find("}", start)
    if opening == -1 and closing == -1:
        raise GiftError(start, DESCRIPTION_NOT_SUPPORTED)
    if closing != -1 and (opening == -1 or closing < opening):
        raise GiftError(closing, UNEXPECTED_CLOSING_BRACE)
    closing = text.find("}", opening + 1)
    if closing == -1:
        raise GiftError(opening, MISSING_CLOSING_BRACE)
    extra = min((found for found in (text.find("{", closing), text.find("}", closing + 1)) if found != -1), default=-1)
    if extra != -1:
        raise GiftError(extra, SECOND_ANSWER_BLOCK)
    return opening, closing
