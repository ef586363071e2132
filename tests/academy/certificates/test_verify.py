"""The public verification page: every state, the form, privacy, the signature check and the rate limit."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.certificates import codes, services
from academy.certificates.forms import CODE_INVALID, CODE_MISTYPED, CODE_REQUIRED
from academy.certificates.models import Certificate
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import issued_certificate

pytestmark = pytest.mark.django_db


def verify_url(code: str) -> str:
    return reverse("certificates:verify_code", kwargs={"code": code})


def unused_code() -> str:
    return codes.new_code()


def mistyped(code: str) -> str:
    body = codes.normalise(code)
    wrong = next(char for char in codes.ALPHABET if char != body[0] and codes.check_character(char + body[1:12]))
    typo = wrong + body[1:]
    assert codes.check_character(typo[:12]) != typo[12]
    return typo


@pytest.fixture
def certificate():
    return issued_certificate(user=UserFactory(full_name="Priya Shah", email="priya.shah@council.gov.uk"))


def test_a_valid_certificate_shows_the_name_course_and_dates_without_signing_in(client, certificate):
    response = client.get(verify_url(certificate.code))
    assert response.status_code == 200
    page = response.content.decode()
    assert "This certificate is valid" in page
    assert "Priya Shah" in page
    assert certificate.course_title in page
    assert timezone.localdate(certificate.completed_at).strftime("%B %Y") in page
    assert "priya.shah@council.gov.uk" not in page  # only the name, course and dates
    assert "the signature is correct" in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_a_code_typed_in_lower_case_without_hyphens_redirects_to_its_canonical_page(client, certificate):
    typed = certificate.code.replace("-", "").lower()
    response = client.get(verify_url(typed))
    assert response.status_code == 302
    assert response["Location"] == verify_url(certificate.code)


def test_a_revoked_certificate_says_so_with_the_reason(client, certificate):
    services.revoke_certificate(certificate=certificate, actor=None, reason="Issued in error: course not completed")
    page = client.get(verify_url(certificate.code)).content.decode()
    assert "This certificate has been revoked" in page
    assert "Issued in error: course not completed" in page
    assert "Priya Shah" in page


def test_an_expired_certificate_says_when_it_expired(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(valid_until=timezone.now() - timedelta(days=1))
    page = client.get(verify_url(certificate.code)).content.decode()
    assert "This certificate has expired" in page
    assert "valid only until" in page


def test_a_superseded_certificate_points_to_the_certificate_that_replaced_it(client, certificate):
    certificate.enrolment.user.full_name = "Priya Shah-Patel"
    certificate.enrolment.user.save()
    replacement = services.reissue_certificate(certificate=certificate, actor=None, reason="Name corrected")
    page = client.get(verify_url(certificate.code)).content.decode()
    assert "This certificate has been replaced" in page
    assert verify_url(replacement.code) in page
    assert "Name corrected" not in page  # the reason for a reissue is kept for the record, not published
    new_page = client.get(verify_url(replacement.code)).content.decode()
    assert "This certificate is valid" in new_page
    assert "Priya Shah-Patel" in new_page


def test_an_unknown_code_is_not_found(client, certificate):
    response = client.get(verify_url(unused_code()))
    assert response.status_code == 404
    assert "No certificate has this code" in response.content.decode()


def test_a_mistyped_code_is_told_apart_from_an_unknown_one(client, certificate):
    response = client.get(verify_url(mistyped(certificate.code)))
    assert response.status_code == 404
    page = response.content.decode()
    assert "Check the certificate code" in page
    assert "has a typing mistake" in page


def test_text_that_is_not_a_code_is_explained(client):
    response = client.get(verify_url("not-a-code"))
    assert response.status_code == 404
    assert "This is not a certificate code" in response.content.decode()


def test_the_form_sends_a_typed_code_to_its_page(client, certificate):
    response = client.get(reverse("certificates:verify"), {"code": f"  {certificate.code.lower()} "})
    assert response.status_code == 302
    assert response["Location"] == verify_url(certificate.code)


@pytest.mark.parametrize(
    ("typed", "message"),
    [("", CODE_REQUIRED), ("hello", CODE_INVALID), ("mistyped", CODE_MISTYPED)],
)
def test_the_form_shows_the_gov_uk_error_summary_for_bad_input(client, certificate, typed, message):
    if typed == "mistyped":
        typed = mistyped(certificate.code)
    response = client.get(reverse("certificates:verify"), {"code": typed})
    assert response.status_code == 200
    page = response.content.decode()
    assert "<title>Error: Check a certificate" in page
    assert "There is a problem" in page
    assert f'<a href="#id_code">{message}</a>' in page
    assert 'aria-describedby="id_code-hint id_code-error"' in page


def test_the_form_page_without_a_code_has_no_errors(client):
    page = client.get(reverse("certificates:verify")).content.decode()
    assert "There is a problem" not in page
    assert "<title>Check a certificate" in page


def test_a_tampered_badge_is_flagged_on_the_verify_page(client, certificate):
    header, payload, signature = certificate.credential_jwt.split(".")
    Certificate.objects.filter(pk=certificate.pk).update(credential_jwt=f"{header}.{payload}.{signature[::-1]}")
    page = client.get(verify_url(certificate.code)).content.decode()
    assert "digital signature could not be confirmed" in page


def test_verification_is_rate_limited_per_client(client, settings, certificate):
    settings.ACADEMY_CERTIFICATE_VERIFY_RATE_LIMIT = 3
    for _ in range(3):
        assert client.get(verify_url(certificate.code)).status_code == 200
    response = client.get(verify_url(certificate.code))
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "Too many checks" in response.content.decode()
    other = client.get(verify_url(certificate.code), REMOTE_ADDR="192.0.2.10")
    assert other.status_code == 200
