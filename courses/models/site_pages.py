"""The home page and standard pages (accessibility statement, privacy notice, cookies)."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import RICH_TEXT_FEATURES, page_blocks


class HomePage(Page):
    lead = models.CharField(max_length=300, blank=True, help_text="One sentence under the main heading.")
    body = RichTextField(features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "courses.StandardPage"]
    max_count = 1


class StandardPage(Page):
    lead = models.CharField(max_length=300, blank=True)
    body = StreamField(page_blocks(), blank=True)
    last_reviewed = models.DateField(null=True, blank=True, help_text="Shown on the page as 'Last reviewed'.")

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["courses.HomePage", "courses.StandardPage"]
    subpage_types = ["courses.StandardPage"]
