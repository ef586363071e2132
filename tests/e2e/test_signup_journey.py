"""The sign-up journey by keyboard alone: create an account, follow the email link, confirm, arrive signed in."""

import re

import pytest
from django.core import mail

from academy.accounts.models import User

pytestmark = pytest.mark.django_db(transaction=True)


def type_into_focused(page, text: str) -> None:
    page.keyboard.type(text)


def tab_to(page, predicate_js: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate_js):
            return
    raise AssertionError(f"Could not reach the element by keyboard: {predicate_js}")


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
    assert "Verify" in page.content() or "verif" in page.content().lower()

    assert len(mail.outbox) == 1
    path = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", mail.outbox[0].body).group(1)
    page.goto(path)
    tab_to(page, "document.activeElement.tagName === 'BUTTON'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert User.objects.get(email="morgan.keyboard@westshire.gov.uk").emailaddress_set.get().verified
    assert page.get_by_role("link", name="Sign out").count() >= 1, page.url
