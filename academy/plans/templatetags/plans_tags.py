from datetime import date

from django import template
from django.utils import dateformat

from academy.plans.forms import KIND_LABELS

register = template.Library()


@register.filter
def date_from_iso(value: str) -> str:
    """An ISO date from a plan's rows as GOV.UK writes dates: 27 March 2026."""
    try:
        return dateformat.format(date.fromisoformat(value), "j F Y")
    except (TypeError, ValueError):
        return value


@register.filter
def stakeholder_kind(value: str) -> str:
    return KIND_LABELS.get(value, "") if value else ""
