"""Sign-up, verification, sign-in, sign-out, password reset and two-factor authentication, through the real views."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.urls import reverse

from academy.accounts.models import User
from academy.accounts.policy import DOMAIN_NOT_ALLOWED
from academy.accounts.wording import TOO_MANY_SIGN_IN_ATTEMPTS
from tests.academy.accounts.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "a-new-and-better-passphrase"


def signup_data(**overrides):
    data = {
        "full_name": "Jo Bloggs",
        "organisation": "Northshire County Council",
        "job_title": "Commissioner",
        "email": "jo.bloggs@northshire.gov.uk",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    return {**data, **overrides}


def link_in(message, pattern: str) -> str:
    match = re.search(r"https?://[^/\s]+(" + pattern + r")", message.body)
    assert match, message.body
    return match.group(1)


def sign_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_sign_up_sends_a_verification_email_and_stores_the_profile(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), signup_data())
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="jo.bloggs@northshire.gov.uk")
    assert (user.full_name, user.organisation, user.job_title) == (
        "Jo Bloggs",
        "Northshire County Council",
        "Commissioner",
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["jo.bloggs@northshire.gov.uk"]
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def test_an_unverified_person_cannot_sign_in_until_they_verify(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), signup_data())
        response = sign_in(client, "jo.bloggs@northshire.gov.uk")
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_sign_up_verify_sign_in_and_sign_out(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), signup_data())
    confirm_path = link_in(mail.outbox[0], r"/accounts/confirm-email/[^\s]+/")
    page = client.get(confirm_path)
    assert page.status_code == 200
    assert b"Confirm" in page.content
    client.post(confirm_path)
    assert EmailAddress.objects.get(email="jo.bloggs@northshire.gov.uk").verified
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session
    response = sign_in(client, "jo.bloggs@northshire.gov.uk")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(User.objects.get(email="jo.bloggs@northshire.gov.uk").pk)
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


def test_sign_up_from_a_domain_outside_the_allow_list_is_refused_with_a_clear_message(client, settings):
    settings.ACADEMY_ALLOWED_EMAIL_DOMAINS = ["*.gov.uk", "nhs.net"]
    response = client.post(reverse("account_signup"), signup_data(email="jo@gov.uk.evil.com"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert "<title>Error: Create an account" in html
    assert DOMAIN_NOT_ALLOWED in html
    assert not User.objects.filter(email="jo@gov.uk.evil.com").exists()


def test_sign_up_errors_use_the_gov_uk_error_summary_linked_to_each_field(client):
    response = client.post(reverse("account_signup"), signup_data(full_name="", password2="different-password"))
    html = response.content.decode()
    assert 'class="govuk-error-summary"' in html
    assert '<a href="#id_full_name">Enter your full name</a>' in html
    assert 'id="id_full_name-error"' in html
    assert "govuk-form-group--error" in html


def test_password_reset_by_email(client, django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": user.email})
    assert response.status_code == 302
    key_path = link_in(mail.outbox[0], r"/accounts/password/reset/key/[^\s]+/")
    form_page = client.get(key_path, follow=True)
    assert form_page.status_code == 200
    set_password_path = form_page.redirect_chain[-1][0] if form_page.redirect_chain else key_path
    response = client.post(set_password_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_password_reset_does_not_reveal_whether_an_account_exists(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": "nobody@council.gov.uk"})
    assert response.status_code == 302
    assert response["Location"] == reverse("account_reset_password_done")


def test_repeated_failed_sign_ins_are_rate_limited(client):
    user = UserFactory()
    statuses = [sign_in(client, user.email, "wrong-password").status_code for _ in range(7)]
    assert statuses[-1] == 429 or TOO_MANY_SIGN_IN_ATTEMPTS in sign_in(client, user.email, "x").content.decode()


def test_password_reset_requests_are_rate_limited(client):
    user = UserFactory()
    statuses = [client.post(reverse("account_reset_password"), {"email": user.email}).status_code for _ in range(8)]
    assert 429 in statuses


def activate_totp(client) -> str:
    """Reauthenticate with the password (allauth asks before changing MFA), then activate TOTP; return the secret."""
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    secret = client.session["mfa.totp.secret"]
    response = client.post(reverse("mfa_activate_totp"), {"code": current_code(secret)})
    assert response.status_code == 302
    return secret


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_enrolling_in_totp_and_signing_in_with_a_code(client):
    user = UserFactory()
    assert sign_in(client, user.email).status_code == 302
    secret = activate_totp(client)
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists()

    client.post(reverse("account_logout"))
    response = sign_in(client, user.email)
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000" if current_code(secret) != "000000" else "1"})
    assert wrong.status_code == 200
    assert "_auth_user_id" not in client.session
    client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_recovery_code_signs_in_once(client):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    user = UserFactory()
    sign_in(client, user.email)
    activate_totp(client)
    code = RecoveryCodes(
        Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    ).get_unused_codes()[0]
    client.post(reverse("account_logout"))
    sign_in(client, user.email)
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert client.session["_auth_user_id"] == str(user.pk)
    client.post(reverse("account_logout"))
    sign_in(client, user.email)
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert "_auth_user_id" not in client.session


def test_account_pages_are_styled_with_gov_uk_components(client):
    user = UserFactory()
    sign_in(client, user.email)
    for name in ["account_email", "account_change_password", "mfa_index"]:
        html = client.get(reverse(name)).content.decode()
        assert 'class="govuk-heading-l"' in html, name
        assert "govuk-service-navigation" in html, name


def test_the_wagtail_admin_sign_in_form_sends_people_to_the_sites_sign_in(client):
    user = UserFactory(is_superuser=True, is_staff=True)
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"
    client.post("/admin/login/", {"username": user.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session


def test_the_wagtail_admin_asks_anonymous_visitors_to_sign_in_through_allauth(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_django_admin_sign_in_goes_through_the_sites_sign_in(client):
    response = client.get("/django-admin/login/?next=/django-admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
