"""Progress shown on course pages. Reads the `progress` object pages put in their context (None when anonymous)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def module_status(context, module) -> str:
    progress = context.get("progress")
    return progress.module_status(module) if progress is not None else "not_started"


@register.simple_tag(takes_context=True)
def item_status(context, item) -> str:
    progress = context.get("progress")
    return progress.item_status(item) if progress is not None else "not_started"
