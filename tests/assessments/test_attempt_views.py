"""The attempt journey through the views, without JavaScript; no answers reach the browser before submission."""

import json
import re

import pytest
from django.urls import reverse

from assessments.models import Attempt
from courses.models import ModulePage
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.assessments.answering import AttemptPage
from tests.assessments.factories import SPECS, make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

SECRETS = [
    "FEEDBACK-SECRET",
    "GENERAL-SECRET",
    "ANSWER-SECRET",
    "4242.5",
    "4242",
    "fraction",
    "tolerance",
    "right_answer",
    "feedback_true",
    "feedback_false",
    "Run the procurement is wrong",
]


@pytest.fixture
def quiz():
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()
    return make_quiz(module, questions=[make_question(qtype) for qtype in SPECS], questions_per_page=3)


@pytest.fixture
def learner_client(client):
    user = UserFactory()
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    client.user = user
    return client


def start(client, quiz):
    response = client.post(reverse("assessments:start", args=[quiz.pk]))
    assert response.status_code == 302
    return Attempt.objects.get(user=client.user, quiz=quiz, state="in_progress")


def test_answers_never_reach_the_browser_before_submission(learner_client, quiz):
    attempt = start(learner_client, quiz)
    bodies = [learner_client.get(quiz.url).content.decode()]
    for page in (1, 2, 3):
        bodies.append(learner_client.get(reverse("assessments:attempt_page", args=[attempt.pk, page])).content.decode())
    bodies.append(learner_client.get(reverse("assessments:check", args=[attempt.pk])).content.decode())
    autosave = learner_client.post(reverse("assessments:autosave", args=[attempt.pk]), {"page": 1, "q1": "a"})
    bodies.append(json.dumps(autosave.json()))
    bodies.append(learner_client.get(reverse("assessments:result", args=[attempt.pk]), follow=True).content.decode())
    for body in bodies:
        for secret in SECRETS:
            assert secret not in body, secret
        assert "correct" not in re.sub(r"<[^>]+>", "", body).lower().replace("incorrect", ""), "correctness flag"


def page_url(attempt, number):
    return reverse("assessments:attempt_page", args=[attempt.pk, number])


def read_page(client, attempt, number) -> AttemptPage:
    return AttemptPage(client.get(page_url(attempt, number)).content.decode())


def test_the_whole_attempt_works_with_save_and_continue(learner_client, quiz):
    attempt = start(learner_client, quiz)
    page = read_page(learner_client, attempt, 1)
    page.choose(1, "The Cabinet Office").choose(2, "Trusts", "Community interest companies").type(3, "true")
    response = learner_client.post(page_url(attempt, 1), page.form_data())
    assert response["Location"] == page_url(attempt, 2)
    page = read_page(learner_client, attempt, 2)
    page.type(4, "ANSWER-SECRET-right to challenge").type(5, "4242.5")
    page.match(6, {"Challenge": "Steer on mutuals", "Collaborate": "Work with peers", "Champion": "Make the case"})
    response = learner_client.post(page_url(attempt, 2), page.form_data())
    page = read_page(learner_client, attempt, 3).order(7, ["2010", "2013", "2025"])
    response = learner_client.post(page_url(attempt, 3), page.form_data())
    assert response["Location"] == reverse("assessments:check", args=[attempt.pk])
    check = learner_client.get(response["Location"]).content.decode()
    assert "Not answered" not in check
    learner_client.post(reverse("assessments:submit", args=[attempt.pk]))
    attempt.refresh_from_db()
    assert attempt.state == "submitted" and attempt.percent == 100
    result = learner_client.get(reverse("assessments:result", args=[attempt.pk])).content.decode()
    assert "You passed" in result and "FEEDBACK-SECRET-A" in result  # review after each attempt by default


def test_saved_answers_are_shown_again_when_resuming(learner_client, quiz):
    attempt = start(learner_client, quiz)
    page = read_page(learner_client, attempt, 1).choose(1, "The Treasury").type(3, "false")
    learner_client.post(page_url(attempt, 1), page.form_data())
    html = learner_client.get(page_url(attempt, 1)).content.decode()
    assert re.search(rf'value="{page.data["q1"]}" checked', html)
    assert re.search(r'value="false" checked', html)


def test_an_ordering_answer_with_a_repeated_position_gets_an_error_summary(learner_client, quiz):
    attempt = start(learner_client, quiz)
    page = read_page(learner_client, attempt, 3)
    data = {select["name"]: "1" for select in page.selects(7)}
    response = learner_client.post(page_url(attempt, 3), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "<title>Error:" in html and "There is a problem" in html
    assert "Give each item in question 7 a different position" in html
    # What the learner chose is shown again beside the error, not lost.
    assert AttemptPage(html).selects(7)[0].find("option", selected=True)["value"] == "1"


def test_a_double_submit_gives_one_grade(learner_client, quiz):
    attempt = start(learner_client, quiz)
    learner_client.post(reverse("assessments:submit", args=[attempt.pk]))
    attempt.refresh_from_db()
    submitted_at = attempt.submitted_at
    learner_client.post(reverse("assessments:submit", args=[attempt.pk]))
    attempt.refresh_from_db()
    assert attempt.submitted_at == submitted_at


@pytest.mark.parametrize("name", ["attempt_page", "check", "result", "autosave", "submit"])
def test_another_learners_attempt_is_not_found(client, quiz, name):
    owner = UserFactory()
    from assessments.services.attempts import start_attempt

    attempt = start_attempt(user=owner, quiz=quiz)
    intruder = UserFactory()
    client.post(reverse("account_login"), {"login": intruder.email, "password": PASSWORD})
    args = [attempt.pk, 1] if name == "attempt_page" else [attempt.pk]
    url = reverse(f"assessments:{name}", args=args)
    response = client.post(url) if name in ("autosave", "submit") else client.get(url)
    assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.is_open


def test_anonymous_visitors_are_sent_to_sign_in(client, quiz):
    response = client.post(reverse("assessments:start", args=[quiz.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_autosave_with_a_nonsense_page_number_is_a_clear_400(learner_client, quiz):
    attempt = start(learner_client, quiz)
    response = learner_client.post(reverse("assessments:autosave", args=[attempt.pk]), {"page": "two"})
    assert response.status_code == 400
    assert response.json()["message"] == "The page number must be a whole number."
