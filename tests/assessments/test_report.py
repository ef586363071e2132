"""The author's quiz report: totals, question statistics and responses from learners' attempts, and its CSV files."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from assessments.selectors import quiz_report
from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from assessments.services.questions import create_question
from assessments.views import UNKNOWN_REPORT_TABLE
from courses.authoring import AUTHORS
from courses.models import ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import RIGHT, make_category, make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

WRONG = {"single_choice": {"choice": "b"}, "true_false": {"value": False}, "short_text": {"text": "=1+1"}}
QTYPES = ("single_choice", "true_false", "short_text")
# Marks per question (single choice, true/false, short text) in four learners' attempts. By hand (see
# test_report_statistics for the method): facility 50, 50, 75; discrimination 57.7, -30.2, 0.0.
WORKED_EXAMPLE = [(1, 1, 1), (1, 0, 1), (0, 1, 0), (None, 0, 1)]  # None: left blank


@pytest.fixture
def module():
    return ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()


@pytest.fixture
def quiz(module):
    questions = [
        make_question("single_choice", name="=SUM(A1:A9)"),  # a name that a spreadsheet would run as a formula
        make_question("true_false", name="Social Value Act date"),
        make_question("short_text", name="Right to challenge"),
    ]
    return make_quiz(module, questions=questions, pass_mark=100)


def attempt_by(quiz, marks, *, user=None):
    """Submit an attempt that scores ``marks`` (1 right, 0 wrong, None blank) on the quiz's questions in order."""
    attempt = start_attempt(user=user or UserFactory(), quiz=quiz)
    responses = {}
    for position, (qtype, mark) in enumerate(zip(QTYPES, marks, strict=True), start=1):
        if mark is not None:
            responses[position] = RIGHT[qtype] if mark else WRONG[qtype]
    save_responses(attempt=attempt, responses=responses)
    return submit_attempt(attempt=attempt)


def worked_example(quiz):
    for marks in WORKED_EXAMPLE:
        attempt_by(quiz, marks)


def report_url(quiz, **params):
    return reverse("assessments:report", args=[quiz.pk]), params


def get(client, quiz, **params):
    url, params = report_url(quiz, **params)
    return client.get(url, params)


def table_rows(html: str, caption: str) -> list[list[str]]:
    soup = BeautifulSoup(html, "html.parser")
    table = next(t for t in soup.find_all("table") if t.caption.get_text(strip=True) == caption)
    return [[" ".join(cell.get_text(" ").split()) for cell in row.find_all(["th", "td"])] for row in table.tbody("tr")]


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


# Totals ----------------------------------------------------------------------------------------------------------


def test_report_shows_attempts_learners_average_and_pass_rate(admin_client, quiz):
    attempt_by(quiz, (1, 1, 1))
    attempt_by(quiz, (0, 0, 0))
    html = get(admin_client, quiz).content.decode()
    assert "2 by 2 learners" in html
    assert '<dd class="govuk-summary-list__value">50.0%</dd>' in html  # average score
    assert '<dd class="govuk-summary-list__value">50%</dd>' in html  # pass rate


def test_attempts_by_superusers_and_by_people_who_can_edit_the_quiz_are_left_out(quiz):
    author = UserFactory()
    author.groups.add(Group.objects.get(name=AUTHORS))  # may edit every page
    attempt_by(quiz, (1, 1, 1), user=UserFactory(is_superuser=True))
    attempt_by(quiz, (1, 1, 1), user=author)
    attempt_by(quiz, (0, 0, 0))
    report = quiz_report(quiz=quiz)
    assert (report.attempts, report.learners, report.average_percent) == (1, 1, 0)
    assert [question.attempts for question in report.questions] == [1, 1, 1]


def test_an_owner_with_only_add_permission_can_edit_the_quiz_so_is_left_out(module, quiz):
    owner = UserFactory()
    adders = Group.objects.create(name="Module writers")
    GroupPagePermission.objects.create(
        group=adders, page=module, permission=Permission.objects.get(codename="add_page")
    )
    owner.groups.add(adders)
    quiz.owner = owner
    quiz.save(update_fields=["owner"])
    attempt_by(quiz, (1, 1, 1), user=owner)
    assert quiz_report(quiz=quiz).attempts == 0


def test_someone_who_can_edit_only_another_course_is_counted(quiz):
    other_course = make_course(modules=1, lessons=1, slug="other")
    editors = Group.objects.create(name="Other course editors")
    GroupPagePermission.objects.create(
        group=editors, page=other_course, permission=Permission.objects.get(codename="change_page")
    )
    elsewhere = UserFactory()
    elsewhere.groups.add(editors)
    attempt_by(quiz, (1, 1, 1), user=elsewhere)
    assert quiz_report(quiz=quiz).attempts == 1


def test_attempts_waiting_for_marking_are_counted_apart(admin_client, module):
    essay = create_question(category=make_category(), name="Explain", spec={"type": "essay", "text": "<p>Why?</p>"})
    quiz = make_quiz(module, questions=[make_question("true_false"), essay], slug="essay-quiz")
    attempt = start_attempt(user=UserFactory(), quiz=quiz)
    save_responses(attempt=attempt, responses={1: RIGHT["true_false"], 2: {"text": "Because."}})
    assert submit_attempt(attempt=attempt).is_awaiting_marking
    report = quiz_report(quiz=quiz)
    assert (report.attempts, report.awaiting_marking, report.questions) == (0, 1, [])
    html = get(admin_client, quiz).content.decode()
    assert "1 attempt, counted once marked" in html and "No attempts counted yet." in html


# Question statistics ---------------------------------------------------------------------------------------------


def test_question_statistics_match_the_worked_example(quiz):
    worked_example(quiz)
    questions = quiz_report(quiz=quiz).questions
    assert [q.name for q in questions] == ["=SUM(A1:A9)", "Social Value Act date", "Right to challenge"]
    assert [q.attempts for q in questions] == [4, 4, 4]
    assert [q.correct for q in questions] == [2, 2, 3]
    assert [q.facility for q in questions] == [50.0, 50.0, 75.0]
    assert [round(q.discrimination, 1) for q in questions] == [57.7, -30.2, 0.0]


def test_the_report_page_shows_facility_and_discrimination_per_question(admin_client, quiz):
    worked_example(quiz)
    html = get(admin_client, quiz).content.decode()
    assert table_rows(html, "Statistics for each question") == [
        ["=SUM(A1:A9)", "Single choice", "4", "50%", "50.0%", "57.7"],
        ["Social Value Act date", "True or false", "4", "50%", "50.0%", "-30.2"],
        ["Right to challenge", "Short text", "4", "75%", "75.0%", "0.0"],
    ]


def test_the_report_page_counts_each_choice_and_response(admin_client, quiz):
    worked_example(quiz)
    html = get(admin_client, quiz).content.decode()
    assert table_rows(html, "=SUM(A1:A9)") == [
        ["The Cabinet Office", "100%", "2", "50%"],
        ["The Treasury", "0%", "1", "25%"],
        ["Ofsted", "0%", "0", "0%"],
        ["No answer", "", "1", "25%"],
    ]
    assert table_rows(html, "Social Value Act date") == [["True", "100%", "2", "50%"], ["False", "0%", "2", "50%"]]
    assert table_rows(html, "Right to challenge") == [
        ["ANSWER-SECRET-right to challenge", "100%", "3", "75%"],
        ["=1+1", "0%", "1", "25%"],
    ]


def test_one_attempt_gives_no_discrimination_index(admin_client, quiz):
    attempt_by(quiz, (1, 0, 1))
    html = get(admin_client, quiz).content.decode()
    assert table_rows(html, "Statistics for each question")[0] == [
        "=SUM(A1:A9)",
        "Single choice",
        "1",
        "100%",
        "100.0%",
        "Not available",
    ]


# CSV files -------------------------------------------------------------------------------------------------------


def test_the_summary_csv_has_one_table(admin_client, quiz):
    worked_example(quiz)
    response = get(admin_client, quiz, format="csv", table="summary")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="quiz-{quiz.pk}-summary.csv"'
    assert csv_rows(response) == [
        ["Quiz", "Attempts counted", "Learners", "Average score (%)", "Pass rate (%)", "Awaiting marking"],
        ["Check your understanding", "4", "4", "58.3", "25.0", "0"],
    ]


def test_the_questions_csv_has_the_statistics_and_neutralises_formulas(admin_client, quiz):
    worked_example(quiz)
    response = get(admin_client, quiz, format="csv", table="questions")
    assert response["Content-Disposition"] == f'attachment; filename="quiz-{quiz.pk}-questions.csv"'
    assert csv_rows(response) == [
        ["Question", "Type", "Attempts", "Fully correct", "Facility index (%)", "Discrimination index"],
        ["'=SUM(A1:A9)", "Single choice", "4", "2", "50.0", "57.7"],
        ["Social Value Act date", "True or false", "4", "2", "50.0", "-30.2"],
        ["Right to challenge", "Short text", "4", "3", "75.0", "0.0"],
    ]


def test_the_choices_csv_lists_responses_as_plain_text_and_neutralises_formulas(admin_client, quiz):
    worked_example(quiz)
    response = get(admin_client, quiz, format="csv", table="choices")
    assert response["Content-Disposition"] == f'attachment; filename="quiz-{quiz.pk}-choices.csv"'
    assert csv_rows(response) == [
        ["Question", "Response", "Credit (%)", "Count", "Share of attempts (%)"],
        ["'=SUM(A1:A9)", "The Cabinet Office", "100.0", "2", "50.0"],
        ["'=SUM(A1:A9)", "The Treasury", "0.0", "1", "25.0"],
        ["'=SUM(A1:A9)", "Ofsted", "0.0", "0", "0.0"],
        ["'=SUM(A1:A9)", "No answer", "", "1", "25.0"],
        ["Social Value Act date", "True", "100.0", "2", "50.0"],
        ["Social Value Act date", "False", "0.0", "2", "50.0"],
        ["Right to challenge", "ANSWER-SECRET-right to challenge", "100.0", "3", "75.0"],
        ["Right to challenge", "'=1+1", "0.0", "1", "25.0"],
    ]


def test_the_page_links_to_each_csv_file(admin_client, quiz):
    html = get(admin_client, quiz).content.decode()
    for table in ("summary", "questions", "choices"):
        assert f'href="{reverse("assessments:report", args=[quiz.pk])}?format=csv&amp;table={table}"' in html


def test_an_unknown_csv_table_is_a_clear_400(admin_client, quiz):
    response = get(admin_client, quiz, format="csv", table="<everything>")
    assert response.status_code == 400
    assert response.content.decode() == UNKNOWN_REPORT_TABLE.format(table="<everything>")
    assert response["Content-Type"] == "text/plain; charset=utf-8"


# Queries and access ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("params", [{}, {"format": "csv", "table": "choices"}])
def test_report_query_count_does_not_grow_with_attempts(admin_client, quiz, django_assert_max_num_queries, params):
    attempt_by(quiz, (1, 1, 1))
    get(admin_client, quiz, **params)
    with django_assert_max_num_queries(12) as few:
        assert get(admin_client, quiz, **params).status_code == 200
    for marks in WORKED_EXAMPLE * 3:
        attempt_by(quiz, marks)
    with django_assert_max_num_queries(12) as many:
        assert get(admin_client, quiz, **params).status_code == 200
    assert len(few.captured_queries) == len(many.captured_queries)


def test_learners_cannot_see_the_report(client, quiz):
    client.force_login(UserFactory())
    assert get(client, quiz).status_code == 403
    assert get(client, quiz, format="csv", table="choices").status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, quiz):
    response = get(client, quiz)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
