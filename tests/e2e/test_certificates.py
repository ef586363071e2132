"""Certificates in a real browser: My certificates and every verification state pass axe, and work by keyboard."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from academy.accounts.models import User
from academy.certificates import codes, services
from academy.certificates.models import Certificate
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import issued_certificate
from tests.database_template import built_on
from tests.e2e.conftest import assert_accessible, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(scope="module")
def certificate_folder(tmp_path_factory):
    """One folder for the module: the certificates below are issued once and their PDFs must outlive the test."""
    return tmp_path_factory.mktemp("certificates")


@pytest.fixture(autouse=True)
def certificate_storage(settings, certificate_folder):
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(certificate_folder / "certificates")},
        },
    }
    settings.ACADEMY_BADGE_SIGNING_KEY_FILE = certificate_folder / "badge-key.pem"


@pytest.fixture
def issued(site_root, certificate_storage):
    """A learner with a valid certificate in its renewal period, a revoked one, a replaced one and an expired one:
    (learner's id, certificate ids by state), issued once per process and put back from a copy for later tests
    (``built_on``: issuing renders and stores each PDF, about 2 s of CPU a test)."""

    def build():
        learner = UserFactory(full_name="Jordan Achebe")
        renewable = issued_certificate(user=learner, slug="renewable-course")
        valid_until = timezone.now() + timedelta(days=20)
        Certificate.objects.filter(pk=renewable.pk).update(
            valid_until=valid_until, recertify_from=valid_until - timedelta(days=30)
        )
        revoked = issued_certificate(user=learner, slug="revoked-course")
        services.revoke_certificate(certificate=revoked, actor=None, reason="Completed on a shared account")
        replaced = issued_certificate(user=learner, slug="replaced-course")
        replacement = services.reissue_certificate(certificate=replaced, actor=None, reason="Name corrected")
        expired = issued_certificate(user=learner, slug="expired-course")
        Certificate.objects.filter(pk=expired.pk).update(valid_until=timezone.now() - timedelta(days=1))
        states = {"valid": renewable, "revoked": revoked, "superseded": replaced, "replacement": replacement}
        return learner.pk, {**{state: c.pk for state, c in states.items()}, "expired": expired.pk}

    return built_on("certificates in every state", build)


@pytest.fixture
def learner(issued):
    return User.objects.get(pk=issued[0])


@pytest.fixture
def certificates(issued):
    """The valid (renewable), revoked, replaced (superseded), replacement and expired certificates of ``learner``."""
    return {state: Certificate.objects.get(pk=pk) for state, pk in issued[1].items()}


def test_my_certificates_has_no_axe_violations(page, learner, certificates):
    sign_in(page, learner)
    page.goto("/")  # where signing in leads
    page.get_by_role("link", name="My certificates").click()
    page.wait_for_url("**/certificates/")
    assert page.get_by_role("heading", name="My certificates", level=1).is_visible()
    assert page.get_by_role("button", name="Start the course again").count() == 1
    assert_accessible(page)


def test_the_learner_downloads_their_certificate_from_my_certificates(page, learner, certificates):
    sign_in(page, learner)
    page.goto("/certificates/")
    with page.expect_download() as download:
        name = f"Download certificate (PDF) for Course renewable-course, {certificates['valid'].code}"
        page.get_by_role("link", name=name).click()
    assert download.value.suggested_filename == f"certificate-{certificates['valid'].code}.pdf"


@pytest.mark.parametrize(
    ("state", "heading"),
    [
        ("valid", "This certificate is valid"),
        ("expired", "This certificate has expired"),
        ("revoked", "This certificate has been revoked"),
        ("superseded", "This certificate has been replaced"),
    ],
)
def test_each_verification_state_has_no_axe_violations(page, certificates, state, heading):
    page.goto(f"/certificates/verify/{certificates[state].code}/")
    assert page.get_by_role("heading", name=heading, level=1).is_visible()
    assert page.get_by_text("Jordan Achebe").is_visible()
    assert_accessible(page)


def test_unknown_and_mistyped_codes_have_no_axe_violations(page, site_root):
    unknown = codes.new_code()
    page.goto(f"/certificates/verify/{unknown}/")
    assert page.get_by_role("heading", name="No certificate has this code", level=1).is_visible()
    assert_accessible(page)
    body = codes.normalise(unknown)
    wrong_check = next(char for char in codes.ALPHABET if char != body[12])
    page.goto(f"/certificates/verify/{body[:12]}{wrong_check}/")
    assert page.get_by_role("heading", name="Check the certificate code", level=1).is_visible()
    assert_accessible(page)


def test_someone_checks_a_code_by_keyboard_and_sees_errors_in_the_gov_uk_pattern(page, certificates):
    page.goto("/certificates/verify/")
    assert_accessible(page)
    page.get_by_label("Certificate code").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/certificates/verify/?code=")
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page)
    page.get_by_label("Certificate code").fill(certificates["valid"].code.lower().replace("-", " "))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/certificates/verify/{certificates['valid'].code}/")
    assert page.get_by_role("heading", name="This certificate is valid", level=1).is_visible()


def test_the_rate_limited_page_has_no_axe_violations(page, settings, certificates):
    settings.ACADEMY_CERTIFICATE_VERIFY_RATE_LIMIT = 1
    page.goto(f"/certificates/verify/{certificates['valid'].code}/")
    response = page.goto(f"/certificates/verify/{certificates['valid'].code}/")
    assert response.status == 429
    assert page.get_by_role("heading", name="Too many checks", level=1).is_visible()
    assert_accessible(page)
