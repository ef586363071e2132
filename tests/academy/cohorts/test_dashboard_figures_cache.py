"""The dashboard's whole-cohort figures come from the cache while nothing changes, and any change shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from academy.cohorts.selectors.aggregates import forget_cohorts
from courses.selectors import course_outline
from courses.services.progress import complete_item
from tests.academy.cohorts.factories import add_learner, make_cohort

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(course, lead):
    cohort = make_cohort(courses=[course], leads=[lead], deadline_days=10)
    add_learner(cohort, full_name="Alice Ahead", days_ago=20, completed=4, organisation="Northshire")
    add_learner(cohort, full_name="Dan Dormant", days_ago=2)
    return cohort


def dashboard(client, lead, cohort):
    client.force_login(lead)
    response = client.get(reverse("cohorts:dashboard", args=[cohort.pk]))
    assert response.status_code == 200
    return response.context


def test_a_second_view_reads_the_figures_from_the_cache(client, lead, cohort):
    dashboard(client, lead, cohort)
    with CaptureQueriesContext(connection) as first:
        dashboard(client, lead, cohort)
    forget_cohorts([cohort.pk])
    with CaptureQueriesContext(connection) as recomputed:
        dashboard(client, lead, cohort)
    assert len(recomputed.captured_queries) - len(first.captured_queries) == 4  # summary, modules, timeline, orgs


def test_a_completion_is_on_the_dashboard_at_once(client, lead, cohort, course, django_capture_on_commit_callbacks):
    before = dashboard(client, lead, cohort)
    assert before["summary"]["completed"] == 1 and before["summary"]["not_started"] == 1
    dan = cohort.memberships.get(user__full_name="Dan Dormant").user
    outline = course_outline(course=course)
    with django_capture_on_commit_callbacks(execute=True):
        complete_item(user=dan, item=outline.items[0].page)
    after = dashboard(client, lead, cohort)
    assert after["summary"]["in_progress"] == 1 and after["summary"]["not_started"] == 0
    assert after["modules"][0].in_progress + after["modules"][0].completed == 2
    for item in outline.items[1:]:
        complete_item(user=dan, item=item.page)
    assert dashboard(client, lead, cohort)["summary"]["completed"] == 2


def test_a_new_learner_and_a_changed_organisation_show_at_once(client, lead, cohort):
    assert dashboard(client, lead, cohort)["summary"]["learners"] == 2
    membership = add_learner(cohort, full_name="Ed Early", organisation="Westshire")
    context = dashboard(client, lead, cohort)
    assert context["summary"]["learners"] == 3 and "Westshire" in context["organisations"]
    user = membership.user
    user.organisation = "Eastshire"
    user.save()
    organisations = dashboard(client, lead, cohort)["organisations"]
    assert "Eastshire" in organisations and "Westshire" not in organisations
    membership.delete()
    assert dashboard(client, lead, cohort)["summary"]["learners"] == 2


def test_a_changed_deadline_shows_at_once(client, lead, cohort):
    assert dashboard(client, lead, cohort)["summary"]["overdue"] == 0
    cohort_course = cohort.cohort_courses.get()
    cohort_course.deadline_days = 1
    cohort_course.save()
    assert dashboard(client, lead, cohort)["summary"]["overdue"] == 1  # Dan joined 2 days ago, not started
