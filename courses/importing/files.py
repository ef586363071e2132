"""Reading a course folder: Markdown files with YAML front matter, checked with pydantic before anything is written.

A course folder::

    course.md                         the course: front matter, and its introduction (Markdown) below
    01-first-module/module.md         a module: front matter, and its introduction below
    01-first-module/01-a-lesson.md    a lesson (``type: lesson``, the default): front matter, and its body below
    01-first-module/02-check.md       another kind of item (``type: quiz``), read by the app that registered it

Folders and files are taken in name order. Every problem is reported with its file and line.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from courses.importing.markdown import parse_body

FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.DOTALL)
MAX_FILE_BYTES = 1024 * 1024

NO_FRONT_MATTER = "The file must start with front matter between two '---' lines"
BAD_YAML = "The front matter is not valid YAML: {reason}"
NOT_A_MAPPING = "The front matter must be 'key: value' lines"
NOT_UTF8 = "The file must be UTF-8 text"
TOO_LARGE = "The file is larger than 1 MB"
NO_COURSE_FILE = "The folder has no course.md"
NO_MODULES = "The course has no module folders (each with a module.md)"
NO_MODULE_FILE = "The folder has no module.md"
UNKNOWN_TYPE = "Unknown item type {value!r}; expected one of: {expected}"
DUPLICATE_SLUG = "The slug {slug!r} is also used by {other}"
TEXT_ONLY = "Only paragraphs, lists and links can be used here, not {what}"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


SLUG = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=100)


class CourseMeta(Strict):
    title: str = Field(min_length=1, max_length=255)
    slug: str = SLUG
    summary: str = Field(min_length=1, max_length=300)
    audience: str = Field(min_length=1)
    estimated_hours: float | None = Field(default=None, gt=0, le=1000)  # None: worked out from the items
    learning_outcomes: list[str] = Field(default_factory=list)
    last_reviewed: datetime.date | None = None


class ModuleMeta(Strict):
    title: str = Field(min_length=1, max_length=255)
    slug: str = SLUG


class LessonMeta(Strict):
    type: str = "lesson"
    title: str = Field(min_length=1, max_length=255)
    slug: str = SLUG
    summary: str = Field(min_length=1, max_length=300)
    optional: bool = False
    last_reviewed: datetime.date | None = None
    sources: list[str] = Field(default_factory=list)

    @field_validator("sources")
    @classmethod
    def _short_sources(cls, sources: list[str]) -> list[str]:
        for source in sources:
            if len(source) > 500:
                raise ValueError("each source must be 500 characters or fewer")
        return sources


@dataclass
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class SourceFile:
    """One Markdown file: its front matter (raw), body text and where the body starts."""

    path: Path
    meta: dict
    body: str
    body_line: int  # 1-based line of the body's first line in the file
    text: str

    def line_of(self, key: str) -> int:
        """The line of ``key:`` in the front matter, for messages (1 when not found)."""
        match = re.search(rf"^{re.escape(key)}\s*:", self.text, re.MULTILINE)
        return self.text.count("\n", 0, match.start()) + 1 if match else 1


@dataclass
class Item:
    kind: str  # "lesson", or a kind registered by another app
    source: SourceFile
    meta: Any = None  # LessonMeta for lessons; the registered reader's own object otherwise
    blocks: list[dict] = field(default_factory=list)


@dataclass
class Module:
    source: SourceFile
    meta: ModuleMeta
    introduction: str
    items: list[Item] = field(default_factory=list)


@dataclass
class CourseFolder:
    path: Path
    source: SourceFile
    meta: CourseMeta
    introduction: str
    modules: list[Module] = field(default_factory=list)


def read_source(path: Path, problems: list[Problem]) -> SourceFile | None:
    if path.stat().st_size > MAX_FILE_BYTES:
        problems.append(Problem(path, 1, TOO_LARGE))
        return None
    try:
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError:
        problems.append(Problem(path, 1, NOT_UTF8))
        return None
    match = FRONT_MATTER.match(text)
    if match is None:
        problems.append(Problem(path, 1, NO_FRONT_MATTER))
        return None
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problems.append(Problem(path, line, BAD_YAML.format(reason=getattr(error, "problem", None) or error)))
        return None
    if not isinstance(meta, dict):
        problems.append(Problem(path, 2, NOT_A_MAPPING))
        return None
    body_line = text.count("\n", 0, match.end()) + 1
    return SourceFile(path=path, meta=meta, body=text[match.end() :], body_line=body_line, text=text)


def validate(model: type[BaseModel], source: SourceFile, problems: list[Problem], *, exclude=()) -> Any:
    """``model`` from the front matter, or None with each problem recorded at its key's line."""
    data = {key: value for key, value in source.meta.items() if key not in exclude}
    try:
        return model.model_validate(data)
    except ValidationError as error:
        for entry in error.errors():
            key = str(entry["loc"][0]) if entry["loc"] else ""
            where = ".".join(str(part) for part in entry["loc"])
            message = entry["msg"].removeprefix("Value error, ")
            if entry["type"] == "extra_forbidden":
                message = f"Unknown key {key!r}"
            elif entry["type"] == "missing":
                message = f"'{key}' is missing"
            else:
                message = f"'{where}': {message}"
            problems.append(Problem(source.path, source.line_of(key) if key else 1, message))
        return None


def markdown_html(source: SourceFile, problems: list[Problem]) -> str:
    """An introduction written in Markdown, as HTML (rich text only: a heading or a ':::' block is a problem)."""
    parsed = parse_body(source.body)
    for problem in parsed.problems:
        problems.append(Problem(source.path, source.body_line + problem.line - 1, problem.message))
    for block, line in zip(parsed.blocks, parsed.lines, strict=True):
        if block["type"] != "paragraph":
            what = "a heading" if block["type"] == "heading" else f"':::{block['type'].replace('_', '-')}'"
            problems.append(Problem(source.path, source.body_line + line - 1, TEXT_ONLY.format(what=what)))
    return "".join(block["value"] for block in parsed.blocks if block["type"] == "paragraph")


def body_blocks(source: SourceFile, problems: list[Problem]) -> list[dict]:
    parsed = parse_body(source.body)
    for problem in parsed.problems:
        problems.append(Problem(source.path, source.body_line + problem.line - 1, problem.message))
    return parsed.blocks


def read_course_folder(path: Path, *, item_readers: dict, problems: list[Problem]) -> CourseFolder | None:
    """Read and check a whole course folder. ``item_readers`` maps extra item kinds (``type:`` in the front matter)
    to ``reader(source, problems) -> object``. Returns None when nothing usable could be read."""
    course_file = path / "course.md"
    if not course_file.is_file():
        problems.append(Problem(path, 0, NO_COURSE_FILE))
        return None
    source = read_source(course_file, problems)
    if source is None:
        return None
    meta = validate(CourseMeta, source, problems)
    folder = CourseFolder(path=path, source=source, meta=meta, introduction=markdown_html(source, problems), modules=[])
    module_dirs = sorted(child for child in path.iterdir() if child.is_dir() and not child.name.startswith("."))
    if not module_dirs:
        problems.append(Problem(path, 0, NO_MODULES))
    slugs: dict[str, Path] = {}
    for module_dir in module_dirs:
        module = _read_module(module_dir, item_readers=item_readers, problems=problems)
        if module is None:
            continue
        _check_slug(module.meta, module.source, slugs, problems, scope=str(path))
        item_slugs: dict[str, Path] = {}
        for item in module.items:
            if item.meta is not None:
                _check_slug(item.meta, item.source, item_slugs, problems, scope=str(module_dir))
        folder.modules.append(module)
    return folder


def _check_slug(meta, source: SourceFile, seen: dict, problems: list[Problem], *, scope: str) -> None:
    slug = getattr(meta, "slug", None)
    if meta is None or slug is None:
        return
    if slug in seen:
        problems.append(
            Problem(source.path, source.line_of("slug"), DUPLICATE_SLUG.format(slug=slug, other=seen[slug]))
        )
    else:
        seen[slug] = source.path


def _read_module(module_dir: Path, *, item_readers: dict, problems: list[Problem]) -> Module | None:
    module_file = module_dir / "module.md"
    if not module_file.is_file():
        problems.append(Problem(module_dir, 0, NO_MODULE_FILE))
        return None
    source = read_source(module_file, problems)
    if source is None:
        return None
    meta = validate(ModuleMeta, source, problems)
    module = Module(source=source, meta=meta, introduction=markdown_html(source, problems))
    for item_file in sorted(module_dir.glob("*.md")):
        if item_file.name == "module.md":
            continue
        item_source = read_source(item_file, problems)
        if item_source is None:
            continue
        kind = str(item_source.meta.get("type", "lesson"))
        if kind == "lesson":
            meta = validate(LessonMeta, item_source, problems)
            module.items.append(
                Item(kind=kind, source=item_source, meta=meta, blocks=body_blocks(item_source, problems))
            )
        elif kind in item_readers:
            module.items.append(Item(kind=kind, source=item_source, meta=item_readers[kind](item_source, problems)))
        else:
            expected = ", ".join(["lesson", *item_readers])
            problems.append(
                Problem(item_file, item_source.line_of("type"), UNKNOWN_TYPE.format(value=kind, expected=expected))
            )
    return module
