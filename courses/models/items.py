"""What a course item is: a page in a module's sequence that a learner works through (lessons, and quizzes)."""

from django.conf import settings
from django.db import models

from courses import selectors


def course_item_page_types() -> list[str]:
    """The page types that may sit in a module's sequence ('app_label.ModelName'), from settings.

    Kept in settings so `courses` never imports the apps that add item types (assessments adds quizzes).
    """
    return list(getattr(settings, "ACADEMY_COURSE_ITEM_PAGE_TYPES", ["courses.LessonPage"]))


class CourseItemMixin(models.Model):
    """Fields and behaviour every course item shares. Mix into a Wagtail Page whose parent is a ModulePage."""

    optional = models.BooleanField(
        default=False,
        help_text="Optional items are shown to learners but do not count towards completing the course.",
    )

    item_kind_label = "Item"
    # Whether the cached course outline keeps the whole page (True for small pages other apps read from the outline);
    # otherwise it keeps the item's title, kind and minutes, and loads the pages only when asked (selectors.outline).
    outline_keeps_page = False

    class Meta:
        abstract = True

    @property
    def is_required(self) -> bool:
        return not self.optional

    def item_minutes(self) -> int | None:
        """Estimated minutes to complete, for contents lists; None when unknown."""
        return None

    def get_context(self, request, *args, **kwargs):
        """Adds the course, its outline, this item's position, and the signed-in learner's progress."""
        context = super().get_context(request, *args, **kwargs)
        course = selectors.course_for_page(page=self, request=request)
        outline = selectors.course_outline(course=course, request=request)
        progress = selectors.course_progress(user=getattr(request, "user", None), course=course)
        context.update(
            course=course,
            outline=outline,
            position=outline.position(self),
            progress=progress,
            is_completed=progress is not None and progress.is_done(self),
        )
        return context
