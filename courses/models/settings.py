from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="link")
class SiteLinks(BaseSiteSetting):
    """The pages linked from every page's footer. The organisation running the platform edits their content."""

    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cookies = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    panels = [FieldPanel("accessibility_statement"), FieldPanel("privacy_notice"), FieldPanel("cookies")]

    class Meta:
        verbose_name = "Site links"
