"""Absolute links for emails, certificates and badges, on the service's public address (ACADEMY_BASE_URL).

Never from the request: a message sent from a view reads the same as one sent from a task, and a forged Host header
cannot plant its own address in an email.
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path: str) -> str:
    """``path`` on the public address; an address that is already absolute is returned unchanged."""
    if path.startswith(("http://", "https://")):
        return path
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
