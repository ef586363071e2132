"""The demo cohort: learners whose progress says a quiz is done have the passed attempt to show for it."""

import io

import pytest
from django.core.management import call_command

from academy.cohorts.demo import DEMO_COHORT_NAME
from academy.cohorts.models import Cohort, Export
from academy.cohorts.selectors import DashboardFilters
from academy.cohorts.services import exports
from assessments.models import Attempt, QuizPage
from courses.models import ItemCompletion

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_cohort():
    call_command("load_demo", stdout=io.StringIO())
    call_command("load_demo", stdout=io.StringIO())  # idempotent: no second set of attempts
    return Cohort.objects.get(name=DEMO_COHORT_NAME)


def test_every_completed_demo_quiz_has_a_submitted_passed_attempt(demo_cohort):
    quiz_ids = set(QuizPage.objects.values_list("pk", flat=True))
    members = demo_cohort.memberships.values("user_id")
    completed = set(
        ItemCompletion.objects.filter(enrolment__user_id__in=members, item_id__in=quiz_ids).values_list(
            "enrolment__user_id", "item_id"
        )
    )
    assert len(completed) >= 7 * 2  # two learners completed the course: a quiz per module each
    passed = set(
        Attempt.objects.filter(state=Attempt.State.SUBMITTED, passed=True, percent=100).values_list(
            "user_id", "quiz_id"
        )
    )
    assert completed <= passed
    assert Attempt.objects.filter(user_id__in=members).count() == len(completed)  # one attempt each, not one per run


def test_the_quiz_results_export_shows_completed_demo_learners_as_passed(demo_cohort):
    cohort_course = demo_cohort.cohort_courses.get()
    table = exports.export_table(
        cohort=demo_cohort, cohort_course=cohort_course, kind=Export.Kind.QUIZ_RESULTS, filters=DashboardFilters()
    )
    passed_columns = [index for index, heading in enumerate(table.header) if heading.endswith(": passed")]
    assert len(passed_columns) == 7
    rows = {row[0]: row for row in table.rows}
    for name in ("Amira Khan", "Ben Okafor"):  # the demo's learners who completed the course
        assert [rows[name][index] for index in passed_columns] == ["Yes"] * 7
        assert all(rows[name][index - 2] == 1 for index in passed_columns)  # one attempt each
    assert [rows["Grace Lee"][index] for index in passed_columns] == ["No"] * 7  # not started: no attempts
