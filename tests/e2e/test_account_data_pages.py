"""The learner's data pages in a real browser, each checked with axe: Your details, Download your data, Delete your
account (with and without errors), the page after deletion, and the administrators' audit log."""

import re

import pytest
from playwright.sync_api import expect

from academy.accounts.models import User
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.e2e.conftest import assert_accessible, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _exports_in_tmp(settings, tmp_path):
    settings.ACADEMY_COHORT_EXPORT_ROOT = tmp_path / "exports"


def test_a_learner_edits_their_details_by_keyboard_and_sees_errors(page, site_root):
    user = UserFactory(full_name="Ann Old")
    sign_in(page, user)
    page.goto("/accounts/email/")
    page.get_by_role("link", name="Your details").click()
    assert_accessible(page)
    page.get_by_label("Full name").fill("")
    page.get_by_role("button", name="Save your details").click()
    expect(page).to_have_title(re.compile(r"^Error: "))
    expect(page.locator(".govuk-error-summary")).to_be_focused()
    assert_accessible(page)
    page.get_by_label("Full name").fill("Ann New")
    page.get_by_label("Full name").press("Enter")
    expect(page.get_by_text("Your details have been saved")).to_be_visible()
    user.refresh_from_db()
    assert user.full_name == "Ann New"


def test_a_learner_prepares_and_downloads_their_data(page, site_root):
    sign_in(page, UserFactory())
    page.goto("/accounts/my-data/")
    assert_accessible(page)
    page.get_by_role("button", name="Prepare my data").click()
    expect(page.get_by_text("We are preparing your data")).to_be_visible()
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download ZIP")).click()
    assert download.value.suggested_filename.startswith("my-data-")


def test_a_learner_deletes_their_account(page, site_root):
    user = UserFactory()
    sign_in(page, user)
    page.goto("/accounts/delete/")
    assert_accessible(page)
    page.get_by_role("button", name="Delete my account").click()
    expect(page).to_have_title(re.compile(r"^Error: "))
    assert_accessible(page)
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand that my account will be deleted").check()
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_role("heading", name="Your account has been deleted")).to_be_visible()
    assert_accessible(page)
    assert User.objects.get(pk=user.pk).erased_at is not None


def test_the_audit_log_page_passes_axe(page, site_root):
    admin = UserFactory(is_superuser=True, is_staff=True)
    sign_in(page, admin)
    page.goto("/admin/audit-log/")
    expect(page.get_by_role("heading", name="Audit log")).to_be_visible()
    assert page.get_by_text("Staff member signed in").count() >= 1
    assert_accessible(page)
