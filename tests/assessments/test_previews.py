"""Authors preview a quiz or a question as a learner sees it; answers are graded and nothing is stored."""

import pytest
from django.urls import reverse

from assessments.models import Attempt, AttemptQuestion
from courses.models import ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.assessments.answering import AttemptPage
from tests.assessments.factories import make_category, make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def module():
    return ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()


@pytest.fixture
def quiz(module):
    bank = make_category("Random pool")
    for number in range(3):
        make_question("true_false", category=bank, name=f"Pool {number}")
    return make_quiz(
        module,
        questions=[make_question("single_choice"), make_question("numeric")],
        random_from=bank,
        random_count=2,
        shuffle_questions=True,
    )


def preview_url(quiz) -> str:
    return reverse("assessments:quiz_preview", args=[quiz.pk])


def seed_of(page: AttemptPage) -> str:
    return page.soup.find("input", attrs={"name": "seed"})["value"]


def test_the_quiz_preview_shows_every_question_as_a_learner_sees_it(admin_client, quiz):
    response = admin_client.get(preview_url(quiz))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="govuk-fieldset__heading">Question ') == 4
    assert "This is a preview" in html
    for secret in ("FEEDBACK-SECRET", "GENERAL-SECRET", "4242.5"):
        assert secret not in html  # as for learners: no answers before submission


def test_submitting_a_preview_grades_it_and_stores_nothing(admin_client, quiz):
    page = AttemptPage(admin_client.get(preview_url(quiz)).content.decode())
    for position in range(1, 5):
        if (
            page.inputs(position, kind="radio")
            and "Cabinet Office" in page.soup.select_one(f"#question-{position}").get_text()
        ):
            page.choose(position, "The Cabinet Office")
        elif page.inputs(position, kind="text"):
            page.type(position, "4242.5")
    response = admin_client.post(preview_url(quiz), {**page.data, "seed": seed_of(page)})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('govuk-tag--green">Correct') == 2
    assert "FEEDBACK-SECRET-A" in html and "The right answer" in html
    assert (Attempt.objects.count(), AttemptQuestion.objects.count()) == (0, 0)


def test_a_preview_answer_that_is_not_a_number_gets_an_error_that_says_what_to_do(admin_client, module):
    quiz = make_quiz(module, questions=[make_question("numeric")])
    page = AttemptPage(admin_client.get(preview_url(quiz)).content.decode())
    response = admin_client.post(preview_url(quiz), {"q1": "lots", "seed": seed_of(page)})
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html and "Enter a number for question 1, like 12 or 3.5" in html
    assert 'value="lots"' in html  # what was typed is kept


def test_a_tampered_seed_starts_a_fresh_preview(admin_client, quiz):
    response = admin_client.post(preview_url(quiz), {"seed": "-1; drop table"})
    assert response.status_code == 200
    assert "Check answers" in response.content.decode()


def test_a_quiz_without_questions_says_so(admin_client, module):
    quiz = make_quiz(module, random_from=make_category("Empty"))
    assert "no questions to preview" in admin_client.get(preview_url(quiz)).content.decode()


def test_a_single_question_preview_grades_the_answer(admin_client):
    question = make_question("single_choice")
    url = reverse("assessments:question_preview", args=[question.pk])
    page = AttemptPage(admin_client.get(url).content.decode())
    page.choose(1, "The Treasury")
    html = admin_client.post(url, {**page.data, "seed": seed_of(page)}).content.decode()
    assert 'govuk-tag--red">Incorrect' in html and "FEEDBACK-SECRET-B" in html
    assert Attempt.objects.count() == 0


def test_learners_and_visitors_cannot_preview_a_quiz(client, quiz):
    assert client.get(preview_url(quiz)).status_code == 302
    client.force_login(UserFactory())
    assert client.get(preview_url(quiz)).status_code == 403
    assert client.post(preview_url(quiz), {"seed": "1"}).status_code == 403


def test_an_unknown_quiz_preview_is_not_found(admin_client):
    assert admin_client.get(reverse("assessments:quiz_preview", args=[999999])).status_code == 404


def test_the_quiz_edit_page_links_to_the_preview(admin_client, quiz):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk])).content.decode()
    assert preview_url(quiz) in html
