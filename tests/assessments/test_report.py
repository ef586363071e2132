import pytest
from django.urls import reverse

from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from courses.models import ModulePage
from tests.accounts.factories import UserFactory
from tests.assessments.factories import RIGHT, make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz():
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()
    return make_quiz(module, questions=[make_question("single_choice"), make_question("true_false")], pass_mark=100)


def attempt_by(quiz, *, right: bool):
    attempt = start_attempt(user=UserFactory(), quiz=quiz)
    if right:
        save_responses(attempt=attempt, responses={1: RIGHT["single_choice"], 2: RIGHT["true_false"]})
    return submit_attempt(attempt=attempt)


def test_report_shows_attempts_average_pass_rate_and_share_correct(admin_client, quiz):
    attempt_by(quiz, right=True)
    attempt_by(quiz, right=False)
    html = admin_client.get(reverse("assessments:report", args=[quiz.pk])).content.decode()
    assert "2 by 2 learners" in html
    assert "50.0%" in html  # average score
    assert ">50%<" in html  # pass rate and each question's share correct


def test_report_csv_download(admin_client, quiz):
    attempt_by(quiz, right=True)
    response = admin_client.get(reverse("assessments:report", args=[quiz.pk]), {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "Share correct (%)" in response.content.decode()


def test_report_query_count_does_not_grow_with_attempts(admin_client, quiz, django_assert_max_num_queries):
    attempt_by(quiz, right=True)
    url = reverse("assessments:report", args=[quiz.pk])
    admin_client.get(url)
    with django_assert_max_num_queries(12) as few:
        admin_client.get(url)
    for _ in range(10):
        attempt_by(quiz, right=False)
    with django_assert_max_num_queries(12) as many:
        admin_client.get(url)
    assert len(few.captured_queries) == len(many.captured_queries)


def test_learners_cannot_see_the_report(client, quiz):
    client.force_login(UserFactory())
    assert client.get(reverse("assessments:report", args=[quiz.pk])).status_code == 403
