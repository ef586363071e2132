"""What the GIFT and Moodle XML importers share: the per-item result types, text cleaning, embedded files and
default ids and names.

An import reads a file into an ``ImportResult``: each item becomes either a ``ParsedQuestion`` (it will be created)
or a ``SkippedItem`` (it will not, and ``reasons`` say why, each with its line). Only a file that is malformed as a
whole gets ``errors``; then nothing at all may be written.
"""

from __future__ import annotations

import base64
import binascii
import html
import io
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from django.conf import settings
from PIL import Image

from academy.core.sanitise import sanitise_html, sanitise_text
from assessments.blocks import ANSWER_BLOCKS
from assessments.questions import validate_spec

HTML_FORMATS = frozenset({"html", "moodle"})
PLAIN_FORMATS = frozenset({"plain", "markdown"})
DEFAULT_NAME_LENGTH = 80
TEXT_START_LENGTH = 100
UNTITLED = "Untitled question"
UNKNOWN_TYPE_LABEL = "Unknown"

# Moodle's placeholder for files stored with a question: <img src="@@PLUGINFILE@@/map.png">.
PLUGINFILE = "@@PLUGINFILE@@/"
IMAGE_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "gif", "webp"})
MAX_EMBEDDED_FILE_BYTES = 1024 * 1024
MAX_IMAGE_PIXELS = 16_000_000

MISSING_FILE = "The file {name!r} is used in the question but is not included in the import file."
FILE_NOT_BASE64 = "The embedded file {name!r} is not valid base64."
FILE_TOO_LARGE = "The embedded file {name!r} is larger than 1 MB."
NOT_AN_IMAGE = "The embedded image {name!r} cannot be read as an image."
IMAGE_TOO_LARGE = "The embedded image {name!r} has more than 16 million pixels."
FILE_TYPE_NOT_ALLOWED = "The embedded file {name!r} is not an image or an allowed document type."
IMAGE_WITHOUT_ALT = "Image {name!r} has no alt text: add it in the question editor."

QUESTION_TYPE_LABELS = {name: str(block.label) for name, block in ANSWER_BLOCKS}

_CONTEXT_PREFIX = re.compile(r"^\$[a-z0-9_]*\$/", re.IGNORECASE)
_CATEGORY_SEPARATOR = re.compile(r"(?<!/)/(?!/)")
_ENTRY_PROBLEM = re.compile(r"^(Choice|Answer|Pair|Item|Distractor) (\d+)\b")
_IMAGE_TAG = re.compile(r"<img\b[^>]*>")
_LINK_TAG = re.compile(r"<a\b[^>]*>")
_ATTRIBUTE = re.compile(r'\s([a-z-]+)="([^"]*)"')
_HTML_KEYS = ("text", "general_feedback", "feedback_true", "feedback_false", "other_feedback", "marking_guidance")
_HTML_ENTRY_KEYS = {"choices": ("text", "feedback"), "answers": ("feedback",), "pairs": ("prompt",)}


@dataclass
class ImportProblem:
    """Something wrong in an import file, with the 1-based line where it was found."""

    line: int
    message: str


@dataclass
class EmbeddedFile:
    """A file that came inside the import file, decoded and checked; it is stored only when the import is confirmed."""

    name: str
    data: bytes
    is_image: bool


@dataclass
class ParsedQuestion:
    """One question that will be created: its spec is sanitised and valid. ``warnings`` are shown in the preview."""

    name: str
    spec: dict
    category: str | None
    line: int
    tags: list[str] = field(default_factory=list)
    files: dict[str, EmbeddedFile] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def type_label(self) -> str:
        return QUESTION_TYPE_LABELS.get(self.spec["type"], self.spec["type"])

    @property
    def text_start(self) -> str:
        return text_start(self.spec["text"])


@dataclass
class SkippedItem:
    """An item of the file that will not be created, and why (each reason with its own line)."""

    line: int
    name: str
    type_label: str
    text_start: str
    reasons: list[ImportProblem]


@dataclass
class ImportResult:
    """Everything read from one file. Callers must write nothing unless ``ok``, and only ``questions``."""

    questions: list[ParsedQuestion] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    errors: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def add_error(self, *, line: int, message: str) -> None:
        self.errors.append(ImportProblem(line=line, message=message))

    def skip(self, *, line: int, name: str, type_label: str, text: str, reasons: list[ImportProblem]) -> None:
        """Record an item that will not be created; ``text`` is its question text as HTML."""
        self.skipped.append(
            SkippedItem(
                line=line,
                name=name or default_name(text),
                type_label=type_label,
                text_start=text_start(text),
                reasons=reasons,
            )
        )

    def add_question(
        self,
        *,
        name: str,
        spec: dict,
        category: str | None,
        line: int,
        tags: list[str],
        entry_lines: dict[str, list[int]] | None = None,
        files: dict[str, EmbeddedFile] | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        """Keep the question if its spec is valid and every file it uses is there; skip it otherwise.

        ``entry_lines`` gives the line of each choice, answer, pair, distractor and item (keys "Choice", "Answer",
        …, in spec order), so that a problem with one of them is reported on its own line.
        """
        entry_lines = entry_lines or {}
        files = files or {}
        reasons = [
            ImportProblem(line=_problem_line(problem, line, entry_lines), message=problem)
            for problem in validate_spec(spec)
        ]
        used, missing_alt = file_references(spec)
        for gone in sorted(used - set(files)):
            reasons.append(ImportProblem(line=line, message=MISSING_FILE.format(name=gone)))
        if reasons:
            label = QUESTION_TYPE_LABELS.get(spec.get("type"), UNKNOWN_TYPE_LABEL)
            self.skip(line=line, name=name, type_label=label, text=spec.get("text", ""), reasons=reasons)
            return
        self.questions.append(
            ParsedQuestion(
                name=name,
                spec=spec,
                category=category,
                line=line,
                tags=tags,
                files={key: value for key, value in files.items() if key in used},
                warnings=[*(warnings or []), *(IMAGE_WITHOUT_ALT.format(name=image) for image in missing_alt)],
            )
        )


def _problem_line(problem: str, line: int, entry_lines: dict[str, list[int]]) -> int:
    match = _ENTRY_PROBLEM.match(problem)
    if match:
        lines = entry_lines.get(match.group(1), [])
        index = int(match.group(2)) - 1
        return lines[index] if 0 <= index < len(lines) else line
    # Problems between answers (no full mark, fractions not adding up) are reported where the answers start.
    firsts = [lines[0] for key, lines in entry_lines.items() if lines and key != "Distractor"]
    return min(firsts) if firsts else line


def html_fields(spec: dict) -> list[tuple[dict, str]]:
    """Every HTML field of a spec as ``(holder, key)``, so callers can read or replace ``holder[key]``.

    Plain-text fields (short-text answers, ordering items, matching answers, the essay's response template) are
    not listed: they never hold markup.
    """
    fields = [(spec, key) for key in _HTML_KEYS if isinstance(spec.get(key), str)]
    for list_key, keys in _HTML_ENTRY_KEYS.items():
        for entry in spec.get(list_key) or []:
            if isinstance(entry, dict):
                fields += [(entry, key) for key in keys if isinstance(entry.get(key), str)]
    return fields


def file_references(spec: dict) -> tuple[set[str], list[str]]:
    """The embedded file names the spec's HTML uses, and the images among them without alt text."""
    used: set[str] = set()
    missing_alt: list[str] = []
    for holder, key in html_fields(spec):
        text = holder[key]
        for tag in _IMAGE_TAG.findall(text):
            attributes = dict(_ATTRIBUTE.findall(tag))
            source = html.unescape(attributes.get("src", ""))
            if source.startswith(PLUGINFILE):
                name = file_name(source)
                used.add(name)
                if not html.unescape(attributes.get("alt", "")).strip() and name not in missing_alt:
                    missing_alt.append(name)
        for tag in _LINK_TAG.findall(text):
            target = html.unescape(dict(_ATTRIBUTE.findall(tag)).get("href", ""))
            if target.startswith(PLUGINFILE):
                used.add(file_name(target))
    return used, missing_alt


def file_name(reference: str) -> str:
    """``map 1.png`` from ``@@PLUGINFILE@@/map%201.png`` (Moodle URL-encodes the names it writes)."""
    return unquote(reference[len(PLUGINFILE) :].split("?", 1)[0]).lstrip("/")


def read_embedded_file(name: str, encoded: str) -> EmbeddedFile:
    """Decode and check one base64 file; raise ``ValueError`` with a clear message if it cannot be stored.

    Images must open with Pillow and stay within the pixel limit; other files must have a document extension that
    Wagtail accepts. Nothing is written here.
    """
    try:
        data = base64.b64decode("".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(FILE_NOT_BASE64.format(name=name)) from None
    if len(data) > MAX_EMBEDDED_FILE_BYTES:
        raise ValueError(FILE_TOO_LARGE.format(name=name))
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension in IMAGE_EXTENSIONS:
        _check_image(name, data)
        return EmbeddedFile(name=name, data=data, is_image=True)
    if extension in getattr(settings, "WAGTAILDOCS_EXTENSIONS", ()):
        return EmbeddedFile(name=name, data=data, is_image=False)
    raise ValueError(FILE_TYPE_NOT_ALLOWED.format(name=name))


def _check_image(name: str, data: bytes) -> None:
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            image.verify()
    except Image.DecompressionBombError:
        raise ValueError(IMAGE_TOO_LARGE.format(name=name)) from None
    except Exception:  # Pillow raises many kinds of error for broken data; all of them mean the same here.
        raise ValueError(NOT_AN_IMAGE.format(name=name)) from None
    if width * height > MAX_IMAGE_PIXELS:
        raise ValueError(IMAGE_TOO_LARGE.format(name=name))


def to_html(raw: str, *, text_format: str) -> str:
    """Sanitised HTML from text in a Moodle text format: HTML formats are cleaned, plain ones escaped.

    Markdown is not rendered: it is treated as plain text. Images of embedded files (``@@PLUGINFILE@@/…``) are
    kept until the import is confirmed, when they are stored and their addresses rewritten.
    """
    raw = raw.strip()
    if text_format in PLAIN_FORMATS:
        return html.escape(raw, quote=False)
    return sanitise_html(raw, image_sources=(PLUGINFILE,))


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


def _shorten(text_html: str, length: int) -> str:
    words = " ".join(plain_text(text_html).split())
    if len(words) > length:
        words = words[: length - 1].rsplit(" ", 1)[0] + "…"
    return words


def default_name(text_html: str) -> str:
    """A question name made from the start of its text, as Moodle does when a question has no title."""
    return _shorten(text_html, DEFAULT_NAME_LENGTH) or UNTITLED


def text_start(text_html: str) -> str:
    """The start of a question's text as plain text, for previews."""
    return _shorten(text_html, TEXT_START_LENGTH)


def category_path(raw: str) -> str | None:
    """``top/Default/Mutuals`` from ``$course$/top/Default/Mutuals``; None when empty."""
    path = _CONTEXT_PREFIX.sub("", plain_text(raw)).strip().strip("/").strip()
    return path or None


def category_names(path: str) -> list[str]:
    """The names in a category path: ``a//b/c`` is ``["a/b", "c"]`` (Moodle doubles a slash inside a name)."""
    return [part.replace("//", "/").strip() for part in _CATEGORY_SEPARATOR.split(path) if part.strip()]


def category_reference(names: list[str]) -> str:
    """The Moodle path for a list of category names, slashes in names doubled: the inverse of ``category_names``."""
    return "/".join(name.replace("/", "//") for name in names)


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
