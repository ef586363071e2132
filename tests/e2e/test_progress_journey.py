"""A learner completes a course from start to finish by keyboard alone, and sees it completed on My learning."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import Enrolment
from courses.selectors import course_outline
from courses.services.progress import complete_item
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.courses.factories import make_course
from tests.e2e.conftest import assert_accessible, sign_in
from tests.e2e.test_signup_journey import tab_to

pytestmark = pytest.mark.django_db(transaction=True)


def focused_text(text: str) -> str:
    return f"document.activeElement.textContent.replace(/\\s+/g, ' ').trim() === {text!r}"


def press_enter_and_wait(page) -> None:
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_a_learner_completes_a_course_by_keyboard_alone(page, site_root):
    course = make_course(modules=2, lessons=2, slug="keyboard-course")
    outline = course_outline(course=course)
    learner = UserFactory()

    page.goto(course.url)
    tab_to(page, focused_text("Start course"))
    press_enter_and_wait(page)  # anonymous: to sign in, and back again afterwards
    assert "/accounts/login/" in page.url
    tab_to(page, "document.activeElement.id === 'id_login'")
    page.keyboard.type(learner.email)
    tab_to(page, "document.activeElement.id === 'id_password'")
    page.keyboard.type(PASSWORD)
    tab_to(page, focused_text("Sign in") + " && document.activeElement.tagName === 'BUTTON'")
    press_enter_and_wait(page)
    assert page.url.endswith(course.url)

    tab_to(page, focused_text("Start course"))
    press_enter_and_wait(page)
    assert page.url.endswith(outline.items[0].url)
    assert page.locator(".govuk-notification-banner--success").is_visible()

    for index, item in enumerate(outline.items):
        assert page.url.endswith(item.url)
        tab_to(page, focused_text("Mark as complete and continue"))
        press_enter_and_wait(page)
        following = outline.items[index + 1].url if index + 1 < len(outline.items) else course.url
        assert page.url.endswith(following), (index, page.url)

    assert page.locator(".govuk-panel__title").inner_text() == "Course complete"
    assert "Completed" in page.locator(".govuk-task-list").inner_text()
    tab_to(page, focused_text("My learning"))
    press_enter_and_wait(page)
    completed = page.locator("main").inner_text().split("Completed", 1)[1]
    assert course.title in completed
    assert Enrolment.objects.get(user=learner).is_complete


def test_my_learning_course_and_lesson_pages_with_progress_have_no_axe_violations(page, site_root):
    done = make_course(modules=1, lessons=1, slug="done-course")
    course = make_course(modules=2, lessons=2, slug="half-course")
    learner = UserFactory()
    complete_item(user=learner, item=course_outline(course=done).items[0].page)
    items = course_outline(course=course).items
    complete_item(user=learner, item=items[0].page)

    sign_in(page, learner)
    page.goto("/my-learning/")
    assert page.get_by_role("heading", name="In progress").is_visible()
    assert page.get_by_role("heading", name="Completed").is_visible()
    assert_accessible(page)

    page.goto(course.url)
    assert page.get_by_role("heading", name="Your progress").is_visible()
    assert_accessible(page)

    page.goto(done.url)
    assert page.locator(".govuk-panel").is_visible()
    assert_accessible(page)

    page.goto(items[0].url)
    assert page.locator(".govuk-tag", has_text="Completed").is_visible()
    assert_accessible(page)

    page.goto(items[1].url)
    assert page.get_by_role("button", name="Mark as complete and continue").is_visible()
    assert_accessible(page)


def test_start_again_confirmation_and_its_error_have_no_axe_violations(page, site_root):
    course = make_course(modules=1, lessons=1, slug="retake-course")
    learner = UserFactory()
    complete_item(user=learner, item=course_outline(course=course).items[0].page)
    enrolment = Enrolment.objects.get(user=learner)

    sign_in(page, learner)
    page.goto(f"/my-learning/enrolments/{enrolment.pk}/start-again/")
    assert_accessible(page)
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    assert_accessible(page)
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(f"**{course.url}")
    assert page.get_by_role("heading", name="Your progress").is_visible()
    page.goto("/my-learning/")
    assert page.get_by_role("table").is_visible()  # the earlier completion
    assert_accessible(page)
