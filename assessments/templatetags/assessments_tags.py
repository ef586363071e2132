import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def lookup(mapping, key):
    """mapping[key], or None when either is missing."""
    if not isinstance(mapping, dict):
        return None
    return mapping.get(key)


@register.simple_tag
def question_error(errors, position):
    return errors.get(position) if isinstance(errors, dict) else None


@register.filter
def essay_html(text):
    """A learner's essay (plain text) as safe HTML: escaped first, then paragraphs at blank lines and bulleted lists
    for lines starting with "- "."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", str(text or "").replace("\r\n", "\n").strip()):
        lines = [line.rstrip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.lstrip().startswith("- ") for line in lines):
            items = "".join(f"<li>{escape(line.lstrip()[2:].strip())}</li>" for line in lines)
            blocks.append(f'<ul class="govuk-list govuk-list--bullet">{items}</ul>')
        else:
            blocks.append(f'<p class="govuk-body">{"<br>".join(escape(line) for line in lines)}</p>')
    return mark_safe("".join(blocks))  # every piece of learner text above is escaped


@register.filter
def plain_paragraphs(text):
    """Plain text (a marker's comment) as escaped GOV.UK paragraphs."""
    return essay_html(text)
