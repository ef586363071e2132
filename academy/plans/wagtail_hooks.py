"""Wagtail admin: plan templates (guidance per section, feedback criteria) as snippets that authors edit."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from academy.plans.models import PlanTemplate


class PlanTemplateViewSet(SnippetViewSet):
    model = PlanTemplate
    icon = "form"
    menu_order = 270
    menu_label = "100-day plan templates"
    add_to_admin_menu = True
    list_display = ["name"]
    search_fields = ["name"]


register_snippet(PlanTemplateViewSet)
