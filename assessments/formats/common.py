"""What the GIFT and Moodle XML importers share: the result types, text cleaning and default ids and names."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from academy.sanitise import sanitise_html, sanitise_text
from assessments.questions import validate_spec

HTML_FORMATS = frozenset({"html", "moodle"})
PLAIN_FORMATS = frozenset({"plain", "markdown"})
DEFAULT_NAME_LENGTH = 80
UNTITLED = "Untitled question"

INVALID_QUESTION = "{name}: {problem}"

_CONTEXT_PREFIX = re.compile(r"^\$[a-z0-9_]*\$/", re.IGNORECASE)


@dataclass
class ParsedQuestion:
    """One imported question: its spec is sanitised and valid."""

    name: str
    spec: dict
    category: str | None
    line: int
    tags: list[str] = field(default_factory=list)


@dataclass
class ImportProblem:
    """Something wrong in an import file, with the 1-based line where it was found."""

    line: int
    message: str


@dataclass
class ImportResult:
    """Everything read from one file. Callers must write nothing unless ``ok``."""

    questions: list[ParsedQuestion] = field(default_factory=list)
    errors: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def add_error(self, *, line: int, message: str) -> None:
        self.errors.append(ImportProblem(line=line, message=message))

    def add_question(self, *, name: str, spec: dict, category: str | None, line: int, tags: list[str]) -> None:
        """Keep the question if its spec is valid; otherwise record each problem at ``line``."""
        problems = validate_spec(spec)
        for problem in problems:
            self.add_error(line=line, message=INVALID_QUESTION.format(name=name, problem=problem))
        if not problems:
            self.questions.append(ParsedQuestion(name=name, spec=spec, category=category, line=line, tags=tags))


def to_html(raw: str, *, text_format: str) -> str:
    """Sanitised HTML from text in a Moodle text format: HTML formats are cleaned, plain ones escaped.

    Markdown is not rendered: it is treated as plain text.
    """
    raw = raw.strip()
    if text_format in PLAIN_FORMATS:
        return html.escape(raw, quote=False)
    return sanitise_html(raw)


def plain_text(raw: str) -> str:
    """Plain text with every tag removed and entities decoded; render it escaped.

    Repeated until stable so that escaped markup (``&lt;script&gt;``) cannot come back as a tag.
    """
    text = raw
    for _ in range(5):
        cleaned = html.unescape(sanitise_text(text))
        if cleaned == text:
            break
        text = cleaned
    return text.strip()


def default_name(text_html: str) -> str:
    """A question name made from the start of its text, as Moodle does when a question has no title."""
    words = " ".join(plain_text(text_html).split())
    if len(words) > DEFAULT_NAME_LENGTH:
        words = words[: DEFAULT_NAME_LENGTH - 1].rsplit(" ", 1)[0] + "…"
    return words or UNTITLED


def category_path(raw: str) -> str | None:
    """``top/Default/Mutuals`` from ``$course$/top/Default/Mutuals``; None when empty."""
    path = _CONTEXT_PREFIX.sub("", plain_text(raw)).strip().strip("/").strip()
    return path or None


def choice_id(index: int) -> str:
    """Ids for imported choices: a, b, …, z, aa, ab, …"""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("a") + remainder) + letters
    return letters


def pair_id(index: int) -> str:
    """Ids for imported matching pairs: p1, p2, …"""
    return f"p{index + 1}"


def item_id(index: int) -> str:
    """Ids for imported ordering items: i1, i2, …"""
    return f"i{index + 1}"
