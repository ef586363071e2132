"""The dashboard's whole-cohort figures and learner table come from the cache while nothing changes, and any change
shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import strip_tags

from academy.cohorts.selectors.aggregates import forget_cohorts
from academy.cohorts.services import cohorts as cohort_services
from academy.events.integrations import MISSED_FILTER_KEY
from academy.events.models import Attendance, Session
from academy.events.services.attendance import record_attendance
from academy.plans import services as plan_services
from courses.selectors import course_outline
from courses.services.progress import complete_item
from tests.academy.cohorts.factories import add_learner, make_cohort
from tests.academy.events.factories import make_session
from tests.academy.plans.factories import make_template, written_plan
from tests.cache_trips import round_trips
from tests.courses.factories import make_course

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
    # The figures (summary, modules, timeline, organisations) and the learner table (count, rows, two columns).
    assert len(recomputed.captured_queries) - len(first.captured_queries) == 8


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


def learner_row(client, lead, cohort, name: str, query: str = "") -> str:
    """The text of ``name``'s row in the learner table, as the lead sees it."""
    client.force_login(lead)
    response = client.get(reverse("cohorts:dashboard", args=[cohort.pk]) + query)
    assert response.status_code == 200
    rows = [row for row in response.content.decode().split("<tr") if name in row and "app-learner-cell" in row]
    assert len(rows) == 1, rows
    return " ".join(strip_tags(rows[0]).split())


def test_the_learner_table_is_kept_and_shows_attendance_and_plan_changes_at_once(
    client, lead, cohort, django_capture_on_commit_callbacks
):
    session = make_session(cohort, days_ahead=-3, required=True)
    alice = cohort.memberships.get(user__full_name="Alice Ahead").user
    assert "0 of 1 required sessions" in learner_row(client, lead, cohort, "Alice Ahead")
    with CaptureQueriesContext(connection) as kept:
        assert "0 of 1 required sessions" in learner_row(client, lead, cohort, "Alice Ahead")
    assert not any("events_session" in query["sql"] for query in kept.captured_queries)  # the table was kept

    with django_capture_on_commit_callbacks(execute=True):
        record_attendance(session=session, marks={alice.pk: Attendance.Status.PRESENT}, recorded_by=lead)
    assert "1 of 1 required sessions" in learner_row(client, lead, cohort, "Alice Ahead")

    session.status = Session.Status.CANCELLED  # no longer counted
    session.save()
    assert "No required sessions" in learner_row(client, lead, cohort, "Alice Ahead")

    plan_services.set_cohort_settings(cohort=cohort, template=make_template(), required=False)
    plan = written_plan(cohort, full_name="Pat Planner")
    assert "Draft" in learner_row(client, lead, cohort, "Pat Planner")
    plan_services.submit_plan(plan=plan, user=plan.owner)
    assert "Awaiting feedback" in learner_row(client, lead, cohort, "Pat Planner")
    plan.delete()
    assert "Awaiting feedback" not in learner_row(client, lead, cohort, "Pat Planner")


def test_a_table_filtered_by_another_apps_filter_is_never_kept(client, lead, cohort):
    """The "missed a required session" filter depends on the hour (a session that has just ended), not only on rows."""
    make_session(cohort, days_ahead=-3, required=True)
    query = f"?{MISSED_FILTER_KEY}=1"
    learner_row(client, lead, cohort, "Dan Dormant", query=query)
    with CaptureQueriesContext(connection) as again:
        assert "Dan Dormant" in learner_row(client, lead, cohort, "Dan Dormant", query=query)
    assert any("events_session" in query["sql"] for query in again.captured_queries)  # read afresh each time


def page_text(client, lead, cohort, query: str = "") -> str:
    """The dashboard's text as the lead sees it (the HTML, not the template's context)."""
    client.force_login(lead)
    response = client.get(reverse("cohorts:dashboard", args=[cohort.pk]) + query)
    assert response.status_code == 200
    return " ".join(strip_tags(response.content.decode()).split())


def test_the_page_body_is_kept_and_a_completion_shows_in_it_at_once(client, lead, cohort, course):
    assert "50% completed (1)" in page_text(client, lead, cohort)
    with CaptureQueriesContext(connection) as kept:
        assert "50% completed (1)" in page_text(client, lead, cohort)
    assert not any("cohorts_membership" in query["sql"] for query in kept.captured_queries)  # no figures, no rows
    dan = cohort.memberships.get(user__full_name="Dan Dormant").user
    for item in course_outline(course=course).items:
        complete_item(user=dan, item=item.page)
    assert "100% completed (2)" in page_text(client, lead, cohort)


def test_a_renamed_or_archived_cohort_shows_in_the_kept_body_at_once(client, lead, cohort):
    assert "Spring cohort" in page_text(client, lead, cohort)
    cohort_services.update_cohort(
        cohort=cohort,
        name="Autumn cohort",
        start_date=cohort.start_date,
        courses=[cc.course for cc in cohort.cohort_courses.select_related("course")],
        leads=[lead],
    )
    text = page_text(client, lead, cohort)
    assert "Autumn cohort" in text and "Archived" not in text
    cohort_services.archive_cohort(cohort=cohort)
    assert "Cohort Archived Autumn cohort" in page_text(client, lead, cohort)


def test_a_filtered_page_is_kept_apart_from_the_whole_list(client, lead, cohort):
    assert "Dan Dormant" in page_text(client, lead, cohort)
    filtered = page_text(client, lead, cohort, query="?q=Alice")
    assert "Alice Ahead" in filtered and "Dan Dormant" not in filtered
    assert "Dan Dormant" in page_text(client, lead, cohort)


def test_a_kept_dashboard_reads_the_cache_in_a_few_round_trips(client, lead, cohort, monkeypatch):
    """The session; the generations; the site, the parts the page read last time (outline, footer), the lead's facts
    and the cohort's version; then the kept body: four round trips, not one per part (there were eleven)."""
    client.force_login(lead)
    url = reverse("cohorts:dashboard", args=[cohort.pk])
    for _ in range(3):
        client.get(url)
    responses = []
    calls = round_trips(monkeypatch, lambda: responses.append(client.get(url)))
    assert responses[0].status_code == 200
    assert len(calls) <= 4, calls


def test_a_course_added_to_the_cohort_or_renamed_shows_in_the_kept_body_at_once(client, lead, cohort, course):
    assert "Course second-course" not in page_text(client, lead, cohort)
    second = make_course(slug="second-course")
    cohort_services.update_cohort(
        cohort=cohort, name=cohort.name, start_date=cohort.start_date, courses=[course, second], leads=[lead]
    )
    assert "Course second-course" in page_text(client, lead, cohort)
    second.title = "A renamed second course"
    second.save_revision().publish()
    assert "A renamed second course" in page_text(client, lead, cohort)
