"""The course catalogue and its tree: CourseIndexPage > CoursePage > ModulePage > items (LessonPage, quizzes)."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses import selectors
from courses.blocks import RICH_TEXT_FEATURES
from courses.models.items import course_item_page_types


class CourseIndexPage(Page):
    """The course catalogue."""

    introduction = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.child_of(self).live().public().order_by("path")
        return context


class CoursePage(Page):
    summary = models.CharField(max_length=300, help_text="One or two sentences shown in the catalogue.")
    audience = models.TextField(help_text="Who the course is for.")
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(max_length=300, label="Learning outcome"))],
        blank=True,
        help_text="What a learner will be able to do by the end.",
    )
    estimated_hours = models.DecimalField(max_digits=4, decimal_places=1, default=1)
    introduction = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("audience"), FieldPanel("estimated_hours")], heading="About the course"),
        FieldPanel("learning_outcomes"),
        FieldPanel("introduction"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.SearchField("introduction"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        outline = selectors.course_outline(course=self, request=request)
        progress = selectors.course_progress(user=getattr(request, "user", None), course=self)
        context.update(
            outline=outline,
            progress=progress,
            next_item=progress.next_item(outline) if progress is not None and progress.is_enrolled else None,
        )
        return context


class ModulePage(Page):
    introduction = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = course_item_page_types()  # lessons, and the item types other apps add (quizzes)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = selectors.course_for_page(page=self, request=request)
        context["course"] = course
        context["outline"] = selectors.course_outline(course=course, request=request)
        context["module_outline"] = context["outline"].module(self.pk)
        context["progress"] = selectors.course_progress(user=getattr(request, "user", None), course=course)
        return context
