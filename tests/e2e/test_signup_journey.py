"""The sign-up journey by keyboard alone, and every account page in a real browser with axe-core (WCAG 2.2 AA)."""

import re
import time

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.core import mail
from playwright.sync_api import expect

from academy.accounts import wording
from academy.accounts.models import User
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.e2e.conftest import assert_accessible, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def type_into_focused(page, text: str) -> None:
    page.keyboard.type(text)


def tab_to(page, predicate_js: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return
    raise AssertionError(f"Could not reach the element by keyboard: {predicate_js}")


def link_path(pattern: str) -> str:
    """The path of the link matching ``pattern`` in the last email (its host is the public address, not the test's)."""
    return re.search(r"https?://[^/\s]+(" + pattern + r")", mail.outbox[-1].body).group(1)


def test_sign_up_journey_by_keyboard_alone(page, site_root):
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('govuk-skip-link')")
    tab_to(page, "document.activeElement.textContent.trim().startsWith('Create an account')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/accounts/signup/")

    fields = {
        "id_full_name": "Morgan Keyboard",
        "id_organisation": "Westshire Council",
        "id_job_title": "Commissioning manager",
        "id_email": "morgan.keyboard@westshire.gov.uk",
        "id_password1": "a-long-keyboard-passphrase",
        "id_password2": "a-long-keyboard-passphrase",
    }
    for field_id, value in fields.items():
        tab_to(page, f"document.activeElement.id === '{field_id}'")
        type_into_focused(page, value)
    tab_to(page, "document.activeElement.tagName === 'BUTTON' && document.activeElement.type === 'submit'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/accounts/confirm-email/")
    assert page.get_by_role("heading", level=1).inner_text() == "Check your email"
    assert page.locator(".govuk-notification-banner").count() == 0
    assert_accessible(page)

    assert len(mail.outbox) == 1
    page.goto(link_path(r"/accounts/confirm-email/\S+/"))
    assert page.get_by_role("heading", level=1).inner_text() == "Confirm your email address"
    assert_accessible(page)
    tab_to(page, "document.activeElement.tagName === 'BUTTON'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert User.objects.get(email="morgan.keyboard@westshire.gov.uk").emailaddress_set.get().verified
    assert page.get_by_role("link", name="Sign out").count() >= 1, page.url
    banners = page.locator(".govuk-notification-banner")
    assert banners.count() == 1
    assert "You have confirmed your email address" in banners.inner_text()


def test_empty_sign_up_form_says_what_to_enter_and_passes_axe(page, site_root):
    page.goto("/accounts/signup/")
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    summary = page.locator(".govuk-error-summary")
    for message in [
        wording.ENTER_FULL_NAME,
        wording.ENTER_ORGANISATION,
        wording.ENTER_EMAIL,
        wording.ENTER_NEW_PASSWORD,
        wording.ENTER_PASSWORD_AGAIN,
    ]:
        assert summary.get_by_role("link", name=message, exact=True).count() == 1, message
    assert "This field is required." not in page.content()
    assert_accessible(page)


ANONYMOUS_PAGES = {
    "sign in with errors": ("/accounts/login/", "Sign in"),
    "reset password with errors": ("/accounts/password/reset/", "Send the link"),
}


@pytest.mark.parametrize("name", list(ANONYMOUS_PAGES))
def test_forms_for_visitors_with_errors_pass_axe(page, site_root, name):
    path, button = ANONYMOUS_PAGES[name]
    page.goto(path)
    page.locator("main").get_by_role("button", name=button).click()
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    assert_accessible(page)


def test_password_reset_pages_pass_axe(page, site_root):
    user = UserFactory()
    page.goto("/accounts/password/reset/")
    page.get_by_label("Email address").fill(user.email)
    page.get_by_role("button", name="Send the link").click()
    page.wait_for_url("**/accounts/password/reset/done/")
    assert page.get_by_role("heading", level=1).inner_text() == "Check your email"
    assert_accessible(page)

    page.goto(link_path(r"/accounts/password/reset/key/\S+/"))
    assert page.get_by_role("heading", level=1).inner_text() == "Choose a new password"
    page.get_by_role("button", name="Change password").click()
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    assert_accessible(page)
    page.get_by_label("New password", exact=True).fill("a-fresh-long-passphrase")
    page.get_by_label("Confirm your new password").fill("a-fresh-long-passphrase")
    page.get_by_role("button", name="Change password").click()
    page.wait_for_url("**/accounts/password/reset/key/done/")
    assert page.get_by_role("heading", level=1).inner_text() == "Your password has been changed"
    assert_accessible(page)

    page.goto("/accounts/password/reset/key/1-used/")
    assert page.get_by_role("heading", level=1).inner_text() == "This link has expired or has already been used"
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    ["/accounts/confirm-email/not-a-key/", "/accounts/inactive/", "/accounts/confirm-email/"],
)
def test_other_pages_for_visitors_pass_axe(page, site_root, path):
    page.goto(path)
    assert_accessible(page)


@pytest.mark.parametrize(
    ("path", "button"),
    [
        ("/accounts/email/", "Change email address"),
        ("/accounts/password/change/", "Change password"),
        ("/accounts/reauthenticate/", "Continue"),
    ],
)
def test_account_forms_with_errors_pass_axe(page, site_root, path, button):
    sign_in(page, UserFactory())
    page.goto(path)
    page.locator("main").get_by_role("button", name=button).click()
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page)


def reauthenticate(page) -> None:
    page.goto("/accounts/reauthenticate/")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.wait_for_load_state()


def test_turning_on_two_factor_pages_pass_axe(page, site_root):
    sign_in(page, UserFactory())
    reauthenticate(page)
    page.goto("/accounts/2fa/totp/activate/")
    assert page.get_by_role("heading", level=1).inner_text() == "Turn on two-factor authentication"
    assert_accessible(page)
    page.get_by_role("button", name="Turn on").click()
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    assert page.locator(".govuk-error-summary").get_by_role("link", name=wording.ENTER_APP_CODE).count() == 1
    assert_accessible(page)


@pytest.fixture
def user_with_two_factor(db):
    user = UserFactory()
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    user.totp_secret = secret
    return user


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_two_factor_sign_in_and_pages_pass_axe(page, site_root, user_with_two_factor):
    user = user_with_two_factor
    page.goto("/accounts/login/")
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/accounts/2fa/authenticate/")
    assert page.get_by_role("heading", level=1).inner_text() == "Enter your security code"
    assert_accessible(page)
    page.get_by_role("button", name="Continue").click()
    # waits for the page the click loads (count() would read the page before it)
    expect(page.locator(".govuk-error-summary").get_by_role("link", name=wording.ENTER_CODE)).to_have_count(1)
    assert_accessible(page)
    page.get_by_label("Code").fill(current_code(user.totp_secret))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(re.compile(r".*/$"))

    for path, heading in [
        ("/accounts/2fa/", "Two-factor authentication"),
        ("/accounts/email/", "Your email address"),
        ("/accounts/password/change/", "Change your password"),
        ("/accounts/logout/", "Sign out"),
    ]:
        page.goto(path)
        assert page.get_by_role("heading", level=1).inner_text() == heading
        assert_accessible(page)

    page.goto("/accounts/2fa/reauthenticate/")
    assert page.get_by_role("heading", level=1).inner_text() == "Confirm it is you"
    assert_accessible(page)
    reauthenticate(page)
    page.goto("/accounts/2fa/totp/deactivate/")
    assert page.get_by_role("heading", level=1).inner_text() == "Turn off two-factor authentication"
    assert_accessible(page)
    for path, heading in [
        ("/accounts/2fa/recovery-codes/", "Recovery codes"),
        ("/accounts/2fa/recovery-codes/generate/", "Create new recovery codes"),
    ]:
        page.goto(path)
        assert page.get_by_role("heading", level=1).inner_text() == heading
        assert_accessible(page)
