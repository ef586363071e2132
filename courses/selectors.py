"""Reads that pages and reports share: the course outline, navigation, footer links."""

from dataclasses import dataclass, field

from django.http import HttpRequest
from wagtail.models import Page

from courses.models import CoursePage, Enrolment, ModulePage, SiteLinks

FOOTER_LINK_LABELS = (
    ("accessibility_statement", "Accessibility statement"),
    ("privacy_notice", "Privacy notice"),
    ("cookies", "Cookies"),
)


@dataclass
class OutlineItem:
    page: Page  # the specific page (LessonPage, QuizPage, ...)
    module: "ModuleOutline"
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
    page: ModulePage
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
    course: CoursePage
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


def course_for_page(*, page: Page) -> CoursePage:
    """The CoursePage above a module or course item, in one query."""
    ancestor_paths = [page.path[: depth * page.steplen] for depth in range(1, page.depth)]
    course = CoursePage.objects.filter(path__in=ancestor_paths).first()
    if course is None:
        raise CoursePage.DoesNotExist(f"{page!r} is not inside a course")
    return course


def course_outline(*, course: CoursePage, request: HttpRequest | None = None) -> CourseOutline:
    """The course's live modules and items in order, in a fixed number of queries whatever the course size.

    One query for the modules, one for the items plus one per item page type. Cached on the request.
    """
    cache_key = f"_academy_outline_{course.pk}"
    if request is not None and hasattr(request, cache_key):
        return getattr(request, cache_key)
    module_pages = list(ModulePage.objects.child_of(course).live().order_by("path"))
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
    outline = CourseOutline(course=course, url=course.get_url(request=request), modules=modules, items=items)
    if request is not None:
        setattr(request, cache_key, outline)
    return outline


def footer_links(*, request: HttpRequest) -> list[dict]:
    """Footer links to the pages chosen in Settings > Site links, cached for the request."""
    cached = getattr(request, "_academy_footer_links", None)
    if cached is not None:
        return cached
    links = []
    site_links = SiteLinks.for_request(request)
    ids = {name: getattr(site_links, f"{name}_id") for name, _ in FOOTER_LINK_LABELS}
    pages = Page.objects.live().in_bulk([page_id for page_id in ids.values() if page_id])
    for name, label in FOOTER_LINK_LABELS:
        page = pages.get(ids[name])
        if page is not None:
            links.append({"text": label, "href": page.get_url(request=request)})
    request._academy_footer_links = links
    return links


@dataclass
class CourseProgress:
    """A learner's progress through one course, for templates: item and module states."""

    enrolment: Enrolment | None
    done: set[int]

    def item_status(self, item: OutlineItem) -> str:
        return "completed" if item.pk in self.done else "not_started"

    def module_status(self, module: ModuleOutline) -> str:
        required = [item for item in module.items if item.is_required] or module.items
        if required and all(item.pk in self.done for item in required):
            return "completed"
        if any(item.pk in self.done for item in module.items):
            return "in_progress"
        return "not_started"


def course_progress(*, user, course: CoursePage) -> CourseProgress | None:
    """The signed-in learner's current enrolment and completed item ids (two queries); None when anonymous."""
    if user is None or not user.is_authenticated:
        return None
    enrolment = Enrolment.objects.filter(user=user, course=course, is_current=True).first()
    done = set(enrolment.completions.values_list("item_id", flat=True)) if enrolment else set()
    return CourseProgress(enrolment=enrolment, done=done)
