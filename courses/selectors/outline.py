"""The course outline: a course's live modules and items in order, and where a page sits in a course."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from wagtail.models import Page

from academy.core import pagecache
from courses import models


@dataclass
class OutlineItem:
    page: Page  # the specific page (LessonPage, QuizPage, ...)
    module: ModuleOutline
    number: int  # 1-based position in the whole course
    url: str

    @property
    def pk(self) -> int:
        return self.page.pk

    @property
    def title(self) -> str:
        return self.page.title

    @property
    def kind(self) -> str:
        return getattr(self.page, "item_kind_label", "Item")

    @property
    def is_required(self) -> bool:
        return getattr(self.page, "is_required", True)

    @property
    def minutes(self) -> int | None:
        minutes = getattr(self.page, "item_minutes", None)
        return minutes() if minutes else None


@dataclass
class ModuleOutline:
    page: models.ModulePage
    number: int
    url: str
    items: list[OutlineItem] = field(default_factory=list)

    @property
    def pk(self) -> int:
        return self.page.pk

    @property
    def title(self) -> str:
        return self.page.title

    @property
    def minutes(self) -> int:
        return sum(item.minutes or 0 for item in self.items)


@dataclass
class Position:
    item: OutlineItem | None
    previous: OutlineItem | None
    next: OutlineItem | None


@dataclass
class CourseOutline:
    course: models.CoursePage
    url: str
    modules: list[ModuleOutline]
    items: list[OutlineItem]

    def module(self, module_id: int) -> ModuleOutline | None:
        return next((module for module in self.modules if module.pk == module_id), None)

    def position(self, page: Page) -> Position:
        """Where ``page`` sits in the course, with the items before and after it across module boundaries."""
        for index, item in enumerate(self.items):
            if item.pk == page.pk:
                previous = self.items[index - 1] if index > 0 else None
                following = self.items[index + 1] if index + 1 < len(self.items) else None
                return Position(item=item, previous=previous, next=following)
        return Position(item=None, previous=None, next=None)

    @property
    def required_items(self) -> list[OutlineItem]:
        return [item for item in self.items if item.is_required]


def course_for_page(*, page: Page, request: HttpRequest | None = None) -> models.CoursePage:
    """The CoursePage above a module or course item, in one query; with a ``request``, kept in the cache until a page
    changes (``academy.core.pagecache.remember``), so serving a page asks the database for none."""
    if request is not None:
        return pagecache.remember(f"course-of:{page.path}", lambda: course_for_page(page=page))
    ancestor_paths = [page.path[: depth * page.steplen] for depth in range(1, page.depth)]
    course = models.CoursePage.objects.filter(path__in=ancestor_paths).first()
    if course is None:
        raise models.CoursePage.DoesNotExist(f"{page!r} is not inside a course")
    return course


def course_outline(*, course: models.CoursePage, request: HttpRequest | None = None) -> CourseOutline:
    """The course's live modules and items in order, in a fixed number of queries whatever the course size.

    One query for the modules, one for the items plus one per item page type. With a ``request``, kept on the request
    and, per course revision and host, in the cache until any page changes (the page cache's generation, moved on by
    publishing, unpublishing, moving and saving pages), so serving a page asks the database for none.
    """
    cache_key = f"_academy_outline_{course.pk}"
    if request is not None and hasattr(request, cache_key):
        return getattr(request, cache_key)
    if request is not None:
        outline = pagecache.remember(
            f"outline:{course.pk}:{course.live_revision_id}:{request.scheme}:{request.get_host()}",
            lambda: _build_outline(course, request),
        )
        setattr(request, cache_key, outline)
        return outline
    return _build_outline(course, None)


def _build_outline(course: models.CoursePage, request: HttpRequest | None) -> CourseOutline:
    module_pages = list(models.ModulePage.objects.child_of(course).live().order_by("path"))
    item_pages = list(
        Page.objects.descendant_of(course).filter(depth=course.depth + 2).live().order_by("path").specific()
    )
    modules = [
        ModuleOutline(page=module, number=n, url=module.get_url(request=request))
        for n, module in enumerate(module_pages, start=1)
    ]
    by_path = {module.page.path: module for module in modules}
    items = []
    for item_page in item_pages:
        module = by_path.get(item_page.path[: -item_page.steplen])
        if module is None:  # under an unpublished module: not part of the live course
            continue
        item = OutlineItem(page=item_page, module=module, number=len(items) + 1, url=item_page.get_url(request=request))
        module.items.append(item)
        items.append(item)
    return CourseOutline(course=course, url=course.get_url(request=request), modules=modules, items=items)


def courses_for_pages(*, pages: list[Page]) -> dict[int, models.CoursePage]:
    """{page id: the CoursePage above it} for many module or course-item pages, in one query."""
    wanted = {page.pk: [page.path[: depth * page.steplen] for depth in range(1, page.depth)] for page in pages}
    paths = {path for ancestors in wanted.values() for path in ancestors}
    courses = {course.path: course for course in models.CoursePage.objects.filter(path__in=paths)} if paths else {}
    return {
        page_id: course
        for page_id, ancestors in wanted.items()
        for path in ancestors
        if (course := courses.get(path)) is not None
    }


@dataclass(frozen=True)
class Placement:
    """Where a page sits in a course: the titles of its course and module (None above that level)."""

    course: str | None = None
    module: str | None = None


def placements(*, pages: list[Page]) -> dict[int, Placement]:
    """{page id: Placement} for many pages (search results), in one query."""
    ancestors = {page.pk: [page.path[: depth * page.steplen] for depth in range(1, page.depth)] for page in pages}
    paths = {path for chain in ancestors.values() for path in chain}
    if not paths:
        return {}
    kinds = ContentType.objects.get_for_models(models.CoursePage, models.ModulePage)
    kind_of = {kinds[models.CoursePage].pk: "course", kinds[models.ModulePage].pk: "module"}
    titles = {
        row["path"]: (kind_of[row["content_type_id"]], row["title"])
        for row in Page.objects.filter(path__in=paths, content_type_id__in=kind_of).values(
            "path", "title", "content_type_id"
        )
    }
    result = {}
    for page_id, chain in ancestors.items():
        found = dict(titles[path] for path in chain if path in titles)
        result[page_id] = Placement(course=found.get("course"), module=found.get("module"))
    return result
