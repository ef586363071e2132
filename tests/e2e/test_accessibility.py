"""Every page type so far passes axe-core (WCAG 2.2 AA tags) with zero violations."""

import re

import pytest
from playwright.sync_api import expect

from tests.academy.accounts.factories import UserFactory
from tests.e2e.conftest import assert_accessible, sign_in

pytestmark = pytest.mark.django_db(transaction=True)

PUBLIC_PAGES = [
    "/",
    "/accessibility-statement/",
    "/privacy/",
    "/cookies/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/no-such-page/",
]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_has_no_axe_violations(page, site_root, path):
    page.goto(path)
    assert_accessible(page)


def test_form_pages_with_errors_have_no_axe_violations(page, site_root):
    page.goto("/accounts/signup/")
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "/accounts/email/",
        "/accounts/password/change/",
        "/accounts/2fa/",
        "/accounts/2fa/totp/activate/",
        "/accounts/logout/",
    ],
)
def test_account_pages_have_no_axe_violations(page, site_root, path):
    user = UserFactory()
    sign_in(page, user)
    page.goto(path)
    assert_accessible(page)


@pytest.fixture
def demo_course(site_root):
    from courses.demo.course import load_demo_course
    from courses.models import CoursePage
    from tests.database_template import built_on

    return CoursePage.objects.get(pk=built_on("demo course", lambda: load_demo_course(site_root).pk, saved=True))


def test_course_pages_have_no_axe_violations(page, demo_course):
    from courses.selectors import course_outline

    outline = course_outline(course=demo_course)
    for path in [
        demo_course.get_parent().url,
        demo_course.url,
        outline.modules[0].url,
        outline.items[0].url,
        outline.items[-1].url,
        "/search/?q=mutual",
        "/search/?q=",
    ]:
        page.goto(path)
        assert_accessible(page)
