"""The course outline: a course's live modules and items in order, and where a page sits in a course."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from wagtail.models import Page

from academy.core import pagecache
from courses import models


def _without_page(state: dict) -> dict:
    """What the cache keeps of an outline entry: its facts, not the page (a lesson's whole body), which is loaded, for
    every entry at once, only when something asks for it."""
    return {**state, "_page": None}


@dataclass
class OutlineItem:
    pk: int
    title: str
    kind: str
    is_required: bool
    minutes: int | None
    page_class: type  # the specific page's model, known without loading the page
    module: ModuleOutline = field(repr=False, compare=False)
    number: int  # 1-based position in the whole course
    url: str
    _page: Page | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, page: Page, **kwargs) -> OutlineItem:
        minutes = getattr(page, "item_minutes", None)
        return cls(
            pk=page.pk,
            title=page.title,
            kind=getattr(page, "item_kind_label", "Item"),
            is_required=getattr(page, "is_required", True),
            minutes=minutes() if minutes else None,
            page_class=type(page),
            _page=page,
            **kwargs,
        )

    @property
    def page(self) -> Page:
        """The specific page (LessonPage, QuizPage, ...); for an outline read from the cache, loaded on first use."""
        if self._page is None:
            self.module.outline.load_pages()
        return self._page

    def __getstate__(self) -> dict:
        if getattr(self._page, "outline_keeps_page", False):  # a page others read from the outline (a quiz's rules)
            return self.__dict__
        return _without_page(self.__dict__)


@dataclass
class ModuleOutline:
    pk: int
    title: str
    number: int
    url: str
    items: list[OutlineItem] = field(default_factory=list)
    outline: CourseOutline | None = field(default=None, repr=False, compare=False)
    _page: models.ModulePage | None = field(default=None, repr=False, compare=False)

    @property
    def page(self) -> models.ModulePage:
        if self._page is None:
            self.outline.load_pages()
        return self._page

    @property
    def minutes(self) -> int:
        return sum(item.minutes or 0 for item in self.items)

    @cached_property
    def item_ids(self) -> frozenset[int]:
        return frozenset(item.pk for item in self.items)

    @cached_property
    def required_ids(self) -> frozenset[int]:
        """The items a learner must complete to complete the module: the required ones, or all when none is."""
        return frozenset(item.pk for item in self.items if item.is_required) or self.item_ids

    def __getstate__(self) -> dict:
        return _without_page(self.__dict__)


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

    def load_pages(self) -> None:
        """Loads the pages of every module and item (an outline read from the cache keeps none), in one query per
        page type."""
        entries = [*self.modules, *self.items]
        pages = Page.objects.filter(pk__in=[entry.pk for entry in entries]).specific().in_bulk()
        for entry in entries:
            entry._page = pages.get(entry.pk)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "course": None}  # the caller's course page is put back (``course_outline``)

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


def course_outline(
    *, course: models.CoursePage, request: HttpRequest | None = None, read_ahead: bool = True
) -> CourseOutline:
    """The course's live modules and items in order, in a fixed number of queries whatever the course size.

    One query for the modules, one for the items plus one per item page type. With a ``request``, kept on the request
    and, per course revision and host, in the cache until any page changes (the page cache's generation, moved on by
    publishing, unpublishing, moving and saving pages), so serving a page asks the database for none.
    ``read_ahead=False`` for a page that reads it only now and then (not read with the page's other parts each time).
    """
    cache_key = f"_academy_outline_{course.pk}"
    if request is not None and hasattr(request, cache_key):
        return getattr(request, cache_key)
    if request is not None:
        outline = pagecache.remember(
            # "outline2": the light form; an outline kept by an older release (whole pages) is never read as one.
            f"outline2:{course.pk}:{course.live_revision_id}:{request.scheme}:{request.get_host()}",
            lambda: _build_outline(course, request),
            read_ahead=read_ahead,
        )
        outline.course = course
        setattr(request, cache_key, outline)
        return outline
    return _build_outline(course, None)


def _build_outline(course: models.CoursePage, request: HttpRequest | None) -> CourseOutline:
    module_pages = list(models.ModulePage.objects.child_of(course).live().order_by("path"))
    item_pages = list(
        Page.objects.descendant_of(course).filter(depth=course.depth + 2).live().order_by("path").specific()
    )
    modules = [
        ModuleOutline(pk=module.pk, title=module.title, number=n, url=module.get_url(request=request), _page=module)
        for n, module in enumerate(module_pages, start=1)
    ]
    by_path = {module._page.path: module for module in modules}
    items = []
    for item_page in item_pages:
        module = by_path.get(item_page.path[: -item_page.steplen])
        if module is None:  # under an unpublished module: not part of the live course
            continue
        item = OutlineItem.of(item_page, module=module, number=len(items) + 1, url=item_page.get_url(request=request))
        module.items.append(item)
        items.append(item)
    outline = CourseOutline(course=course, url=course.get_url(request=request), modules=modules, items=items)
    for module in modules:
        module.outline = outline
    return outline


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
