"""Small template helpers for the cohort pages."""

from datetime import date

from django import template
from django.template.loader import get_template
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

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


# The dashboard shows a status, an overdue tag and a row of module marks for each of up to 50 learners: an {% include
# %} each (9 a row) was most of the page's time. These render each include once a page (per status) and reuse it.

_STATUS_TEXT = {"completed": "Completed", "in_progress": "In progress"}


def _once(context, template_name: str, **values) -> str:
    memo = context.render_context.setdefault("cohorts_tags_once", {})
    key = (template_name, tuple(sorted(values.items())))
    if key not in memo:
        memo[key] = get_template(template_name).render(values)
    return memo[key]


@register.simple_tag(takes_context=True)
def status_text(context, status: str) -> str:
    """As ``{% include "cohorts/includes/status.html" with status=status %}``."""
    return mark_safe(_once(context, "cohorts/includes/status.html", status=status))  # our own template, rendered


@register.simple_tag(takes_context=True)
def overdue_tag(context) -> str:
    """As ``{% include "cohorts/includes/overdue.html" %}``."""
    return mark_safe(_once(context, "cohorts/includes/overdue.html"))  # our own template, rendered


@register.simple_tag(takes_context=True)
def status_marks(context, marks, label: str) -> str:
    """As ``{% include "cohorts/includes/status_marks.html" with marks=marks label=label %}``."""
    label = escape(label)
    parts = ['<ol class="app-status-marks">\n  ']
    for number, (thing, status) in enumerate(marks, start=1):
        icon = _once(context, "cohorts/includes/status_icon.html", status=status)
        title = getattr(thing, "title", "")
        title = f", {escape(title)}" if title else ""
        parts.append(
            f'<li class="app-status-marks__item app-status--{escape(status)}"><span class="app-status-marks__number" '
            f'aria-hidden="true">{number}</span>{icon}<span class="govuk-visually-hidden">{label} {number}{title}: '
            f"{_STATUS_TEXT.get(status, 'Not started')}</span></li>"
        )
    parts.append("\n</ol>")
    return mark_safe("".join(parts))  # every part escaped above
