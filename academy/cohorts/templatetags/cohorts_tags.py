"""Small template helpers for the cohort pages."""

from datetime import date

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from academy.cohorts import extensions

register = template.Library()


@register.simple_tag
def date_parts(field) -> dict:
    """Day, month and year to show in a GOV.UK date input, from submitted data or the initial date."""
    value = field.value()
    if isinstance(value, date):
        return {"day": value.day, "month": value.month, "year": value.year}
    if isinstance(value, list | tuple):
        day, month, year = (list(value) + ["", "", ""])[:3]
        return {"day": day or "", "month": month or "", "year": year or ""}
    return {"day": "", "month": "", "year": ""}


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters changed (None or "" removes one); starts with "?"."""
    request = context["request"]
    query = request.GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    encoded = urlencode(sorted((key, value) for key, value in query.items()))
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def sort_state(context, column: str) -> dict:
    """For a sortable column: aria-sort value and the query string that sorts by it (toggling direction)."""
    current = context.get("filters").sort if context.get("filters") else "name"
    if current == column:
        direction, next_sort = "ascending", f"-{column}"
    elif current == f"-{column}":
        direction, next_sort = "descending", column
    else:
        direction, next_sort = "none", column
    return {"aria_sort": direction, "query": query_with(context, sort=next_sort, page=None)}


@register.simple_tag
def lead_sections(cohort) -> list[dict]:
    """The sections other apps add to a cohort's sub-navigation (academy.cohorts.extensions)."""
    return [
        {"key": section.key, "label": section.label, "href": reverse(section.url_name, args=[cohort.pk])}
        for section in extensions.lead_sections()
    ]
