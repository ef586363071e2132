import math
import re

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import lesson_blocks
from courses.models.items import CourseItemMixin

WORDS_PER_MINUTE = 200
TAG = re.compile(r"<[^>]+>")


def _text_of(value) -> str:
    """All the words in a StreamField's raw data, tags removed."""
    if isinstance(value, str):
        return TAG.sub(" ", value)
    if isinstance(value, dict):
        if "type" in value and "value" in value:  # a stream child: {"type", "value", "id"}
            return _text_of(value["value"])
        return " ".join(_text_of(v) for v in value.values())
    if isinstance(value, str | bytes):
        return ""
    try:
        return " ".join(_text_of(v) for v in value)
    except TypeError:
        return ""


class LessonPage(CourseItemMixin, Page):
    summary = models.CharField(max_length=300, help_text="One sentence: what the learner will learn.")
    body = StreamField(lesson_blocks())
    sources = StreamField(
        [("source", blocks.CharBlock(max_length=500, label="Source"))],
        blank=True,
        help_text="Where the facts come from, e.g. the 2013 government response, an Act and section.",
    )
    last_reviewed = models.DateField(null=True, blank=True, help_text="When the lesson's facts were last checked.")
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("sources"), FieldPanel("last_reviewed")], heading="Sources and review"),
        FieldPanel("optional"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    item_kind_label = "Lesson"

    def clean(self):
        super().clean()
        self.reading_minutes = self.estimate_reading_minutes()

    def estimate_reading_minutes(self) -> int:
        words = len(_text_of(self.body.raw_data).split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def item_minutes(self) -> int | None:
        return self.reading_minutes
