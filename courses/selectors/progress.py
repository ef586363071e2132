"""A learner's progress through one course: their current enrolment and the items they have completed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from wagtail.models import Page

from academy.core.prepared import PreparedQuery
from courses import models
from courses.extensions import annotate_enrolments
from courses.selectors.outline import CourseOutline, ModuleOutline, OutlineItem


@dataclass
class CourseProgress:
    """A learner's progress through one course, for templates: item and module states."""

    enrolment: models.Enrolment | None
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

    @property
    def done_key(self) -> str:
        """The completed items as text: what a kept part of a page that shows them varies on (``{% kept %}``)."""
        return ",".join(map(str, sorted(self.done)))

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
        return module_status(module, done=self.done)


def module_status(module: ModuleOutline, *, done: set[int] | frozenset[int]) -> str:
    """ "completed" when every required item of the module is done (every item, when none is required), "in_progress"
    when any item is, else "not_started". Set operations: an export asks this for every learner and module."""
    if module.required_ids and module.required_ids <= done:
        return "completed"
    if not module.item_ids.isdisjoint(done):
        return "in_progress"
    return "not_started"


def course_progress(*, user, course: models.CoursePage) -> CourseProgress | None:
    """The signed-in learner's current enrolment and completed item ids (one query); None when anonymous."""
    if user is None or not user.is_authenticated:
        return None
    rows = _PROGRESS.rows(user.pk, course.pk, using=models.Enrolment.objects.db)
    if not rows:
        return CourseProgress(enrolment=None, done=set(), user=user)
    fields = _enrolment_fields()
    enrolment = models.Enrolment.from_db(models.Enrolment.objects.db, fields, rows[0][:-1])
    first = rows[0][fields.index("id")]
    done = {row[-1] for row in rows if row[-1] is not None and row[fields.index("id")] == first}
    return CourseProgress(enrolment=enrolment, done=done, user=user)


def _enrolment_fields() -> list[str]:
    return [field.attname for field in models.Enrolment._meta.concrete_fields]


# One query: the enrolment's fields on each of its completions (or once, with no completion); compiled once a process.
_PROGRESS = PreparedQuery(
    lambda user_id, course_id: (
        models.Enrolment.objects.filter(user_id=user_id, course_id=course_id, is_current=True)
        .order_by("pk")
        .values_list(*_enrolment_fields(), "completions__item_id")
    ),
    arguments=2,
)
