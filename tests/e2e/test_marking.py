"""An essay marked end to end in a real browser: the learner submits, their cohort lead marks it, the learner sees
the grade and their completed course. Axe runs on the essay page, the marking queue and the marking page."""

import re

import pytest
from playwright.sync_api import expect

from assessments.models import Attempt
from courses.models import ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.assessments.factories import make_question, make_quiz
from tests.courses.factories import make_course
from tests.e2e.conftest import assert_accessible, sign_in, sign_out

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_lead_marks_an_essay_and_the_learner_sees_the_grade_and_completion(page, site_root):
    course = make_course(modules=1, lessons=0)
    module = ModulePage.objects.child_of(course).get()
    quiz = make_quiz(module, questions=[make_question("essay")], pass_mark=50)
    lead = make_lead(full_name="Lee Lead")
    learner = UserFactory(full_name="Lara Learner")
    add_learner(make_cohort(courses=[course], leads=[lead]), user=learner)

    sign_in(page, learner)
    page.goto(quiz.url)
    page.get_by_role("button", name="Start quiz").click()
    page.wait_for_url(re.compile(r".*/page/1/$"))
    assert_accessible(page)
    page.get_by_label("Your answer").fill("We would hold staff workshops.\n\n- a ballot\n- a shadow board")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url(re.compile(r".*/check/$"))
    page.get_by_role("button", name="Submit answers").click()
    page.wait_for_url(re.compile(r".*/result/$"))
    assert Attempt.objects.get(user=learner).state == Attempt.State.AWAITING_MARKING
    sign_out(page)

    sign_in(page, lead)
    page.goto("/quizzes/marking/")
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("Lara Learner")).click()
    page.wait_for_url(re.compile(r".*/marking/\d+/$"))
    assert_accessible(page)
    assert page.locator(".app-essay li").all_inner_texts() == ["a ballot", "a shadow board"]
    page.get_by_label(re.compile("Mark for question 1")).fill("five")
    page.get_by_role("button", name="Save marks").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()  # waits for the page the click loads
    assert_accessible(page)
    page.get_by_label(re.compile("Mark for question 1")).fill("3")
    page.get_by_label(re.compile("Comment for the learner")).fill("Good use of a ballot.")
    page.get_by_role("button", name="Save marks").click()
    page.wait_for_url(re.compile(r".*/marking/$"))
    assert "Marks saved for Lara Learner" in page.locator(".govuk-notification-banner").inner_text()
    sign_out(page)

    sign_in(page, learner)
    attempt = Attempt.objects.get(user=learner)
    assert (attempt.state, attempt.percent, attempt.passed) == (Attempt.State.SUBMITTED, 75, True)
    page.goto(f"/quizzes/attempts/{attempt.pk}/result/")
    assert "75%" in page.locator(".govuk-panel").inner_text()
    assert "Good use of a ballot." in page.locator("main").inner_text()
    page.goto(course.url)
    assert "Course complete" in page.locator("main").inner_text()
