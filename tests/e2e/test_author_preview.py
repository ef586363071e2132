"""An author sees the lesson preview in the editor's side panel, and the Checks panel runs axe on it."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from courses.authoring import AUTHORS, ensure_authoring_setup
from courses.models import LessonPage
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course
from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_author_sees_the_preview_and_the_checks_panel_reports_a_skipped_heading(page, site_root, tmp_path):
    ensure_authoring_setup()
    course = make_course(modules=1, lessons=1)
    lesson = LessonPage.objects.descendant_of(course).get()
    lesson.body = [
        {"type": "paragraph", "value": "<p>Opening paragraph about reserved contracts.</p>"},
        # The page title is the h1: an h3 straight after it skips a level, which axe reports.
        {"type": "heading", "value": {"text": "A skipped level", "level": "h3"}},
    ]
    lesson.save_revision().publish()
    author = UserFactory()
    author.groups.add(Group.objects.get(name=AUTHORS))
    blocked = []

    def note_blocked(message):
        if "Content Security Policy" in message.text:
            blocked.append(message.text)

    page.on("console", note_blocked)

    sign_in(page, author)
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe").first
    expect(preview.get_by_text("Opening paragraph about reserved contracts.")).to_be_visible()
    page.screenshot(path=tmp_path / "preview.png")

    page.get_by_role("button", name="Toggle checks").click()
    # The count starts at 0 and only changes once axe has run in the preview and reported back.
    expect(page.locator("[data-content-checker-count]").first).to_have_text("1")
    expect(page.get_by_text("Incorrect heading hierarchy")).to_be_visible()
    page.screenshot(path=tmp_path / "checks.png")
    page.remove_listener("console", note_blocked)  # the tab serves the next tests too
    assert blocked == []
