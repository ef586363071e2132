"""Quiz attempts and grades for the lead, read through assessments' public selector."""

import csv
import io

import pytest
from django.urls import reverse

from academy.cohorts.models import Export
from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from courses.models import ModulePage
from tests.academy.cohorts.factories import add_learner, make_cohort
from tests.assessments.factories import RIGHT, make_question, make_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz_cohort(course, lead):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    question = make_question("single_choice")
    quiz = make_quiz(module, questions=[question], slug="module-quiz")
    cohort = make_cohort(courses=[course], leads=[lead])
    learner = add_learner(cohort, full_name="Quinn Quizzer").user
    submit_attempt(attempt=start_attempt(user=learner, quiz=quiz))
    right = start_attempt(user=learner, quiz=quiz)
    save_responses(attempt=right, responses={item.position: RIGHT["single_choice"] for item in right.questions.all()})
    submit_attempt(attempt=right)
    return cohort, learner, quiz


def test_the_learner_page_lists_quiz_attempts_and_the_grade(client, lead, quiz_cohort):
    cohort, learner, quiz = quiz_cohort
    client.force_login(lead)
    response = client.get(reverse("cohorts:learner", args=[cohort.pk, learner.pk]))
    (result,) = response.context["courses"][0]["quiz_results"]
    assert [(attempt.number, attempt.percent, attempt.passed) for attempt in result.attempts] == [
        (1, 0, False),
        (2, 100, True),
    ]
    assert result.passed and result.item.pk == quiz.pk
    html = response.content.decode()
    assert "Attempt 1: 0%" in html and "Attempt 2: 100%" in html and "Passed" in html


def test_the_quiz_results_export_has_attempts_grade_and_pass_per_quiz(
    client, lead, quiz_cohort, django_capture_on_commit_callbacks
):
    cohort, _, quiz = quiz_cohort
    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("cohorts:export_create", args=[cohort.pk]), {"kind": "quiz_results", "format": "csv"})
    job = Export.objects.get()
    content = b"".join(client.get(reverse("cohorts:export_download", args=[cohort.pk, job.pk])).streaming_content)
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0] == [
        "Name",
        "Email",
        "Organisation",
        f"{quiz.title}: attempts",
        f"{quiz.title}: grade (%)",
        f"{quiz.title}: passed",
    ]
    assert rows[1][0] == "Quinn Quizzer" and rows[1][3:] == ["2", "100.00", "Yes"]


def test_the_quiz_results_export_reads_attempts_in_one_query_whatever_the_learners_and_quizzes(
    course, quiz_cohort, django_assert_max_num_queries
):
    from academy.cohorts.selectors import DashboardFilters
    from academy.cohorts.services import exports
    from tests.academy.accounts.factories import UserFactory

    cohort, _, quiz = quiz_cohort
    cohort_course = cohort.cohort_courses.get()

    def queries_for_the_whole_table() -> tuple[int, list]:
        with django_assert_max_num_queries(12) as captured:
            table = exports.export_table(
                cohort=cohort, cohort_course=cohort_course, kind=Export.Kind.QUIZ_RESULTS, filters=DashboardFilters()
            )
            rows = list(table.rows)
        return len(captured.captured_queries), rows

    queries_for_the_whole_table()  # warm Django's content type cache
    small, small_rows = queries_for_the_whole_table()
    module = ModulePage.objects.child_of(course).order_by("path").last()
    for n in range(2):
        make_quiz(module, questions=[make_question("single_choice")], slug=f"more-quiz-{n}")
    for _ in range(5):
        learner = add_learner(cohort, user=UserFactory()).user
        submit_attempt(attempt=start_attempt(user=learner, quiz=quiz))
    large, large_rows = queries_for_the_whole_table()
    assert len(small_rows) == 1 and len(large_rows) == 6 and len(large_rows[0]) == 3 + 3 * 3
    assert [row[3:6] for row in small_rows] == [[2, 100, "Yes"]]
    assert small == large, (small, large)
