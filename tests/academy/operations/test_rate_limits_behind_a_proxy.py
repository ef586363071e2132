"""Sign-in's rate limit (30 a minute per address) counts each client behind the proxy separately, and its 429 page is
the service's own."""

import ipaddress

import pytest
from django.urls import reverse

from tests.academy.accounts.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
PROXY = "10.0.0.5"
SIGN_INS_PER_MINUTE = 30


@pytest.fixture(autouse=True)
def behind_a_proxy(settings):
    settings.ACADEMY_TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.0/8")]


def sign_in(client, email, password="wrong-password", **extra):  # noqa: S107 - a test's wrong password
    return client.post(reverse("account_login"), {"login": email, "password": password}, **extra)


def use_up_the_limit(client, **extra) -> list[int]:
    return [sign_in(client, f"x{n}@council.gov.uk", **extra).status_code for n in range(SIGN_INS_PER_MINUTE + 1)]


def test_the_rate_limit_page_is_styled_like_the_service_and_says_when_to_retry(client):
    assert use_up_the_limit(client, REMOTE_ADDR="198.51.100.1")[-1] == 429
    response = sign_in(client, "y@council.gov.uk", REMOTE_ADDR="198.51.100.1")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert "Too many requests" in html and "govuk-heading-l" in html and "govuk-generic-header" in html


def test_one_client_behind_the_proxy_cannot_lock_everyone_out_of_sign_in(client):
    user = UserFactory()
    assert use_up_the_limit(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1")[-1] == 429
    other = sign_in(client, user.email, PASSWORD, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert other.status_code == 302


def test_a_client_that_spoofs_the_forwarded_header_is_still_limited_by_its_own_address(client):
    statuses = [
        sign_in(
            client, f"x{n}@council.gov.uk", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}"
        ).status_code
        for n in range(SIGN_INS_PER_MINUTE + 1)
    ]
    assert statuses[-1] == 429
