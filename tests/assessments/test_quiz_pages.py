"""How many questions a quiz has, on the quiz page and on each page of an attempt."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from assessments.selectors import quiz_question_count
from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from assessments.services.questions import create_question
from courses.models import ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import SPECS, make_category, make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def module():
    return ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


def summary(html: str) -> dict[str, str]:
    soup = BeautifulSoup(html, "html.parser")
    return {
        row.dt.get_text(strip=True): " ".join(row.dd.get_text(" ").split())
        for row in soup.select(".govuk-summary-list__row")
    }


def test_the_quiz_page_says_how_many_questions_there_are(client, module):
    quiz = make_quiz(module, questions=[make_question(qtype) for qtype in SPECS])
    assert summary(client.get(quiz.url).content.decode())["Questions"] == "7 questions"


def test_one_question_is_singular(client, module):
    quiz = make_quiz(module, questions=[make_question()])
    assert summary(client.get(quiz.url).content.decode())["Questions"] == "1 question"


def test_random_slots_count_at_most_the_questions_their_category_has_left(module):
    bank = make_category("Mutuals")
    fixed = make_question("single_choice", category=bank, name="fixed")
    for n in range(2):
        make_question("true_false", category=bank, name=f"random {n}")
    quiz = make_quiz(module, questions=[fixed], random_from=bank, random_count=5)
    assert quiz_question_count(quiz=quiz) == 3  # the fixed question, and the 2 others in its category
    attempt = start_attempt(user=UserFactory(), quiz=quiz)
    assert attempt.questions.count() == 3


def test_a_random_slot_smaller_than_its_category_draws_its_count(module):
    bank = make_category("Commissioning")
    for n in range(4):
        make_question("true_false", category=bank, name=f"q{n}")
    quiz = make_quiz(module, questions=[make_question("numeric")], random_from=bank, random_count=2)
    assert quiz_question_count(quiz=quiz) == 3


def test_each_attempt_page_says_which_questions_it_holds(client, learner, module):
    quiz = make_quiz(module, questions=[make_question(qtype) for qtype in SPECS], questions_per_page=3)
    attempt = start_attempt(user=learner, quiz=quiz)
    html = client.get(reverse("assessments:attempt_page", args=[attempt.pk, 2])).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.title.get_text(strip=True).startswith("Question page 2 of 3 - ")
    assert soup.h1.get_text(strip=True) == "Question page 2 of 3"
    assert soup.h1.find_next_sibling("p").get_text(strip=True) == "Questions 4 to 6 of 7"
    last = BeautifulSoup(
        client.get(reverse("assessments:attempt_page", args=[attempt.pk, 3])).content.decode(), "html.parser"
    )
    assert last.h1.find_next_sibling("p").get_text(strip=True) == "Question 7 of 7"


def test_an_attempt_waiting_for_marking_is_listed_without_a_score(client, learner, module):
    essay = create_question(category=make_category(), name="Explain", spec={"type": "essay", "text": "<p>Why?</p>"})
    quiz = make_quiz(module, questions=[essay])
    attempt = start_attempt(user=learner, quiz=quiz)
    save_responses(attempt=attempt, responses={1: {"text": "Because."}})
    submit_attempt(attempt=attempt)
    soup = BeautifulSoup(client.get(quiz.url).content.decode(), "html.parser")
    row = soup.select_one("table.govuk-table tbody tr")
    assert [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])][2:] == [
        "Not marked yet",
        "Waiting for marking",
    ]


@pytest.mark.parametrize(
    ("text", "hints"),
    [("<p>Which apply?</p>", 1), ("<p>Which of these apply? Select all that apply.</p>", 0)],
)
def test_a_multiple_response_question_says_select_all_that_apply_once(client, learner, module, text, hints):
    spec = {**SPECS["multiple_response"], "text": text}
    quiz = make_quiz(module, questions=[make_question("multiple_response", spec=spec)])
    attempt = start_attempt(user=learner, quiz=quiz)
    page = client.get(reverse("assessments:attempt_page", args=[attempt.pk, 1])).content.decode()
    assert page.lower().count("select all that apply") == 1
    assert len(BeautifulSoup(page, "html.parser").find_all(string="Select all that apply.")) == hints
