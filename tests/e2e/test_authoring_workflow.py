"""In the Wagtail admin: an author creates a lesson and submits it for review; a reviewer approves and publishes it."""

import re

import pytest
from django.contrib.auth.models import Group

from courses.authoring import AUTHORS, REVIEWERS, ensure_authoring_setup
from courses.models import LessonPage, ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course
from tests.e2e.conftest import sign_in, sign_out

pytestmark = pytest.mark.django_db(transaction=True)


def test_author_submits_a_lesson_and_a_reviewer_publishes_it(page, site_root):
    ensure_authoring_setup()
    course = make_course(modules=1, lessons=1)
    module = ModulePage.objects.child_of(course).get()
    author = UserFactory()
    author.groups.add(Group.objects.get(name=AUTHORS))
    reviewer = UserFactory()
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))

    sign_in(page, author)
    page.goto(f"/admin/pages/add/courses/lessonpage/{module.pk}/")
    page.locator("#id_title").fill("Managing a reserved contract")
    page.locator("#id_summary").fill("How to run a contract reserved for a public service mutual.")
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Paragraph").first.click()
    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    editor.press_sequentially("A reserved contract lasts at most five years.")
    # Draftail writes its content to a hidden input after a short debounce: wait for it before submitting.
    page.wait_for_function(
        "() => [...document.querySelectorAll('input[type=hidden]')].some(i => i.value.includes('five years'))"
    )
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=re.compile("Submit to Course review")).click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/.*|.*/admin/pages/\d+/"))
    lesson = LessonPage.objects.get(title="Managing a reserved contract")
    assert not lesson.live
    assert lesson.workflow_in_progress
    assert "at most five years" in str(lesson.get_latest_revision().content["body"])
    sign_out(page)

    sign_in(page, reviewer)
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    approve = page.locator("button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])")
    if not approve.is_visible():
        page.get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        approve.first.click()
    lesson.refresh_from_db()
    assert lesson.live
    page.goto(lesson.url)
    assert page.get_by_role("heading", name="Managing a reserved contract").is_visible()
    assert "A reserved contract lasts at most five years." in page.content()
