"""The lead's cohort dashboard and its export show each learner's plan status, filter those awaiting feedback, and
make the same number of queries however many plans there are."""

import pytest
from django.urls import reverse

from tests.academy.cohorts.factories import add_learner
from tests.academy.cohorts.test_dashboard import DASHBOARD_MAX_QUERIES
from tests.academy.plans.factories import plan_cohort, submitted_plan, written_plan

pytestmark = pytest.mark.django_db


def test_the_dashboard_shows_plan_status_and_filters_plans_awaiting_feedback(client):
    cohort, lead = plan_cohort()
    submitted_plan(cohort, full_name="Sara Submitted")
    written_plan(cohort, full_name="Dana Draft")
    add_learner(cohort, full_name="Nia None")
    client.force_login(lead)
    url = reverse("cohorts:dashboard", args=[cohort.pk])
    html = client.get(url).content.decode()
    assert "100-day plan" in html and "Awaiting feedback" in html and "Draft" in html and "Not started" in html
    filtered = client.get(url + "?plan_awaiting_feedback=1").content.decode()
    assert "Sara Submitted" in filtered
    assert "Dana Draft" not in filtered and "Nia None" not in filtered
    assert reverse("plans:cohort", args=[cohort.pk]) in html  # the "100-day plans" section link


def test_the_plan_column_may_wrap_so_it_stays_in_view_beside_the_modules(client):
    cohort, lead = plan_cohort()
    submitted_plan(cohort, full_name="Sara Submitted")
    client.force_login(lead)
    html = client.get(reverse("cohorts:dashboard", args=[cohort.pk])).content.decode()
    assert '<th scope="col" class="govuk-table__header app-progress-table__extra">100-day plan</th>' in html
    assert '<td class="govuk-table__cell app-progress-table__extra">Awaiting feedback</td>' in html


def test_the_export_carries_the_plan_column_and_the_filter(client):
    cohort, lead = plan_cohort()
    submitted_plan(cohort, full_name="Sara Submitted")
    written_plan(cohort, full_name="Dana Draft")
    client.force_login(lead)
    response = client.post(
        reverse("cohorts:export_create", args=[cohort.pk]),
        {"kind": "dashboard", "format": "csv", "plan_awaiting_feedback": "1"},
    )
    header, *rows = b"".join(response.streaming_content).decode("utf-8-sig").strip().splitlines()
    assert "100-day plan" in header.split(",")
    assert len(rows) == 1 and "Sara Submitted" in rows[0] and "Awaiting feedback" in rows[0]


def test_the_plan_column_costs_the_same_queries_for_few_or_many_plans(client, django_assert_max_num_queries):
    counts = []
    for size in (2, 12):
        cohort, lead = plan_cohort(slug=f"dash-{size}", name=f"Dash {size}")
        for number in range(size):
            written_plan(cohort, full_name=f"Learner {size}-{number}")
        client.force_login(lead)
        url = reverse("cohorts:dashboard", args=[cohort.pk])
        client.get(url)
        with django_assert_max_num_queries(DASHBOARD_MAX_QUERIES) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts
