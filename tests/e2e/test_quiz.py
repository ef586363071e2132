"""Quiz pages in a real browser: axe on every page of an attempt, JavaScript autosave, keyboard answering."""

import re

import pytest

from assessments.models import Attempt, AttemptQuestion
from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from assessments.services.questions import create_question
from courses.models import ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import RIGHT, SPECS, make_category, make_question, make_quiz
from tests.courses.factories import make_course
from tests.e2e.conftest import assert_accessible, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def quiz(site_root):
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()
    return make_quiz(
        module, questions=[make_question(qtype) for qtype in SPECS], questions_per_page=4, time_limit_minutes=30
    )


def test_every_quiz_page_has_no_axe_violations(page, quiz):
    user = UserFactory(is_superuser=True)
    sign_in(page, user)
    page.goto(quiz.url)
    assert_accessible(page)
    page.get_by_role("button", name="Start quiz").click()
    page.wait_for_url(re.compile(r".*/page/1/$"))
    assert_accessible(page)
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url(re.compile(r".*/page/2/$"))
    assert_accessible(page)
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url(re.compile(r".*/check/$"))
    assert_accessible(page)
    page.get_by_role("button", name="Submit answers").click()
    page.wait_for_url(re.compile(r".*/result/$"))
    assert page.get_by_role("heading", name="You did not pass this time").is_visible()
    assert page.get_by_role("button", name="Try again").is_visible()  # the main action after a fail
    assert_accessible(page)
    for answers in ({}, RIGHT, {1: RIGHT["single_choice"], 3: RIGHT["true_false"]}):
        learners_attempt(quiz, answers)  # the report counts learners' attempts only: give its tables rows
    page.goto(f"/quizzes/{quiz.pk}/report/")
    assert page.get_by_role("table", name="Statistics for each question").is_visible()
    assert_accessible(page)


def learners_attempt(quiz, answers):
    """A learner's submitted attempt; ``answers`` by question type (RIGHT) or by position."""
    attempt = start_attempt(user=UserFactory(), quiz=quiz)
    positions = {item.position: item.version.spec["type"] for item in attempt.questions.select_related("version")}
    responses = {position: answers.get(qtype, answers.get(position)) for position, qtype in positions.items()}
    save_responses(attempt=attempt, responses=responses)
    submit_attempt(attempt=attempt)


def test_a_result_waiting_for_marking_has_no_axe_violations(page, quiz):
    essay = create_question(category=make_category(), name="Explain", spec={"type": "essay", "text": "<p>Why?</p>"})
    essay_quiz = make_quiz(quiz.get_parent(), questions=[make_question("matching"), essay], slug="essay-quiz")
    user = UserFactory()
    attempt = start_attempt(user=user, quiz=essay_quiz)
    save_responses(attempt=attempt, responses={2: {"text": "First point.\n\n- one\n- two"}})
    submit_attempt(attempt=attempt)
    sign_in(page, user)
    page.goto(f"/quizzes/attempts/{attempt.pk}/result/")
    assert page.get_by_role("heading", name="Your answers are waiting to be marked").is_visible()
    assert_accessible(page)


def test_answers_autosave_with_javascript(page, quiz):
    user = UserFactory()
    sign_in(page, user)
    page.goto(quiz.url)
    page.get_by_role("button", name="Start quiz").click()
    page.wait_for_url(re.compile(r".*/page/1/$"))
    page.get_by_label("True", exact=True).check()
    page.wait_for_function("() => document.querySelector('.app-autosave-status').textContent.includes('saved')")
    attempt = Attempt.objects.get(user=user)
    true_false = next(
        item
        for item in AttemptQuestion.objects.filter(attempt=attempt).select_related("version")
        if item.version.spec["type"] == "true_false"
    )
    assert true_false.response == {"value": True}


def test_a_question_page_can_be_answered_by_keyboard(page, quiz):
    user = UserFactory()
    sign_in(page, user)
    page.goto(quiz.url)
    page.get_by_role("button", name="Start quiz").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/page/1/$"))
    page.locator("input[name=q1]").first.focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Save and continue").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/page/2/$"))
    first = AttemptQuestion.objects.get(attempt__user=user, position=1)
    assert first.response is not None
