"""A dishonest learner cannot pass a quiz without reading it: picking by position or by value scores at chance.

The quiz is the worst case for an author: every right answer is the first one written (as in many real banks and
GIFT files). The attacker reads only the markup of an open attempt (the order of the inputs, their values and ids)
and the autosave replies, across many attempts, and answers by rule. Their score must be what guessing gives.
"""

import math
import random
import re

import pytest
from bs4 import BeautifulSoup
from django.http import QueryDict
from django.urls import reverse

from assessments.grading import grade
from assessments.models import Attempt
from assessments.responses import parse_response
from assessments.selectors import attempt_page
from courses.models import ModulePage
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.assessments.factories import make_category, make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

ATTEMPTS = 40
SINGLE_CHOICE_QUESTIONS = 8
CHOICES = 4


def right_first_single_choice(n: int) -> dict:
    return {
        "type": "single_choice",
        "text": f"<p>Question {n}: which is right?</p>",
        "choices": [
            {"id": letter, "text": f"<p>Option {letter.upper()} of question {n}</p>", "fraction": 1.0 if i == 0 else 0}
            for i, letter in enumerate("abcd")
        ],
    }


@pytest.fixture
def quiz():
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()
    category = make_category("Integrity")
    questions = [
        make_question(category=category, name=f"sc{n}", spec=right_first_single_choice(n))
        for n in range(1, SINGLE_CHOICE_QUESTIONS + 1)
    ]
    questions.append(make_question("ordering", category=category))
    questions.append(make_question("matching", category=category))
    return make_quiz(module, questions=questions, questions_per_page=len(questions), attempts_allowed=0)


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    return user


@pytest.fixture(autouse=True)
def _repeatable_seeds(monkeypatch):
    # The attempt seeds come from the secrets module; a seeded generator makes the statistics repeatable.
    generator = random.Random(20261130)
    monkeypatch.setattr("assessments.services.attempts.secrets.randbits", generator.getrandbits)


STRATEGIES = {
    "always the first input": lambda values: values[0],
    "always the last input": lambda values: values[-1],
    "always the smallest value": min,
    "always the largest value": max,
}


def open_attempt_page(client, quiz, learner) -> tuple[Attempt, str, BeautifulSoup]:
    client.post(reverse("assessments:start", args=[quiz.pk]))
    attempt = Attempt.objects.get(user=learner, quiz=quiz, state="in_progress")
    url = reverse("assessments:attempt_page", args=[attempt.pk, 1])
    return attempt, url, BeautifulSoup(client.get(url).content.decode(), "html.parser")


def answers_by_rule(soup, choose) -> dict:
    """The form an attacker posts: every radio group and select answered by ``choose(values in page order)``."""
    return {name: choose(values) for name, values in values_in_page_order(soup).items()}


def values_in_page_order(soup) -> dict[str, list[str]]:
    """The values offered by each single-choice radio group and each select, read in one pass over the page (CSS
    selectors per group cost more than the requests)."""
    radio_groups = {f"q{position}" for position in range(1, SINGLE_CHOICE_QUESTIONS + 1)}
    values = {}
    for radio in soup.find_all("input", attrs={"name": radio_groups.__contains__}):
        values.setdefault(radio["name"], []).append(radio["value"])
    for select in soup.find_all("select"):
        values[select["name"]] = [option["value"] for option in select.find_all("option") if option["value"]]
    return values


def take_attempt(client, quiz, learner, choose) -> tuple[Attempt, BeautifulSoup]:
    """Start an attempt, read its only page, answer by rule, submit."""
    attempt, url, soup = open_attempt_page(client, quiz, learner)
    client.post(url, answers_by_rule(soup, choose))
    client.post(reverse("assessments:submit", args=[attempt.pk]))
    attempt.refresh_from_db()
    return attempt, soup


def right_single_choice_answers(attempt) -> int:
    return attempt.questions.filter(position__lte=SINGLE_CHOICE_QUESTIONS, grade_state="correct").count()


def assert_at_chance(successes: int, trials: int, p: float, label: str = ""):
    mean, sd = trials * p, math.sqrt(trials * p * (1 - p))
    # Four standard deviations either side: a learner who does better (or worse: that would leak too) is reading
    # the answer key from the markup.
    assert mean - 4 * sd <= successes <= mean + 4 * sd, (label, successes, trials, mean)


def test_submitting_the_first_input_every_time_scores_at_chance(client, quiz, learner):
    right = sum(
        right_single_choice_answers(take_attempt(client, quiz, learner, STRATEGIES["always the first input"])[0])
        for _ in range(ATTEMPTS // 2)
    )
    assert_at_chance(right, ATTEMPTS // 2 * SINGLE_CHOICE_QUESTIONS, 1 / CHOICES)


def test_picking_by_position_or_by_value_scores_at_chance(client, quiz, learner):
    """Each attempt's page is answered by every rule through the same server path as a submission (parse, grade)."""
    right = dict.fromkeys(STRATEGIES, 0)
    for _ in range(ATTEMPTS):
        attempt, _, soup = open_attempt_page(client, quiz, learner)
        displayed = attempt_page(attempt=attempt, page_number=1)[0][:SINGLE_CHOICE_QUESTIONS]
        offered = values_in_page_order(soup)
        for name, choose in STRATEGIES.items():
            data = QueryDict(mutable=True)
            data.update({group: choose(values) for group, values in offered.items()})
            for question in displayed:
                response, _ = parse_response(question, data)
                right[name] += grade(question.item.version.spec, response).state == "correct"
        client.post(reverse("assessments:submit", args=[attempt.pk]))
    for name, successes in right.items():
        assert_at_chance(successes, ATTEMPTS * SINGLE_CHOICE_QUESTIONS, 1 / CHOICES, name)


def test_the_authors_first_choice_is_the_first_input_only_as_often_as_chance(client, quiz, learner):
    hits = 0
    for _ in range(ATTEMPTS):
        attempt, _, soup = open_attempt_page(client, quiz, learner)
        for position in range(1, SINGLE_CHOICE_QUESTIONS + 1):
            first_label = soup.find("input", attrs={"name": f"q{position}"}).find_next("label").get_text()
            hits += "Option A" in first_label
        client.post(reverse("assessments:submit", args=[attempt.pk]))
    assert_at_chance(hits, ATTEMPTS * SINGLE_CHOICE_QUESTIONS, 1 / CHOICES)


def test_replaying_the_values_of_an_earlier_attempt_answers_nothing(client, quiz, learner):
    _, soup = take_attempt(client, quiz, learner, lambda values: values[0])
    earlier = {f"q{p}": soup.select(f'input[name="q{p}"]')[0]["value"] for p in range(1, SINGLE_CHOICE_QUESTIONS + 1)}
    client.post(reverse("assessments:start", args=[quiz.pk]))
    second = Attempt.objects.get(user=learner, state="in_progress")
    client.post(reverse("assessments:attempt_page", args=[second.pk, 1]), earlier)
    assert all(item.response is None for item in second.questions.filter(position__lte=SINGLE_CHOICE_QUESTIONS))


def test_no_identifier_in_the_markup_repeats_between_attempts_or_reveals_a_spec_id(client, quiz, learner):
    pattern = re.compile(r'(?:value|id|name|for)="([^"]+)"')
    seen_per_attempt = []
    for _ in range(3):
        _, soup = take_attempt(client, quiz, learner, lambda values: values[0])
        form = soup.select_one("form.app-attempt-form")
        form.find("input", attrs={"name": "csrfmiddlewaretoken"}).decompose()
        identifiers = set(pattern.findall(str(form))) - {"page", "1", "true", "false"}
        identifiers = {i for i in identifiers if not re.fullmatch(r"q\d+|question-\d+(-text)?|\d+", i)}
        for identifier in identifiers:
            opaque = identifier.split("-", 1)[-1]
            assert re.fullmatch(r"k[a-z2-7]{16}", opaque), identifier
        seen_per_attempt.append(identifiers)
    assert not seen_per_attempt[0] & seen_per_attempt[1] and not seen_per_attempt[1] & seen_per_attempt[2]


def test_the_autosave_reply_says_nothing_about_the_answer(client, quiz, learner):
    client.post(reverse("assessments:start", args=[quiz.pk]))
    attempt = Attempt.objects.get(user=learner, state="in_progress")
    soup = BeautifulSoup(
        client.get(reverse("assessments:attempt_page", args=[attempt.pk, 1])).content.decode(), "html.parser"
    )
    replies = set()
    for radio in soup.select('input[name="q1"]'):
        reply = client.post(reverse("assessments:autosave", args=[attempt.pk]), {"page": 1, "q1": radio["value"]})
        replies.add(reply.content)
    assert len(replies) == 1  # the same reply whichever choice was saved
