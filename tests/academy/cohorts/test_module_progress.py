"""The dashboard's drill-down: one module of a cohort's course, learner by learner, for the cohort's leads only."""

import pytest
from django.urls import reverse

from courses.selectors import course_outline
from tests.academy.cohorts.factories import add_learner, bulk_learners, make_cohort
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(course, lead):
    cohort = make_cohort(courses=[course], leads=[lead], deadline_days=10)
    add_learner(cohort, full_name="Alice Ahead", completed=4)
    add_learner(cohort, full_name="Bob Behind", completed=1)
    add_learner(cohort, full_name="Dan Dormant")
    return cohort


def module_url(cohort, course, number=1):
    module = course_outline(course=course).modules[number - 1]
    return reverse("cohorts:module", args=[cohort.pk, course.pk, module.pk])


def test_the_drill_down_lists_each_learners_status_and_items_in_the_module(client, lead, cohort, course):
    client.force_login(lead)
    response = client.get(module_url(cohort, course))
    assert response.status_code == 200
    lines = {line["row"].name: line for line in response.context["lines"]}
    assert {name: (line["status"], line["done"]) for name, line in lines.items()} == {
        "Alice Ahead": ("completed", 2),
        "Bob Behind": ("in_progress", 1),
        "Dan Dormant": ("not_started", 0),
    }
    html = response.content.decode()
    assert "Module 1: Module 1" in html and "1 of 2 items" in html
    assert 'role="region" aria-labelledby="module-caption" tabindex="0"' in html
    totals = response.context["totals"]
    assert (totals.completed, totals.in_progress, totals.not_started) == (1, 1, 1)


def test_another_lead_gets_not_found(client, other_lead, cohort, course):
    client.force_login(other_lead)
    assert client.get(module_url(cohort, course)).status_code == 404


def test_a_learner_gets_not_found_even_in_their_own_cohort(client, cohort, course):
    client.force_login(cohort.memberships.first().user)
    assert client.get(module_url(cohort, course)).status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in(client, cohort, course):
    response = client.get(module_url(cohort, course))
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_module_of_a_course_the_cohort_does_not_take_is_not_found(client, lead, cohort, course):
    other = make_course(modules=1, lessons=1, slug="other-course")
    other_module = course_outline(course=other).modules[0]
    client.force_login(lead)
    assert client.get(reverse("cohorts:module", args=[cohort.pk, other.pk, other_module.pk])).status_code == 404
    # Nor a module of another course passed off under this cohort's course
    assert client.get(reverse("cohorts:module", args=[cohort.pk, course.pk, other_module.pk])).status_code == 404
    assert client.get(reverse("cohorts:module", args=[cohort.pk, course.pk, 999999])).status_code == 404


# Sign-in, the cohort and course, the outline, the module's totals and a page of rows: 13, whatever the size.
MODULE_PAGE_QUERY_CEILING = 14  # was 18: permissions in one query, the site and outline from the cache


def test_the_drill_down_makes_the_same_queries_for_few_or_many_learners(client, lead, django_assert_max_num_queries):
    course = make_course(modules=3, lessons=5, slug="drill-course")
    outline = course_outline(course=course)
    small = make_cohort(courses=[course], leads=[lead], deadline_days=3, name="Small")
    large = make_cohort(courses=[course], leads=[lead], deadline_days=3, name="Large")
    bulk_learners(small, count=3, outline=outline, done_items=4, prefix="small")
    bulk_learners(large, count=500, outline=outline, done_items=7, prefix="large")
    client.force_login(lead)
    client.get(module_url(small, course, 2))  # warm Wagtail's site cache
    counts = []
    for cohort in (small, large):
        with django_assert_max_num_queries(MODULE_PAGE_QUERY_CEILING) as captured:
            assert client.get(module_url(cohort, course, 2)).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts
