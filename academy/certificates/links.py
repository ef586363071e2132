"""Absolute addresses printed on certificates and put in badges: on the public address (ACADEMY_BASE_URL)."""

from django.urls import reverse

from academy.core.links import absolute_url


def verify_url(code: str) -> str:
    return absolute_url(reverse("certificates:verify_code", kwargs={"code": code}))


def issuer_url() -> str:
    return absolute_url(reverse("certificates:issuer"))


def achievement_url(course_id: int) -> str:
    return absolute_url(reverse("certificates:achievement", kwargs={"course_id": course_id}))


def key_url(thumbprint: str) -> str:
    return absolute_url(reverse("certificates:issuer_key", kwargs={"thumbprint": thumbprint}))


def status_list_url(list_number: int) -> str:
    return absolute_url(reverse("certificates:status_list", kwargs={"list_number": list_number}))


def achievement_image_url(course_id: int) -> str:
    return absolute_url(reverse("certificates:achievement_image", kwargs={"course_id": course_id}))


def jwks_url() -> str:
    return absolute_url(reverse("jwks"))


def page_url(page) -> str:
    """A Wagtail page's address on the public address (its own URL if it lives on another site)."""
    url = page.get_url() or "/"
    return url if url.startswith(("http://", "https://")) else absolute_url(url)
