"""Course review in bulk: an author submits a course or module with its drafts; a reviewer approves many at once.

Each page still goes through its own "Course review" workflow, so Wagtail's history, locking and notifications stay
as they are; these functions only save authors and reviewers from doing it one page at a time.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from wagtail.models import Page, TaskState, WorkflowState

from courses.models import CoursePage, ModulePage

APPROVE = "approve"


@dataclass
class ModuleGroup:
    module: Page | None
    task_states: list[TaskState] = field(default_factory=list)


@dataclass
class CourseGroup:
    course: Page | None
    modules: list[ModuleGroup] = field(default_factory=list)


def drafts_to_submit(page: Page) -> list[Page]:
    """The page and its descendants with changes not yet live and not already in review, in tree order.

    Whoever may edit ``page`` may edit its descendants (page permissions are inherited), so callers check once.
    """
    candidates = list(
        Page.objects.descendant_of(page, inclusive=True)
        .filter(Q(has_unpublished_changes=True) | Q(live=False))
        .order_by("path")
    )
    in_review = set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(p.pk) for p in candidates],
        ).values_list("object_id", flat=True)
    )
    return [p for p in candidates if str(p.pk) not in in_review]


def submit_for_review(page: Page, *, user) -> list[Page]:
    """Start the review workflow for each draft under ``page`` (inclusive); returns the pages submitted."""
    submitted = []
    with transaction.atomic():
        for draft in drafts_to_submit(page):
            specific = draft.specific
            if specific.get_latest_revision() is None:
                specific.save_revision(user=user)
            workflow = specific.get_workflow()
            if workflow is None:
                continue
            workflow.start(specific, user)
            submitted.append(specific)
    return submitted


def pending_reviews(*, user) -> list[CourseGroup]:
    """Pages awaiting ``user``'s approval, grouped by course and then module (pages outside courses come first)."""
    task_states = list(
        TaskState.objects.reviewable_by(user).select_related("workflow_state").order_by("workflow_state__object_id")
    )
    pages = {
        str(page.pk): page
        for page in Page.objects.filter(pk__in=[state.workflow_state.object_id for state in task_states])
    }
    paths = {page.path[: depth * Page.steplen] for page in pages.values() for depth in range(1, page.depth)}
    ancestors = {a.path: a for model in (CoursePage, ModulePage) for a in model.objects.filter(path__in=paths)}
    courses: dict = {}
    for state in task_states:
        page = pages.get(state.workflow_state.object_id)
        if page is None:
            continue
        state.page = page
        course = module = None
        for depth in range(page.depth, 0, -1):
            ancestor = ancestors.get(page.path[: depth * Page.steplen])
            if isinstance(ancestor, ModulePage) and module is None:
                module = ancestor
            elif isinstance(ancestor, CoursePage):
                course = ancestor
                break
        course_group = courses.setdefault(course.pk if course else None, CourseGroup(course=course))
        module_group = next((g for g in course_group.modules if g.module == module), None)
        if module_group is None:
            module_group = ModuleGroup(module=module)
            course_group.modules.append(module_group)
        module_group.task_states.append(state)
    return sorted(courses.values(), key=lambda group: group.course.path if group.course else "")


def approve_all(task_state_ids: list[int], *, user) -> list[Page]:
    """Approve each task that ``user`` may review; returns the pages approved (and so published)."""
    approved = []
    with transaction.atomic():
        states = TaskState.objects.reviewable_by(user).filter(pk__in=task_state_ids)
        for state in states.select_related("workflow_state", "task"):
            page = Page.objects.get(pk=state.workflow_state.object_id).specific
            state.task.specific.on_action(state, user, APPROVE)
            approved.append(page)
    return approved
