from django import template

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
