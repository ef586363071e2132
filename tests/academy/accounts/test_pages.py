"""The account pages speak GOV.UK: no library wording, an error per field that says what to do, one banner."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.urls import reverse

from academy.accounts import wording
from tests.academy.accounts.factories import PASSWORD, EmailAddressFactory, UserFactory

pytestmark = pytest.mark.django_db

# Wording from django-allauth's and Django's own templates and forms that must never reach a learner.
LIBRARY_PHRASES = [
    "Verify Your Email Address",
    "finalize",
    "for user",
    "and/or",
    "This field is required.",
    "Forgot your password?",
    "Please",
    "Sign In",
    "Sign Up",
    "Signup",
    "Email Address",
    "Email Addresses",
    "Password Reset",
    "Change Password",
    "Set Password",
    "Confirm Access",
    "Please reauthenticate",
    "Two-Factor",
    "Authenticator App",
    "Recovery Codes",
    "Bad Token",
    "Re-send",
    "Successfully",
    "Remember Me",
    "Current email:",
    "Change to:",
    "Account Inactive",
    "Deactivate",
    "You must type the same",
    "Your password can’t",
    "Enter a valid email address",
    "example.com",
]


def sign_in(client, user):
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    return client


def reauthenticated(client, user):
    sign_in(client, user)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    return client


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def with_totp(client, user) -> str:
    reauthenticated(client, user)
    client.get(reverse("mfa_activate_totp"))
    secret = client.session["mfa.totp.secret"]
    client.post(reverse("mfa_activate_totp"), {"code": current_code(secret)})
    return secret


def main_of(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def title_of(response) -> str:
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)


def assert_plain_page(response):
    assert response.status_code == 200
    html = title_of(response) + main_of(response)
    for phrase in LIBRARY_PHRASES:
        assert phrase not in html, phrase
    assert "\n" not in title_of(response)
    for link in re.findall(r"<a\b[^>]*>", main_of(response)):
        assert re.search(r'class="[^"]*govuk-', link), f"an unstyled link: {link}"


# The pages a visitor reaches without signing in, as (name, how to get there).
def confirm_email_page(client, capture):
    with capture(execute=True):
        client.post(reverse("account_signup"), _signup_data())
    key = re.search(r"/accounts/confirm-email/([^/\s]+)/", mail.outbox[-1].body).group(1)
    return client.get(reverse("account_confirm_email", args=[key]))


def reset_from_key_page(client, capture):
    with capture(execute=True):
        client.post(reverse("account_reset_password"), {"email": UserFactory().email})
    path = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+/)", mail.outbox[-1].body).group(1)
    return client.get(path, follow=True)


ANONYMOUS_PAGES = {
    "sign in": lambda client, capture: client.get(reverse("account_login")),
    "create an account": lambda client, capture: client.get(reverse("account_signup")),
    "check your email after signing up": lambda client, capture: client.get(reverse("account_email_verification_sent")),
    "confirm email": confirm_email_page,
    "confirm email with a used link": lambda client, capture: client.get(
        reverse("account_confirm_email", args=["used"])
    ),
    "reset password": lambda client, capture: client.get(reverse("account_reset_password")),
    "check your email after asking to reset": lambda client, capture: client.get(
        reverse("account_reset_password_done")
    ),
    "choose a new password": reset_from_key_page,
    "reset link already used": lambda client, capture: client.get("/accounts/password/reset/key/1-used/", follow=True),
    "password changed": lambda client, capture: client.get(reverse("account_reset_password_from_key_done")),
    "account inactive": lambda client, capture: client.get(reverse("account_inactive")),
}

SIGNED_IN_PAGES = {
    "email address": lambda client, user: sign_in(client, user).get(reverse("account_email")),
    "change password": lambda client, user: sign_in(client, user).get(reverse("account_change_password")),
    "sign out": lambda client, user: sign_in(client, user).get(reverse("account_logout")),
    "two-factor authentication": lambda client, user: sign_in(client, user).get(reverse("mfa_index")),
    "confirm it is you": lambda client, user: sign_in(client, user).get(reverse("account_reauthenticate")),
    "turn on two-factor": lambda client, user: reauthenticated(client, user).get(reverse("mfa_activate_totp")),
}


def totp_page(name):
    def page(client, user):
        with_totp(client, user)
        return client.get(reverse(name))

    return page


TWO_FACTOR_PAGES = {
    "two-factor authentication when on": totp_page("mfa_index"),
    "turn off two-factor": totp_page("mfa_deactivate_totp"),
    "recovery codes": totp_page("mfa_view_recovery_codes"),
    "create new recovery codes": totp_page("mfa_generate_recovery_codes"),
}


def _signup_data(**overrides):
    data = {
        "full_name": "Jo Bloggs",
        "organisation": "Northshire County Council",
        "job_title": "",
        "email": "jo.bloggs@northshire.gov.uk",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    return {**data, **overrides}


@pytest.mark.parametrize("name", list(ANONYMOUS_PAGES))
def test_pages_for_visitors_have_no_library_wording(client, django_capture_on_commit_callbacks, name):
    assert_plain_page(ANONYMOUS_PAGES[name](client, django_capture_on_commit_callbacks))


@pytest.mark.parametrize("name", list(SIGNED_IN_PAGES))
def test_account_pages_have_no_library_wording(client, name):
    assert_plain_page(SIGNED_IN_PAGES[name](client, UserFactory()))


@pytest.mark.parametrize("name", list(TWO_FACTOR_PAGES))
def test_two_factor_pages_have_no_library_wording(client, name):
    assert_plain_page(TWO_FACTOR_PAGES[name](client, UserFactory()))


def test_the_two_factor_sign_in_page_has_no_library_wording(client):
    user = UserFactory()
    with_totp(client, user)
    client.post(reverse("account_logout"))
    sign_in(client, user)
    assert_plain_page(client.get(reverse("mfa_authenticate")))


def assert_error_once_in_summary_and_once_inline(html: str, field_id: str, message: str):
    summary = html[html.index('class="govuk-error-summary"') : html.index("</ul>", html.index("govuk-error-summary"))]
    assert summary.count(f'<a href="#{field_id}">{message}</a>') == 1, (field_id, message)
    inline = re.findall(
        rf'<p id="{field_id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> '
        rf"(.*?)</p>",
        html,
    )
    assert inline == [message], (field_id, inline)
    assert html.count(message) == 2, (message, html.count(message))


EMPTY_FORMS = {
    "sign in": (
        lambda client, capture: reverse("account_login"),
        {},
        {"id_login": wording.ENTER_EMAIL, "id_password": wording.ENTER_PASSWORD},
    ),
    "create an account": (
        lambda client, capture: reverse("account_signup"),
        {},
        {
            "id_full_name": wording.ENTER_FULL_NAME,
            "id_organisation": wording.ENTER_ORGANISATION,
            "id_email": wording.ENTER_EMAIL,
            "id_password1": wording.ENTER_NEW_PASSWORD,
            "id_password2": wording.ENTER_PASSWORD_AGAIN,
        },
    ),
    "reset password": (
        lambda client, capture: reverse("account_reset_password"),
        {},
        {"id_email": wording.ENTER_EMAIL},
    ),
    "choose a new password": (
        lambda client, capture: reset_from_key_page(client, capture).redirect_chain[-1][0],
        {},
        {"id_password1": wording.ENTER_A_NEW_PASSWORD, "id_password2": wording.ENTER_PASSWORD_AGAIN},
    ),
    "change password": (
        lambda client, capture: sign_in(client, UserFactory()) and reverse("account_change_password"),
        {},
        {
            "id_oldpassword": wording.ENTER_CURRENT_PASSWORD,
            "id_password1": wording.ENTER_A_NEW_PASSWORD,
            "id_password2": wording.ENTER_PASSWORD_AGAIN,
        },
    ),
    "change email address": (
        lambda client, capture: sign_in(client, UserFactory()) and reverse("account_email"),
        {"action_add": ""},
        {"id_email": wording.ENTER_NEW_EMAIL},
    ),
    "confirm it is you": (
        lambda client, capture: sign_in(client, UserFactory()) and reverse("account_reauthenticate"),
        {},
        {"id_password": wording.ENTER_PASSWORD},
    ),
    "turn on two-factor": (
        lambda client, capture: reauthenticated(client, UserFactory()) and reverse("mfa_activate_totp"),
        {},
        {"id_code": wording.ENTER_APP_CODE},
    ),
}


@pytest.mark.parametrize("name", list(EMPTY_FORMS))
def test_an_empty_form_says_what_to_enter_in_each_field_once_in_the_summary_and_once_inline(
    client, django_capture_on_commit_callbacks, name
):
    url_for, data, expected = EMPTY_FORMS[name]
    response = client.post(url_for(client, django_capture_on_commit_callbacks), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert title_of(response).startswith("Error: ")
    for field_id, message in expected.items():
        assert_error_once_in_summary_and_once_inline(html, field_id, message)
    assert "This field is required." not in html


def test_an_empty_two_factor_code_says_what_to_enter(client):
    user = UserFactory()
    with_totp(client, user)
    client.post(reverse("account_logout"))
    sign_in(client, user)
    html = client.post(reverse("mfa_authenticate"), {"code": ""}).content.decode()
    assert_error_once_in_summary_and_once_inline(html, "id_code", wording.ENTER_CODE)


def test_a_wrong_two_factor_code_says_what_to_do(client):
    user = UserFactory()
    secret = with_totp(client, user)
    client.post(reverse("account_logout"))
    sign_in(client, user)
    wrong = "000000" if current_code(secret) != "000000" else "111111"
    html = client.post(reverse("mfa_authenticate"), {"code": wrong}).content.decode()
    assert_error_once_in_summary_and_once_inline(html, "id_code", wording.WRONG_CODE)


def test_two_factor_cannot_be_turned_on_while_an_email_address_is_unconfirmed(client, site_root):
    user = UserFactory()
    EmailAddressFactory(user=user, email="changing.to@council.gov.uk", verified=False)
    reauthenticated(client, user)
    html = client.get(reverse("mfa_activate_totp"), follow=True).content.decode()
    assert "Confirm your email address before you turn on two-factor authentication" in html
    assert "verified" not in html


def test_a_wrong_password_at_sign_in_says_what_to_do(client):
    user = UserFactory()
    html = client.post(reverse("account_login"), {"login": user.email, "password": "not-it"}).content.decode()
    assert wording.WRONG_EMAIL_OR_PASSWORD in html
    assert "and/or" not in html


def test_an_email_address_in_the_wrong_format_gets_an_example(client):
    html = client.post(reverse("account_signup"), _signup_data(email="jo.bloggs")).content.decode()
    assert_error_once_in_summary_and_once_inline(html, "id_email", wording.EMAIL_FORMAT)


def test_an_email_address_longer_than_the_database_allows_is_refused_with_a_message(client):
    email = "a" * 60 + "@" + ".".join(["b" * 60] * 4) + ".gov.uk"
    response = client.post(reverse("account_signup"), _signup_data(email=email))
    assert response.status_code == 200
    assert_error_once_in_summary_and_once_inline(response.content.decode(), "id_email", wording.EMAIL_TOO_LONG)


def test_different_passwords_are_refused_with_a_message_that_says_what_to_do(client):
    html = client.post(reverse("account_signup"), _signup_data(password2="something-else-entirely")).content.decode()
    assert_error_once_in_summary_and_once_inline(html, "id_password2", wording.PASSWORDS_DIFFER)


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short", wording.password_too_short(10)),
        ("password123", wording.PASSWORD_TOO_COMMON),
        ("8402957163", wording.PASSWORD_ALL_NUMBERS),
        ("jo.bloggs@northshire", wording.PASSWORD_LIKE_YOU),
    ],
)
def test_a_weak_password_is_refused_with_a_message_that_says_what_to_do(client, password, message):
    response = client.post(reverse("account_signup"), _signup_data(password1=password, password2=password))
    html = response.content.decode()
    assert f'<a href="#id_password1">{message}</a>' in html
    assert "Your password can’t" not in html and "This password is" not in html


def test_a_wrong_current_password_says_what_to_do(client):
    sign_in(client, UserFactory())
    data = {"oldpassword": "not-it", "password1": "a-new-long-passphrase", "password2": "a-new-long-passphrase"}
    html = client.post(reverse("account_change_password"), data).content.decode()
    assert_error_once_in_summary_and_once_inline(html, "id_oldpassword", wording.WRONG_CURRENT_PASSWORD)


def test_changing_to_the_address_already_in_use_says_what_to_do(client):
    user = UserFactory()
    sign_in(client, user)
    html = client.post(reverse("account_email"), {"action_add": "", "email": user.email}).content.decode()
    assert_error_once_in_summary_and_once_inline(html, "id_email", wording.SAME_EMAIL)


def test_confirming_an_email_address_signs_in_with_one_success_banner(
    client, site_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sent_page = client.post(reverse("account_signup"), _signup_data(), follow=True)
    assert "Check your email" in sent_page.content.decode()
    assert "govuk-notification-banner" not in sent_page.content.decode()  # the page itself says what happened
    key = re.search(r"/accounts/confirm-email/([^/\s]+)/", mail.outbox[-1].body).group(1)
    response = client.post(reverse("account_confirm_email", args=[key]), follow=True)
    assert EmailAddress.objects.get(email="jo.bloggs@northshire.gov.uk").verified
    assert "_auth_user_id" in client.session
    html = response.content.decode()
    assert html.count("govuk-notification-banner__header") == 1
    assert "You have confirmed your email address, jo.bloggs@northshire.gov.uk." in html


def test_signing_in_shows_no_banner(client, site_root):
    response = client.post(reverse("account_login"), {"login": UserFactory().email, "password": PASSWORD}, follow=True)
    assert "_auth_user_id" in client.session
    assert "govuk-notification-banner" not in response.content.decode()


def test_signing_out_shows_one_banner(client, site_root):
    sign_in(client, UserFactory())
    html = client.post(reverse("account_logout"), follow=True).content.decode()
    assert html.count("govuk-notification-banner__header") == 1
    assert "You have signed out." in html
