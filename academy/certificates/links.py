"""Absolute addresses printed on certificates and put in badges: built from ACADEMY_BASE_URL, not the request."""

from django.conf import settings
from django.urls import reverse


def absolute_url(path: str) -> str:
    return settings.ACADEMY_BASE_URL.rstrip("/") + path


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
