"""The quiz report broken down by question version, per learner and per answer; staff attempts are left out."""

import pytest
from django.urls import reverse

from assessments.selectors import quiz_report
from assessments.services.questions import record_version
from courses.models import ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import make_question, make_quiz
from tests.assessments.test_report import attempt_by, csv_rows, get, table_rows
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def module():
    return ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()


@pytest.fixture
def quiz(module):
    questions = [
        make_question("single_choice", name="=SUM(A1:A9)"),
        make_question("true_false", name="Social Value Act date"),
        make_question("short_text", name="Right to challenge"),
    ]
    return make_quiz(module, questions=questions, pass_mark=100)


def edit_first_question(quiz):
    question = quiz.slots.first().question
    question.text = "<p>Which body led it, in 2013?</p>"
    question.save()
    return record_version(question=question)


def test_each_question_is_broken_down_by_the_versions_learners_answered(admin_client, quiz):
    attempt_by(quiz, (1, 1, 1))
    attempt_by(quiz, (0, 1, 1))
    assert edit_first_question(quiz).number == 2
    attempt_by(quiz, (1, 0, 0))
    report = quiz_report(quiz=quiz)
    first = report.questions[0]
    assert [(v.number, v.attempts, v.correct, v.facility) for v in first.versions] == [
        (2, 1, 1, 100.0),
        (1, 2, 1, 50.0),
    ]
    assert [len(q.versions) for q in report.questions[1:]] == [1, 1]
    html = get(admin_client, quiz).content.decode()
    rows = table_rows(html, f"{first.name}: by version")
    assert [row[:3] for row in rows] == [["Version 2", "1", "100%"], ["Version 1", "2", "50%"]]
    versions_csv = csv_rows(get(admin_client, quiz, format="csv", table="versions"))
    assert versions_csv[0] == [
        "Question",
        "Version",
        "Attempts",
        "Fully correct",
        "Facility index (%)",
        "Discrimination index",
    ]
    assert [row[1:4] for row in versions_csv[1:3]] == [["2", "1", "1"], ["1", "2", "1"]]


def test_staff_attempts_are_left_out(quiz):
    attempt_by(quiz, (1, 1, 1), user=UserFactory(is_staff=True))
    attempt_by(quiz, (0, 0, 0))
    report = quiz_report(quiz=quiz)
    assert (report.attempts, report.learners, report.average_percent) == (1, 1, 0)


def test_the_learners_table_links_to_each_attempt_and_its_answers(admin_client, quiz):
    learner = UserFactory(full_name="Ada Learner")
    first = attempt_by(quiz, (0, 1, 1), user=learner)
    attempt_by(quiz, (1, 1, 1), user=learner)
    html = get(admin_client, quiz).content.decode()
    [row] = table_rows(html, "Each learner's counted attempts; open one to see every answer")
    assert row[0].startswith("Ada Learner")
    assert row[2:] == ["100%", "Yes"]
    detail = reverse("assessments:report_attempt", args=[quiz.pk, first.pk])
    assert detail in html
    page = admin_client.get(detail).content.decode()
    assert "Ada Learner, attempt 1" in page and "The Treasury" in page  # their wrong answer
    assert "The right answer" in page and "The Cabinet Office" in page


def test_the_learners_and_answers_csv_files_have_one_table_each(admin_client, quiz):
    attempt_by(quiz, (0, None, 1), user=UserFactory(full_name="=HYPERLINK(1)"))
    learners = csv_rows(get(admin_client, quiz, format="csv", table="learners"))
    assert learners[0] == ["Learner", "Email", "Attempts counted", "Best score (%)", "Passed"]
    assert learners[1][0] == "'=HYPERLINK(1)" and learners[1][2:] == ["1", "33.3", "No"]
    answers = csv_rows(get(admin_client, quiz, format="csv", table="answers"))
    assert answers[0] == ["Learner", "Email", "Attempt", "Position", "Question", "Version", "Answer", "Mark", "Out of"]
    assert [row[6] for row in answers[1:]] == ["The Treasury", "Not answered", "ANSWER-SECRET-right to challenge"]
    assert len(answers) == 4


def test_answers_csv_query_count_does_not_grow_with_attempts(admin_client, quiz, django_assert_max_num_queries):
    attempt_by(quiz, (1, 1, 1))
    with django_assert_max_num_queries(12) as few:
        get(admin_client, quiz, format="csv", table="answers")
    for _ in range(5):
        attempt_by(quiz, (0, 1, 0))
    with django_assert_max_num_queries(12) as many:
        get(admin_client, quiz, format="csv", table="answers")
    assert len(few.captured_queries) == len(many.captured_queries)


def test_learners_cannot_open_an_attempt_in_the_report(client, quiz):
    learner = UserFactory()
    attempt = attempt_by(quiz, (1, 1, 1), user=learner)
    client.force_login(learner)  # not even their own: the report is for authors
    assert client.get(reverse("assessments:report_attempt", args=[quiz.pk, attempt.pk])).status_code == 403


def test_an_attempt_at_another_quiz_or_by_staff_is_not_found_in_the_report(admin_client, quiz, module):
    other = make_quiz(module, questions=[make_question("true_false")], slug="other")
    elsewhere = attempt_by(quiz, (1, 1, 1))
    assert admin_client.get(reverse("assessments:report_attempt", args=[other.pk, elsewhere.pk])).status_code == 404
    staff = attempt_by(quiz, (1, 1, 1), user=UserFactory(is_staff=True))
    assert admin_client.get(reverse("assessments:report_attempt", args=[quiz.pk, staff.pk])).status_code == 404
