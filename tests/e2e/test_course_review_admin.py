"""In the Wagtail admin: an author submits a whole course for review in one action and is not offered what they
cannot do (reorder handles, bulk Publish); a reviewer approves the pending pages together, grouped by course and
module."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from courses.authoring import AUTHORS, REVIEWERS, ensure_authoring_setup
from courses.models import LessonPage, ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course
from tests.e2e.conftest import assert_accessible, sign_in, sign_out

pytestmark = pytest.mark.django_db(transaction=True)


def member_of(name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=name))
    return user


def add_draft(module, title):
    lesson = LessonPage(title=title, summary="Summary.", body=[{"type": "paragraph", "value": "<p>Text.</p>"}])
    lesson.live = False
    module.add_child(instance=lesson)
    lesson.save_revision()
    return lesson


def test_an_author_submits_a_course_and_a_reviewer_approves_it_in_one_go(page, site_root, tmp_path):
    ensure_authoring_setup()
    course = make_course(modules=2, lessons=1)
    modules = list(ModulePage.objects.child_of(course))
    drafts = [add_draft(modules[0], "Reserving a contract"), add_draft(modules[1], "Measuring social value")]
    author, reviewer = member_of(AUTHORS), member_of(REVIEWERS)

    sign_in(page, author)
    page.goto(f"/admin/pages/{course.pk}/?ordering=ord")
    assert page.locator("[data-w-orderable-url-value]").count() == 0  # no drag handles for authors
    page.goto(f"/admin/pages/{modules[0].pk}/")
    page.locator("input[data-bulk-action-checkbox]").first.check()
    footer = page.locator("[data-bulk-action-footer]")
    expect(footer).to_be_visible()
    expect(footer.get_by_text("Move", exact=True)).to_be_visible()
    assert footer.get_by_text("Publish", exact=True).count() == 0
    assert footer.get_by_text("Unpublish", exact=True).count() == 0
    page.screenshot(path=tmp_path / "author-bulk-actions.png")

    page.goto(f"/admin/pages/{course.pk}/")
    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Submit for review, with its pages").click()
    expect(page.get_by_role("heading", name="These 2 pages will be sent to a course reviewer")).to_be_visible()
    expect(page.get_by_role("link", name="Reserving a contract")).to_be_visible()
    assert_accessible(page)
    page.screenshot(path=tmp_path / "submit.png", full_page=True)
    page.get_by_role("button", name="Submit 2 pages for review").click()
    expect(page.get_by_text("Submitted 2 pages for review.")).to_be_visible()
    for draft in drafts:
        draft.refresh_from_db()
        assert draft.workflow_in_progress
    sign_out(page)

    sign_in(page, reviewer)
    page.goto("/admin/")
    page.get_by_role("link", name="Course review").click()
    expect(page.get_by_role("heading", name=course.title)).to_be_visible()
    expect(page.locator("caption", has_text="Module 1")).to_be_visible()
    assert_accessible(page)
    page.screenshot(path=tmp_path / "review.png", full_page=True)
    boxes = page.locator("input[name=task_state]")
    assert boxes.count() == 2 and not any(box.is_checked() for box in boxes.all())  # nothing is published unasked
    for box in boxes.all():
        box.check()
    page.get_by_role("button", name="Approve and publish the selected pages").click()
    expect(page.get_by_text("Approved and published 2 pages.")).to_be_visible()
    expect(page.get_by_text("Nothing is waiting for your review.")).to_be_visible()
    for draft in drafts:
        draft.refresh_from_db()
        assert draft.live
    page.goto(f"/admin/pages/{course.pk}/?ordering=ord")
    assert page.locator("[data-w-orderable-url-value]").count() == 1  # reviewers may reorder
