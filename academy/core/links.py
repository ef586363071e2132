"""Absolute links for emails, certificates and badges, on the service's public address (ACADEMY_BASE_URL).

Not from the request: a message sent from a view reads the same as one sent from a task, and a forged Host header
cannot plant its own address in an email. The one exception is a caller that passes ``request=`` (cohort
invitations sent from the lead area), whose link takes the request's host (Django checks it against ALLOWED_HOSTS).
"""

import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.urls import get_script_prefix, get_urlconf, reverse


def absolute_url(path: str, *, request: HttpRequest | None = None) -> str:
    """``path`` on the public address (or on ``request``'s host when given); an absolute address is kept unchanged."""
    if path.startswith(("http://", "https://")):
        return path
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.ACADEMY_BASE_URL.rstrip("/") + "/" + path.lstrip("/")


def on_public_address(url: str) -> str:
    """The same page as ``url`` (path, query and fragment kept) on the public address, whatever host it named."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    if parts.fragment:
        path += "#" + parts.fragment
    return absolute_url(path)


def fixed_url(name: str) -> str:
    """``reverse(name)`` of a URL without arguments, worked out once a process (for each script prefix and URLconf):
    the menu every page shows asks for several, and reversing one cost a tenth of a millisecond."""
    return _reversed(name, get_script_prefix(), get_urlconf())


@functools.lru_cache(maxsize=256)
def _reversed(name: str, prefix: str, urlconf) -> str:
    return reverse(name, urlconf=urlconf)
