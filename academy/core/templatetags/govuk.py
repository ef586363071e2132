"""Template helpers that render Django form fields with GOV.UK Frontend classes and ARIA links."""

from django import template
from django.utils.safestring import mark_safe

from academy.core.sanitise import sanitise_html

register = template.Library()

WIDGET_CLASSES = {
    "text": "govuk-input",
    "email": "govuk-input",
    "password": "govuk-input",
    "number": "govuk-input",
    "url": "govuk-input",
    "tel": "govuk-input",
    "date": "govuk-input",
    "datetime": "govuk-input",
    "file": "govuk-file-upload",
    "clearablefile": "govuk-file-upload",
    "textarea": "govuk-textarea",
    "select": "govuk-select",
    "checkbox": "govuk-checkboxes__input",
}


@register.simple_tag
def govuk_widget(field, extra_class: str = ""):
    """The field's widget with GOV.UK classes, error state and aria-describedby for its hint and error."""
    base = WIDGET_CLASSES.get(field.widget_type, "govuk-input")
    classes = [base]
    if field.errors and base in {"govuk-input", "govuk-textarea", "govuk-select", "govuk-file-upload"}:
        classes.append(f"{base}--error")
    if extra_class:
        classes.append(extra_class)
    attrs = {"class": " ".join(classes)}
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-hint")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def first_visible_field_id(form) -> str:
    for field in form.visible_fields():
        return field.auto_id or ""
    return ""


@register.simple_tag
def widget_choice_input(field, choice):
    """One radio or checkbox option's <input> with GOV.UK classes."""
    kind = "radios" if field.widget_type == "radioselect" else "checkboxes"
    # The option HTML comes from Django's own widget rendering (escaped), so it stays safe after adding a class.
    return mark_safe(choice.tag().replace("<input", f'<input class="govuk-{kind}__input"', 1))


@register.filter
def clean_html(value) -> str:
    """Render stored HTML through the bleach allow-list again (defence in depth): never `|safe` on stored input."""
    return mark_safe(sanitise_html(str(value or "")))
