"""Lesson bodies written in Markdown, turned into the lesson StreamField's blocks.

Plain Markdown (paragraphs, **bold**, *italic*, [links](https://…), bulleted and numbered lists) becomes rich-text
paragraph blocks; ``##`` and ``###`` become headings; the GOV.UK blocks are fenced with ``:::``::

    :::inset                      rich text
    :::warning                    plain text
    :::details Summary            rich text, opened by the summary
    :::key-facts Heading          a bulleted list of "Key: value" lines (the heading is optional)
    :::case-study Title           rich text; a last paragraph "Source: …" becomes the source
    :::quote Citation             the quotation, plain text
    :::table Caption              one Markdown table; every row has as many cells as the header

Raw HTML is not accepted (it is shown as text), and every piece of HTML made here is sanitised with bleach by the
caller, as for any content that does not come through Wagtail's editor. Problems are collected with their line numbers
instead of stopping at the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin

CONTAINERS = ("inset", "warning", "details", "key-facts", "case-study", "quote", "table")

HEADING_LEVEL = "Use ## for a section heading and ### for a sub-heading, not {marks}"
NEEDS_TITLE = "':::{name}' needs {what} after it on the same line"
KEY_FACTS_SHAPE = "Each line of ':::key-facts' must be a bullet '- Key: value'"
TABLE_SHAPE = "':::table' must hold one Markdown table and nothing else"
TABLE_ROW_CELLS = "Row {row} of the table has {count} cells; the header has {expected}"
UNSUPPORTED = "{what} is not supported in lesson files; {instead}"
EMPTY_BLOCK = "':::{name}' is empty"

_UNSUPPORTED = {
    "blockquote_open": ("A '>' quotation", "use ':::quote Citation'"),
    "code_block": ("Indented code", "write it as a paragraph"),
    "fence": ("A fenced code block", "write it as a paragraph"),
    "hr": ("A horizontal rule ('---')", "use a heading instead"),
    "table_open": ("A table outside ':::table Caption'", "put it inside ':::table Caption'"),
    "html_block": ("Raw HTML", "use Markdown"),
}
_TABLE_CELL = re.compile(r"(?<!\\)\|")


@dataclass
class BodyProblem:
    line: int  # 1-based, within the body
    message: str


@dataclass
class ParsedBody:
    blocks: list[dict] = field(default_factory=list)  # [{"type": ..., "value": ...}], HTML not yet sanitised
    problems: list[BodyProblem] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the 1-based line where each block starts

    def add(self, block: dict, line: int) -> None:
        self.blocks.append(block)
        self.lines.append(line)


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    for name in CONTAINERS:
        md.use(container_plugin, name=name)
    return md


_MD = _markdown()


def parse_body(text: str) -> ParsedBody:
    """The blocks of a lesson body written in Markdown, and every problem found with its line."""
    result = ParsedBody()
    tokens = _MD.parse(text)
    lines = text.splitlines()
    rich: list[Token] = []

    def flush_rich():
        if rich:
            first = next((token.map[0] + 1 for token in rich if token.map), 0)
            result.add({"type": "paragraph", "value": _render(rich)}, first)
            rich.clear()

    index = 0
    while index < len(tokens):
        token = tokens[index]
        line = (token.map[0] + 1) if token.map else 0
        if token.type.startswith("container_") and token.type.endswith("_open"):
            end = _matching_close(tokens, index)
            flush_rich()
            name, _, argument = token.info.strip().partition(" ")
            block = _container(name, argument.strip(), tokens[index + 1 : end], line, lines, result.problems)
            if block is not None:
                result.add(block, line)
            index = end + 1
            continue
        if token.type == "heading_open":
            end = _matching_close(tokens, index)
            flush_rich()
            if token.tag in ("h2", "h3"):
                result.add({"type": "heading", "value": {"text": _plain(tokens[index + 1]), "level": token.tag}}, line)
            else:
                result.problems.append(BodyProblem(line, HEADING_LEVEL.format(marks="#" * int(token.tag[1]))))
            index = end + 1
            continue
        if token.type in _UNSUPPORTED and token.level == 0:
            what, instead = _UNSUPPORTED[token.type]
            result.problems.append(BodyProblem(line, UNSUPPORTED.format(what=what, instead=instead)))
            index = _matching_close(tokens, index) + 1 if token.nesting == 1 else index + 1
            continue
        if token.type == "inline" and any(child.type == "image" for child in token.children or []):
            result.problems.append(
                BodyProblem(line, UNSUPPORTED.format(what="An image", instead="add images in the editor"))
            )
        rich.append(token)
        index += 1
    flush_rich()
    return result


def _matching_close(tokens: list[Token], start: int) -> int:
    if tokens[start].nesting != 1:
        return start
    depth = 0
    for position in range(start, len(tokens)):
        depth += tokens[position].nesting
        if depth == 0:
            return position
    return len(tokens) - 1


def _render(tokens: list[Token]) -> str:
    return _MD.renderer.render(tokens, _MD.options, {}).strip()


def _plain(inline: Token) -> str:
    """The text of an inline token, without markup."""
    return "".join(child.content for child in inline.children or [] if child.type in ("text", "code_inline")).strip()


def _text(tokens: list[Token]) -> str:
    paragraphs = [_plain(token) for token in tokens if token.type == "inline"]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _container(name, argument, inner, line, lines, problems) -> dict | None:
    if not any(token.type == "inline" for token in inner):
        problems.append(BodyProblem(line, EMPTY_BLOCK.format(name=name)))
        return None
    if name == "inset":
        return {"type": "inset", "value": _render(inner)}
    if name == "warning":
        return {"type": "warning", "value": _text(inner)}
    if name == "quote":
        if not argument:
            problems.append(BodyProblem(line, NEEDS_TITLE.format(name=name, what="the citation")))
            return None
        return {"type": "quote", "value": {"quote": _text(inner), "citation": argument}}
    if name == "details":
        if not argument:
            problems.append(BodyProblem(line, NEEDS_TITLE.format(name=name, what="the summary people select")))
            return None
        return {"type": "details", "value": {"summary": argument, "body": _render(inner)}}
    if name == "case-study":
        if not argument:
            problems.append(BodyProblem(line, NEEDS_TITLE.format(name=name, what="the case study's title")))
            return None
        return {"type": "case_study", "value": _case_study(argument, inner)}
    if name == "key-facts":
        return _key_facts(argument, inner, line, problems)
    return _table(argument, inner, line, lines, problems)


def _case_study(title: str, inner: list[Token]) -> dict:
    source = ""
    body = list(inner)
    # A last paragraph "Source: …" is the case study's source, not part of its body.
    if len(body) >= 3 and body[-1].type == "paragraph_close" and body[-2].type == "inline":
        text = _plain(body[-2])
        if text.lower().startswith("source:"):
            source = text[len("source:") :].strip()
            body = body[:-3]
    return {"title": title, "body": _render(body), "source": source}


def _key_facts(heading: str, inner: list[Token], line: int, problems: list[BodyProblem]) -> dict | None:
    if inner[0].type != "bullet_list_open" or _matching_close(inner, 0) != len(inner) - 1:
        problems.append(BodyProblem(line, KEY_FACTS_SHAPE))
        return None
    facts = []
    for token in inner:
        if token.type != "inline":
            continue
        key, separator, value = _plain(token).partition(":")
        if not separator or not key.strip() or not value.strip():
            problems.append(BodyProblem((token.map[0] + 1) if token.map else line, KEY_FACTS_SHAPE))
            return None
        facts.append({"key": key.strip(), "value": value.strip()})
    return {"type": "key_facts", "value": {"heading": heading, "facts": facts}}


def _table(caption, inner, line, lines, problems) -> dict | None:
    if not caption:
        problems.append(BodyProblem(line, NEEDS_TITLE.format(name="table", what="the table's caption")))
        return None
    if inner[0].type != "table_open" or _matching_close(inner, 0) != len(inner) - 1:
        problems.append(BodyProblem(line, TABLE_SHAPE))
        return None
    start, end = inner[0].map
    raw_rows = [row for row in lines[start:end] if row.strip()]
    expected = _cell_count(raw_rows[0])
    ok = True
    for offset, raw in enumerate(raw_rows[2:], start=1):
        count = _cell_count(raw)
        if count != expected:
            problems.append(
                BodyProblem(start + 3 + offset - 1, TABLE_ROW_CELLS.format(row=offset, count=count, expected=expected))
            )
            ok = False
    if not ok:
        return None
    rows: list[list[str]] = []
    for token in inner:
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline":
            rows[-1].append(_plain(token))
    return {"type": "table", "value": {"caption": caption, "header": rows[0], "rows": rows[1:]}}


def _cell_count(row: str) -> int:
    cells = _TABLE_CELL.split(row.strip())
    if cells and cells[0] == "":
        cells = cells[1:]
    if cells and cells[-1] == "":
        cells = cells[:-1]
    return len(cells)
