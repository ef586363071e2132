"""Reads that pages and reports share: the course outline, a learner's progress, "My learning", footer links."""

import datetime
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Page

from courses.extensions import annotate_enrolments
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
    user: object = None

    @cached_property
    def facts(self) -> dict:
        """What other apps add about the enrolment (a certificate, a cohort's deadline), from the registered
        annotators: asked for only when a template uses it, so pages that do not pay nothing."""
        if self.enrolment is None:
            return {}
        return annotate_enrolments(user=self.user, enrolments=[self.enrolment]).get(self.enrolment.pk, {})

    @property
    def certificate_url(self) -> str | None:
        return self.facts.get("certificate_url") or None

    @property
    def is_enrolled(self) -> bool:
        return self.enrolment is not None

    @property
    def is_complete(self) -> bool:
        return self.enrolment is not None and self.enrolment.is_complete

    def is_done(self, page: Page) -> bool:
        return page.pk in self.done

    def next_item(self, outline: CourseOutline) -> OutlineItem | None:
        """The item to continue with: the enrolment's summary, or the first item not done if that is out of date."""
        if self.enrolment is not None and self.enrolment.next_item_id is not None:
            for item in outline.items:
                if item.pk == self.enrolment.next_item_id and item.pk not in self.done:
                    return item
        return next((item for item in outline.items if item.pk not in self.done), None)

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
    return CourseProgress(enrolment=enrolment, done=done, user=user)


@dataclass
class LearningEntry:
    """One enrolment on "My learning", with the facts other apps add (a cohort's deadline, a certificate)."""

    enrolment: Enrolment
    course_url: str | None  # None when the course is no longer published
    next_title: str | None
    next_url: str | None
    deadline: datetime.date | None = None
    overdue: bool = False
    certificate_url: str | None = None

    @property
    def course(self) -> CoursePage:
        return self.enrolment.course


@dataclass
class LearnerDashboard:
    """A learner's courses: in progress, completed (current cycle) and earlier completed cycles kept as history."""

    in_progress: list[LearningEntry]
    completed: list[LearningEntry]
    earlier: list[LearningEntry]

    @property
    def is_empty(self) -> bool:
        return not (self.in_progress or self.completed or self.earlier)


def learner_dashboard(*, user, request: HttpRequest | None = None) -> LearnerDashboard:
    """What "My learning" shows, in one query for the enrolments plus one call to each registered annotator.

    Only ``user``'s own enrolments. Current enrolments are in progress or completed; earlier cycles appear only
    if they were completed (a reset cycle that was never finished is history for administrators, not learners).
    """
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .filter(Q(is_current=True) | Q(completed_at__isnull=False))
        .select_related("course", "next_item")
        .order_by(F("last_activity_at").desc(nulls_last=True), "-enrolled_at", "-pk")
    )
    # Earlier cycles first: an annotator keyed by course then lets the current cycle's facts win.
    facts = annotate_enrolments(user=user, enrolments=sorted(enrolments, key=lambda enrolment: enrolment.is_current))
    today = timezone.localdate()
    in_progress, completed, earlier = [], [], []
    for enrolment in enrolments:
        entry = _learning_entry(enrolment, facts.get(enrolment.pk, {}), today=today, request=request)
        if not enrolment.is_current:
            earlier.append(entry)
        elif enrolment.is_complete:
            completed.append(entry)
        else:
            in_progress.append(entry)
    completed.sort(key=lambda entry: entry.enrolment.completed_at, reverse=True)
    earlier.sort(key=lambda entry: entry.enrolment.completed_at, reverse=True)
    return LearnerDashboard(in_progress=in_progress, completed=completed, earlier=earlier)


def _learning_entry(enrolment: Enrolment, facts: dict, *, today: datetime.date, request) -> LearningEntry:
    course = enrolment.course
    course_url = course.get_url(request=request) if course.live else None
    next_item = enrolment.next_item
    has_next = course_url and not enrolment.is_complete and next_item is not None and next_item.live
    deadline = facts.get("deadline")
    if isinstance(deadline, datetime.datetime):
        deadline = timezone.localtime(deadline).date() if timezone.is_aware(deadline) else deadline.date()
    overdue = facts.get("overdue")
    if overdue is None:
        overdue = deadline is not None and deadline < today
    return LearningEntry(
        enrolment=enrolment,
        course_url=course_url,
        next_title=next_item.title if has_next else None,
        next_url=next_item.get_url(request=request) if has_next else None,
        deadline=deadline,
        overdue=bool(overdue) and enrolment.is_current and not enrolment.is_complete,
        certificate_url=facts.get("certificate_url") or None,
    )


def courses_for_pages(*, pages: list[Page]) -> dict[int, CoursePage]:
    """{page id: the CoursePage above it} for many module or course-item pages, in one query."""
    wanted = {page.pk: [page.path[: depth * page.steplen] for depth in range(1, page.depth)] for page in pages}
    paths = {path for ancestors in wanted.values() for path in ancestors}
    courses = {course.path: course for course in CoursePage.objects.filter(path__in=paths)} if paths else {}
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
    kinds = ContentType.objects.get_for_models(CoursePage, ModulePage)
    kind_of = {kinds[CoursePage].pk: "course", kinds[ModulePage].pk: "module"}
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
