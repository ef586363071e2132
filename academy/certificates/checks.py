"""System checks: production must have a badge signing key, and the development key must never be used there."""

from django.conf import settings
from django.core.checks import Error, register

from academy.certificates.badges import KEY_MISSING


@register()
def badge_signing_key_check(app_configs, **kwargs):
    if getattr(settings, "PRODUCTION", False) and not settings.ACADEMY_BADGE_SIGNING_KEY.strip():
        return [Error(KEY_MISSING, id="certificates.E001")]
    return []
