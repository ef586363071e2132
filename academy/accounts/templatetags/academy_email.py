"""The sign-off every email ends with: the service's name and its public address."""

from django import template
from django.conf import settings

from academy.core.links import absolute_url

register = template.Library()


@register.simple_tag
def email_sign_off() -> str:
    """Two lines: ACADEMY_SERVICE_NAME, then the public address (ACADEMY_BASE_URL) as a link."""
    return f"{settings.ACADEMY_SERVICE_NAME}\n{absolute_url('/')}"
