"""A question's versions: the edit form says what saving will do, the versions list and what changed between two."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from assessments.models import QuestionVersion
from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from assessments.services.questions import record_version
from assessments.version_changes import ABSENT, compare_specs
from assessments.versions import version_notice
from courses.models import ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import RIGHT, SPECS, make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def question():
    return make_question("single_choice", name="Mutuals support")


@pytest.fixture
def quiz(question):
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()
    return make_quiz(module, questions=[question])


def attempt(quiz, user=None):
    attempt = start_attempt(user=user or UserFactory(), quiz=quiz)
    save_responses(attempt=attempt, responses={1: RIGHT["single_choice"]})
    return submit_attempt(attempt=attempt)


def new_version(question, text: str) -> QuestionVersion:
    question.text = text
    question.save()
    return record_version(question=question)


def edit_url(question) -> str:
    return reverse("wagtailsnippets_assessments_question:edit", args=[question.pk])


# The notice on the edit form -------------------------------------------------------------------------------------


def test_a_question_nobody_attempted_says_saving_updates_its_version(question):
    assert version_notice(question=question).message == "Not attempted yet: saving a change updates version 1."


def test_a_question_attempted_by_two_learners_says_saving_creates_version_2(quiz, question):
    learner = UserFactory()
    attempt(quiz, learner)
    attempt(quiz, learner)  # the same learner twice counts once
    attempt(quiz)
    notice = version_notice(question=question)
    assert (notice.attempts, notice.learners) == (3, 2)
    assert notice.message == "Attempted by 2 learners: saving a change creates version 2."


def test_the_notice_costs_one_query(quiz, question, django_assert_num_queries):
    attempt(quiz)
    with django_assert_num_queries(1):
        version_notice(question=question)


def test_the_edit_form_shows_the_notice_before_saving(admin_client, quiz, question):
    attempt(quiz)
    html = admin_client.get(edit_url(question)).content.decode()
    assert "Attempted by 1 learner: saving a change creates version 2." in html
    assert reverse("assessments:question_versions", args=[question.pk]) in html
    assert reverse("assessments:question_preview", args=[question.pk]) in html


def test_the_question_listing_links_to_versions_and_preview(admin_client, question):
    html = admin_client.get(reverse("wagtailsnippets_assessments_question:list")).content.decode()
    assert reverse("assessments:question_versions", args=[question.pk]) in html
    assert reverse("assessments:question_preview", args=[question.pk]) in html


# The versions list -----------------------------------------------------------------------------------------------


def versions_url(question) -> str:
    return reverse("assessments:question_versions", args=[question.pk])


def test_the_versions_list_shows_each_version_with_its_learners(admin_client, quiz, question):
    attempt(quiz)
    new_version(question, "<p>Version two text</p>")
    soup = BeautifulSoup(admin_client.get(versions_url(question)).content, "html.parser")
    rows = [" ".join(row.get_text(" ").split()) for row in soup.select("tbody tr")]
    assert rows[0].startswith("Version 2 Latest")
    assert rows[1].startswith("Version 1")
    assert " 1 1 " in rows[1]  # one learner, one attempt
    assert "Compare with version 1" in rows[0]


def test_the_versions_list_query_count_does_not_grow_with_versions(
    admin_client, quiz, question, django_assert_max_num_queries
):
    attempt(quiz)
    admin_client.get(versions_url(question))
    with django_assert_max_num_queries(10) as few:
        assert admin_client.get(versions_url(question)).status_code == 200
    for number in range(2, 8):
        new_version(question, f"<p>Text {number}</p>")
        attempt(quiz)
    admin_client.get(versions_url(question))  # a snippet changed: the footer's links (page cache) are read again once
    with django_assert_max_num_queries(10) as many:
        assert admin_client.get(versions_url(question)).status_code == 200
    assert QuestionVersion.objects.filter(question=question).count() == 7
    assert len(few.captured_queries) == len(many.captured_queries)


# What changed ----------------------------------------------------------------------------------------------------


def test_compare_lists_changed_text_choices_and_feedback():
    before = SPECS["single_choice"]
    after = {
        **before,
        "text": "<p>Which <b>department</b> led it?</p>",
        "choices": [
            {**before["choices"][0], "feedback": "<p>Right: it was the Cabinet Office.</p>"},
            {**before["choices"][1], "fraction": 0.5},
        ],
    }
    changes = {change.label: change for change in compare_specs(before, after) if change.changed}
    assert changes["Question text"].after == "Which department led it?"
    assert changes["Choice 1 feedback"].before == "FEEDBACK-SECRET-A"
    assert (changes["Choice 2 credit"].before, changes["Choice 2 credit"].after) == ("0%", "50%")
    assert (changes["Choice 3"].before, changes["Choice 3"].after) == ("Ofsted", ABSENT)
    assert "Type" not in changes and "Choice 1" not in changes


def test_compare_of_short_text_answers_and_true_false():
    changes = {c.label: c for c in compare_specs(SPECS["true_false"], {**SPECS["true_false"], "correct": False})}
    assert (changes["Right answer"].before, changes["Right answer"].after) == ("True", "False")
    short = SPECS["short_text"]
    edited = {**short, "answers": [{**short["answers"][0], "text": "right to challenge"}]}
    [change] = [c for c in compare_specs(short, edited) if c.changed]
    assert change.label == "Answer 1"


def compare_url(question, **params) -> str:
    url = reverse("assessments:question_compare", args=[question.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def test_the_compare_page_shows_what_changed_between_the_latest_two(admin_client, quiz, question):
    attempt(quiz)
    new_version(question, "<p>Which <script>alert(1)</script>department led it?</p>")
    response = admin_client.get(compare_url(question))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = [[" ".join(c.get_text(" ").split()) for c in row.find_all(["th", "td"])] for row in soup.select("tbody tr")]
    assert rows == [
        [
            "Question text",
            "Which body led the 2013 support for employee-led mutuals?",
            "Which department led it?",
        ]
    ]
    assert "<script>" not in response.content.decode()


def test_comparing_a_version_with_itself_is_an_error_that_says_what_to_do(admin_client, quiz, question):
    attempt(quiz)
    new_version(question, "<p>Two</p>")
    response = admin_client.get(compare_url(question, before=2, after=2))
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html and "Choose two different versions" in html
    assert admin_client.get(compare_url(question, before="nonsense", after=2)).status_code == 400


def test_a_question_with_one_version_has_nothing_to_compare(admin_client, question):
    assert "nothing to compare" in admin_client.get(compare_url(question)).content.decode()


# Access by the wrong user ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["question_versions", "question_compare", "question_preview"])
def test_learners_cannot_see_a_questions_versions_or_preview(client, question, name):
    client.force_login(UserFactory())
    assert client.get(reverse(f"assessments:{name}", args=[question.pk])).status_code == 403


@pytest.mark.parametrize("name", ["question_versions", "question_compare", "question_preview"])
def test_visitors_are_sent_to_sign_in(client, question, name):
    assert client.get(reverse(f"assessments:{name}", args=[question.pk])).status_code == 302


@pytest.mark.parametrize("name", ["question_versions", "question_compare", "question_preview"])
def test_an_unknown_question_is_not_found(admin_client, name):
    assert admin_client.get(reverse(f"assessments:{name}", args=[999999])).status_code == 404


def test_another_questions_version_number_is_not_found_in_a_preview(admin_client, question):
    url = reverse("assessments:question_preview", args=[question.pk])
    assert admin_client.get(url + "?version=7").status_code == 404
