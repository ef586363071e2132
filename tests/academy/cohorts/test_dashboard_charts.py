"""The dashboard's charts: progress by module, completion over time and quiz pass rates, each as an SVG image with
a text alternative and a table, from a fixed number of queries however many learners or modules."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.cohorts import charts
from academy.cohorts.selectors import completion_timeline, module_progress
from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from courses.models import ModulePage
from courses.selectors import course_outline
from tests.academy.cohorts.factories import add_learner, bulk_learners, make_cohort
from tests.assessments.factories import RIGHT, make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(course, lead):
    cohort = make_cohort(courses=[course], leads=[lead], deadline_days=10)
    add_learner(cohort, full_name="Alice Ahead", days_ago=20, completed=4)
    add_learner(cohort, full_name="Bob Behind", days_ago=20, completed=1)
    add_learner(cohort, full_name="Cara Current", days_ago=2, completed=3)
    add_learner(cohort, full_name="Dan Dormant", days_ago=2)
    return cohort


def dashboard_html(client, lead, cohort) -> str:
    client.force_login(lead)
    return client.get(reverse("cohorts:dashboard", args=[cohort.pk])).content.decode()


def test_module_progress_counts_completed_in_progress_and_not_started_learners(cohort, course):
    outline = course_outline(course=course)
    first, second = module_progress(cohort=cohort, cohort_course=cohort.cohort_courses.get(), outline=outline)
    assert (first.completed, first.in_progress, first.not_started) == (2, 1, 1)
    assert (second.completed, second.in_progress, second.not_started) == (1, 1, 2)


def test_the_timeline_counts_completions_and_deadlines_by_day(cohort):
    today = timezone.localdate()
    timeline = completion_timeline(cohort=cohort, cohort_course=cohort.cohort_courses.get(), today=today)
    assert timeline.learners == 4
    by_day = {point.day: (point.completed, point.due) for point in timeline.points}
    assert by_day[today - timedelta(days=10)] == (0, 2)  # Alice and Bob joined 20 days ago with 10 days to go
    assert by_day[today] == (1, 2)  # Alice completed today
    assert by_day[today + timedelta(days=8)] == (1, 4)
    assert timeline.has_deadlines and timeline.deadline is None


def test_the_timeline_marks_a_fixed_deadline(course, lead):
    cohort = make_cohort(courses=[course], leads=[lead], deadline_date=timezone.localdate() + timedelta(days=30))
    add_learner(cohort, full_name="Ann", completed=4)
    timeline = completion_timeline(cohort=cohort, cohort_course=cohort.cohort_courses.get())
    chart = charts.timeline_chart(
        id="t", title="T", timeline=timeline, completed=charts.COMPLETED_LINE, due=charts.DUE_LINE
    )
    assert [marker.label.split()[0] for marker in chart.markers] == ["Today", "Deadline"]
    assert "By today 1 of 1 learners had completed the course" in chart.description


def test_each_chart_is_an_image_with_a_title_and_description_and_a_table(client, lead, cohort):
    html = dashboard_html(client, lead, cohort)
    for chart_id in ("module-chart", "timeline-chart"):
        assert re.search(
            rf'<svg class="app-chart__svg"[^>]*role="img" aria-labelledby="{chart_id}-title {chart_id}-desc"', html
        )
        assert f'<title id="{chart_id}-title">' in html and f'<desc id="{chart_id}-desc">' in html
    assert "Module 1: Module 1: 2 completed, 1 in progress, 1 not started (of 4 learners)." in html
    assert "Learners by module." in html and "Completion over time as a table" in html
    assert 'style="' not in html  # the Content Security Policy allows no inline styles


def test_each_module_links_to_its_drill_down(client, lead, cohort, course):
    html = dashboard_html(client, lead, cohort)
    for module in course_outline(course=course).modules:
        assert reverse("cohorts:module", args=[cohort.pk, course.pk, module.pk]) in html


def test_the_learner_table_shows_module_statuses_as_numbered_marks_with_text(client, lead, cohort):
    html = dashboard_html(client, lead, cohort)
    assert '<span class="govuk-visually-hidden">Module 1, Module 1: Completed</span>' in html
    assert '<span class="govuk-visually-hidden">Module 2, Module 2: In progress</span>' in html
    assert 'class="govuk-table app-progress-table app-sticky-first-column"' in html


def test_quiz_pass_rates_count_passed_tried_and_not_tried_learners(client, lead, cohort, course):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    quiz = make_quiz(module, questions=[make_question("single_choice")], slug="module-quiz")
    learners = {m.user.full_name: m.user for m in cohort.memberships.select_related("user")}
    submit_attempt(attempt=start_attempt(user=learners["Bob Behind"], quiz=quiz))  # tried, failed
    attempt = start_attempt(user=learners["Alice Ahead"], quiz=quiz)
    save_responses(attempt=attempt, responses={1: RIGHT["single_choice"]})
    submit_attempt(attempt=attempt)
    client.force_login(lead)
    response = client.get(reverse("cohorts:dashboard", args=[cohort.pk]))
    (rate,) = response.context["quiz_rates"]
    assert (rate.passed, rate.tried_not_passed, rate.not_tried, rate.passed_percent) == (1, 1, 2, 25)
    assert 'aria-labelledby="quiz-chart-title quiz-chart-desc"' in response.content.decode()


def test_a_bar_chart_splits_each_bar_by_its_values():
    chart = charts.stacked_bar_chart(
        id="c", title="T", rows=[("A", [1, 1, 2])], series=charts.MODULE_SERIES, total=4, unit="learners"
    )
    (bar,) = chart.bars
    assert [(segment.x, segment.width) for segment in bar.segments] == [(0, 100), (100, 100), (200, 200)]
    assert chart.description == "A: 1 completed, 1 in progress, 2 not started (of 4 learners)."


def test_an_empty_cohort_still_draws_its_charts(client, lead, course):
    cohort = make_cohort(courses=[course], leads=[lead], start_date=date(2026, 1, 1))
    html = dashboard_html(client, lead, cohort)
    assert "Nobody has joined yet." in html


def count_queries(client, url, django_assert_max_num_queries) -> int:
    with django_assert_max_num_queries(DASHBOARD_QUERY_CEILING) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


# Sign-in, the cohort, its courses and outline (one per item page type), the page of rows and their completions,
# the summary, organisations, and one query for each chart: 14 with quizzes in the course, whatever its size; and
# one for each column other apps add (sessions attended, 100-day plan), less one since the menu and the page ask for
# the cohort roles once: 15.
DASHBOARD_QUERY_CEILING = 15  # issue 14 (was 21): permissions in one query, the site and outline from the cache


def test_the_dashboard_with_its_charts_makes_the_same_queries_for_more_learners_modules_and_quizzes(
    client, lead, django_assert_max_num_queries
):
    small_course = make_course(modules=2, lessons=2, slug="small-course")
    large_course = make_course(modules=8, lessons=5, slug="large-course")
    for course in (small_course, large_course):
        for module in ModulePage.objects.child_of(course):
            make_quiz(module, questions=[make_question("single_choice")], slug="quiz")
    small = make_cohort(courses=[small_course], leads=[lead], deadline_days=3, name="Small")
    large = make_cohort(courses=[large_course], leads=[lead], deadline_days=3, name="Large")
    bulk_learners(small, count=3, outline=course_outline(course=small_course), done_items=2, prefix="small")
    bulk_learners(large, count=400, outline=course_outline(course=large_course), done_items=30, prefix="large")
    client.force_login(lead)
    for cohort in (small, large):  # warm Wagtail's site cache and each course's cached outline
        client.get(reverse("cohorts:dashboard", args=[cohort.pk]))
    counts = [
        count_queries(client, reverse("cohorts:dashboard", args=[cohort.pk]), django_assert_max_num_queries)
        for cohort in (small, large)
    ]
    assert counts[0] == counts[1], counts
