"""Writing a checked course folder into the page tree, in one transaction: all of it or nothing.

Pages that already exist (by slug, under the same parent) are kept as they are, so that loading a folder again only
adds what is missing and never overwrites what authors have edited in the admin.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from django.db import transaction

from academy.core.sanitise import sanitise_html
from courses.extensions import item_importers
from courses.importing.files import CourseFolder, Problem, read_course_folder
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

RICH_TEXT_BLOCKS = {"paragraph", "inset"}
RICH_TEXT_FIELDS = {"body"}  # inside struct blocks: details, case_study


class CourseImportError(Exception):
    """The folder has problems; nothing was written. ``problems`` lists each with its file and line."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def check_course_folder(path: Path) -> CourseFolder:
    """Read and check everything in the folder; raise CourseImportError listing every problem."""
    problems: list[Problem] = []
    readers = {kind: importer.read for kind, importer in item_importers().items()}
    folder = read_course_folder(Path(path), item_readers=readers, problems=problems)
    if problems or folder is None:
        raise CourseImportError(problems)
    return folder


@transaction.atomic
def import_course(path: Path, *, index: CourseIndexPage) -> CoursePage:
    """Create the course in ``path`` under ``index`` (or complete it if it is there already)."""
    folder = check_course_folder(path)
    meta = folder.meta
    course = CoursePage.objects.child_of(index).filter(slug=meta.slug).first()
    if course is None:
        course = publish_child(
            index,
            CoursePage(
                title=meta.title,
                slug=meta.slug,
                summary=meta.summary,
                audience=meta.audience,
                estimated_hours=meta.estimated_hours or estimated_hours(folder),
                introduction=sanitise_html(folder.introduction),
                learning_outcomes=[{"type": "outcome", "value": text} for text in meta.learning_outcomes],
            ),
        )
    importers = item_importers()
    for module in folder.modules:
        page = ModulePage.objects.child_of(course).filter(slug=module.meta.slug).first()
        if page is None:
            page = publish_child(
                course,
                ModulePage(
                    title=module.meta.title, slug=module.meta.slug, introduction=sanitise_html(module.introduction)
                ),
            )
        existing = set(page.get_children().values_list("slug", flat=True))
        for item in module.items:
            if item.meta.slug in existing:
                continue
            if item.kind == "lesson":
                publish_child(page, _lesson(item, default_reviewed=meta.last_reviewed))
            else:
                importers[item.kind].write(item.meta, module=page, source=item.source)
    return course


def estimated_hours(folder: CourseFolder) -> Decimal:
    """The course's estimate when ``course.md`` gives none: the sum of its items' minutes (each lesson's reading time,
    as its page computes it, and each other item's ``minutes``, such as a quiz's time limit), in hours to one decimal
    place."""
    minutes = 0
    for module in folder.modules:
        for item in module.items:
            if item.kind == "lesson":
                minutes += _lesson(item, default_reviewed=None).estimate_reading_minutes()
            else:
                minutes += getattr(item.meta, "minutes", None) or 0
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _lesson(item, *, default_reviewed) -> LessonPage:
    meta = item.meta
    return LessonPage(
        title=meta.title,
        slug=meta.slug,
        summary=meta.summary,
        optional=meta.optional,
        body=clean_stream(item.blocks),
        sources=[{"type": "source", "value": text} for text in meta.sources],
        last_reviewed=meta.last_reviewed or default_reviewed,
    )


def clean_stream(blocks: list[dict]) -> list[dict]:
    """A StreamField value from a file's blocks, each sanitised by ``clean_block``."""
    return [{"type": block["type"], "value": clean_block(block["type"], block["value"])} for block in blocks]


def clean_block(block_type: str, value):
    """Sanitise the HTML parts of a block: content from files does not come through Wagtail's editor."""
    if block_type in RICH_TEXT_BLOCKS:
        return sanitise_html(value)
    if isinstance(value, dict):
        return {key: sanitise_html(v) if key in RICH_TEXT_FIELDS else v for key, v in value.items()}
    return value


def publish_child(parent, page):
    """Add ``page`` under ``parent`` and publish it (item importers use it too)."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
