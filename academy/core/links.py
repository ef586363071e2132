"""Absolute links for emails, certificates and badges.

From the request when there is one; otherwise (tasks, certificates) from the service's public address,
ACADEMY_BASE_URL, which falls back to WAGTAILADMIN_BASE_URL.
"""

from django.conf import settings


def absolute_url(path: str, *, request=None) -> str:
    if path.startswith(("http://", "https://")):
        return path
    if request is not None:
        return request.build_absolute_uri(path)
    base = getattr(settings, "ACADEMY_BASE_URL", "") or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/") + path
