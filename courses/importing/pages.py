"""Site pages from a folder of Markdown files with front matter, checked before anything is written.

A site folder::

    home.md                     the home page: ``title`` and ``lead``; its text (Markdown) below
    01-accessibility-statement.md
                                a standard page: ``title``, ``slug``, ``lead``, ``last_reviewed``; its body below,
                                written as a lesson body is, with the blocks a site page may hold

Files are taken in name order. Every problem is reported with its file and line; nothing is written unless the whole
folder is right. Pages that already exist (by slug, under the home page) are kept as they are.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from pydantic import Field

from academy.core.sanitise import sanitise_html
from courses.blocks import PAGE_BLOCK_NAMES
from courses.importing.files import SLUG, Problem, SourceFile, Strict, markdown_html, read_source, validate
from courses.importing.loader import CourseImportError, clean_stream, publish_child
from courses.importing.markdown import parse_body
from courses.models import HomePage, StandardPage

HOME_FILE = "home.md"

NO_HOME_FILE = "The folder has no home.md"
NOT_A_PAGE_BLOCK = "':::{name}' cannot be used on a site page; use one of: {expected}"
DUPLICATE_PAGE_SLUG = "The slug {slug!r} is also used by {other}"


class HomeMeta(Strict):
    title: str = Field(min_length=1, max_length=255)
    lead: str = Field(default="", max_length=300)


class PageMeta(Strict):
    title: str = Field(min_length=1, max_length=255)
    slug: str = SLUG
    lead: str = Field(default="", max_length=300)
    last_reviewed: datetime.date | None = None


@dataclass
class HomeText:
    meta: HomeMeta
    body: str  # HTML, not yet sanitised


@dataclass
class SitePageFile:
    source: SourceFile
    meta: PageMeta
    blocks: list[dict]


@dataclass
class SiteFolder:
    home: HomeText
    pages: list[SitePageFile] = field(default_factory=list)


def check_site_folder(path: Path) -> SiteFolder:
    """Read and check every file in the folder; raise CourseImportError listing every problem."""
    path = Path(path)
    problems: list[Problem] = []
    home = None
    home_file = path / HOME_FILE
    if not home_file.is_file():
        problems.append(Problem(path, 0, NO_HOME_FILE))
    elif (source := read_source(home_file, problems)) is not None:
        meta = validate(HomeMeta, source, problems)
        home = HomeText(meta=meta, body=markdown_html(source, problems))
    pages: list[SitePageFile] = []
    slugs: dict[str, Path] = {}
    for page_file in sorted(path.glob("*.md")):
        if page_file.name == HOME_FILE:
            continue
        page = _read_page(page_file, problems)
        if page is None:
            continue
        if page.meta.slug in slugs:
            line = page.source.line_of("slug")
            message = DUPLICATE_PAGE_SLUG.format(slug=page.meta.slug, other=slugs[page.meta.slug])
            problems.append(Problem(page_file, line, message))
        slugs.setdefault(page.meta.slug, page_file)
        pages.append(page)
    if problems or home is None or home.meta is None:
        raise CourseImportError(problems)
    return SiteFolder(home=home, pages=pages)


def _read_page(page_file: Path, problems: list[Problem]) -> SitePageFile | None:
    source = read_source(page_file, problems)
    if source is None:
        return None
    meta = validate(PageMeta, source, problems)
    parsed = parse_body(source.body)
    for problem in parsed.problems:
        problems.append(Problem(page_file, source.body_line + problem.line - 1, problem.message))
    for block, line in zip(parsed.blocks, parsed.lines, strict=True):
        if block["type"] not in PAGE_BLOCK_NAMES:
            expected = ", ".join(
                name.replace("_", "-") for name in PAGE_BLOCK_NAMES if name not in ("paragraph", "heading")
            )
            message = NOT_A_PAGE_BLOCK.format(name=block["type"].replace("_", "-"), expected=expected)
            problems.append(Problem(page_file, source.body_line + line - 1, message))
    return None if meta is None else SitePageFile(source=source, meta=meta, blocks=parsed.blocks)


def home_page(folder: SiteFolder) -> HomePage:
    """An unsaved home page with the folder's text (slug ``home``)."""
    meta = folder.home.meta
    return HomePage(title=meta.title, slug="home", lead=meta.lead, body=sanitise_html(folder.home.body))


@transaction.atomic
def import_site_pages(path: Path, *, home: HomePage) -> dict[str, StandardPage]:
    """Create the folder's standard pages under ``home`` (those missing); return every page of the folder by slug."""
    folder = check_site_folder(path)
    pages = {}
    for page_file in folder.pages:
        meta = page_file.meta
        page = StandardPage.objects.child_of(home).filter(slug=meta.slug).first()
        if page is None:
            page = publish_child(
                home,
                StandardPage(
                    title=meta.title,
                    slug=meta.slug,
                    lead=meta.lead,
                    body=clean_stream(page_file.blocks),
                    last_reviewed=meta.last_reviewed,
                ),
            )
        pages[meta.slug] = page
    return pages
