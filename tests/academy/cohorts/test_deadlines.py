"""Deadlines: fixed or relative to joining (from the later of joining and the start date), and overdue."""

import itertools
from datetime import date, datetime, time, timedelta

import pytest
from django.utils import timezone

from academy.cohorts import deadlines
from academy.cohorts.deadlines import DeadlineRule
from academy.cohorts.integrations import deadline_annotations
from academy.cohorts.models import Membership
from academy.cohorts.selectors import cohort_progress_rows, cohort_summaries
from courses.models import Enrolment
from tests.academy.cohorts.factories import add_learner, make_cohort

START = date(2026, 3, 2)


def joined(day: date, hour: int = 12) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def test_a_fixed_deadline_is_the_same_for_everyone():
    rule = DeadlineRule(fixed=date(2026, 6, 30), days=None, start=START)
    assert rule.deadline_for(joined(date(2026, 1, 1))) == date(2026, 6, 30)
    assert rule.deadline_for(joined(date(2026, 6, 29))) == date(2026, 6, 30)


def test_a_relative_deadline_counts_days_from_joining():
    rule = DeadlineRule(fixed=None, days=42, start=START)
    assert rule.deadline_for(joined(date(2026, 4, 1))) == date(2026, 5, 13)


def test_a_relative_deadline_counts_from_the_start_date_for_people_who_join_before_it():
    rule = DeadlineRule(fixed=None, days=10, start=START)
    assert rule.deadline_for(joined(date(2026, 2, 1))) == date(2026, 3, 12)


def test_joining_late_in_the_evening_counts_as_that_local_day():
    # 23:30 in London during summer time is 22:30 UTC the same day; 00:30 BST is the previous day in UTC.
    rule = DeadlineRule(fixed=None, days=1, start=START)
    assert rule.deadline_for(joined(date(2026, 7, 1), hour=23)) == date(2026, 7, 2)
    assert rule.deadline_for(joined(date(2026, 7, 1), hour=0)) == date(2026, 7, 2)


def test_no_deadline():
    rule = DeadlineRule(fixed=None, days=None, start=START)
    assert rule.deadline_for(joined(date(2026, 4, 1))) is None
    assert rule.joined_q(earliest=date(2026, 1, 1)) is None


def test_overdue_starts_the_day_after_the_deadline():
    deadline = date(2026, 5, 1)
    assert not deadlines.is_overdue(deadline=deadline, completed=False, today=deadline)
    assert deadlines.is_overdue(deadline=deadline, completed=False, today=deadline + timedelta(days=1))
    assert not deadlines.is_overdue(deadline=deadline, completed=True, today=deadline + timedelta(days=9))
    assert not deadlines.is_overdue(deadline=None, completed=False, today=deadline)


@pytest.mark.django_db
def test_the_database_filter_agrees_with_the_deadline_arithmetic(course):
    """joined_q selects exactly the members whose computed deadline is in the range, for every rule and range."""
    cohort = make_cohort(courses=[course], start_date=START)
    join_days = [START + timedelta(days=offset) for offset in range(-6, 7, 2)]
    members = [add_learner(cohort, days_ago=0) for _ in join_days]
    for membership, day in zip(members, join_days, strict=True):
        for hour in (0, 23):  # the first and last hour of the local day
            Membership.objects.filter(pk=membership.pk).update(joined_at=joined(day, hour))
    rules = [DeadlineRule(fixed=None, days=days, start=START) for days in (1, 5, 30)]
    rules.append(DeadlineRule(fixed=START + timedelta(days=3), days=None, start=START))
    bounds = [None, *[START + timedelta(days=offset) for offset in range(-3, 40, 4)]]
    for rule, earliest, latest in itertools.product(rules, bounds, bounds):
        expected = {
            m.pk
            for m in Membership.objects.all()
            if (earliest is None or rule.deadline_for(m.joined_at) >= earliest)
            and (latest is None or rule.deadline_for(m.joined_at) <= latest)
        }
        condition = rule.joined_q(earliest=earliest, latest=latest)
        selected = (
            set() if condition is None else set(Membership.objects.filter(condition).values_list("pk", flat=True))
        )
        assert selected == expected, (rule, earliest, latest)


@pytest.mark.django_db
def test_the_dashboard_flags_overdue_learners_who_have_not_completed(course):
    cohort = make_cohort(courses=[course], deadline_days=10)
    late = add_learner(cohort, days_ago=20, completed=1, full_name="Late Learner")
    add_learner(cohort, days_ago=20, completed=4, full_name="Done Learner")  # all four items: completed
    add_learner(cohort, days_ago=10, full_name="Due Today")
    cohort_course = cohort.cohort_courses.get()
    overdue = cohort_progress_rows(cohort=cohort, cohort_course=cohort_course).filter(is_overdue=True)
    assert [m.user.full_name for m in overdue] == ["Late Learner"]
    assert cohort_summaries(cohorts=[cohort])[cohort.pk].overdue == 1
    assert late.user.full_name == "Late Learner"


@pytest.mark.django_db
def test_a_fixed_deadline_in_the_past_makes_every_unfinished_learner_overdue(course):
    cohort = make_cohort(courses=[course], deadline_date=timezone.localdate() - timedelta(days=1))
    add_learner(cohort)
    add_learner(cohort, completed=4)
    summary = cohort_summaries(cohorts=[cohort])[cohort.pk]
    assert (summary.learners, summary.completed, summary.overdue, summary.completion_percent) == (2, 1, 1, 50)


@pytest.mark.django_db
def test_my_learning_gets_each_enrolments_deadline_in_one_query(course, django_assert_num_queries):
    from tests.courses.factories import make_course

    second = make_course(modules=1, lessons=1, slug="second-course")
    cohort = make_cohort(courses=[course, second], deadline_days=10)
    membership = add_learner(cohort, days_ago=12)
    enrolments = list(Enrolment.objects.filter(user=membership.user))
    with django_assert_num_queries(1):
        facts = deadline_annotations(user=membership.user, enrolments=enrolments)
    expected = timezone.localdate(membership.joined_at) + timedelta(days=10)
    assert facts == {enrolment.pk: {"deadline": expected, "overdue": True} for enrolment in enrolments}


@pytest.mark.django_db
def test_my_learning_uses_the_earlier_deadline_when_two_cohorts_share_a_course(course):
    first = make_cohort(courses=[course], deadline_date=date(2030, 5, 1))
    second = make_cohort(courses=[course], deadline_date=date(2030, 4, 1))
    membership = add_learner(first)
    add_learner(second, user=membership.user)
    enrolment = Enrolment.objects.get(user=membership.user)
    assert deadline_annotations(user=membership.user, enrolments=[enrolment])[enrolment.pk]["deadline"] == date(
        2030, 4, 1
    )


@pytest.mark.django_db
def test_archived_cohorts_set_no_deadlines_on_my_learning(course):
    cohort = make_cohort(courses=[course], deadline_days=1, status="archived")
    membership = add_learner(cohort, days_ago=5)
    enrolment = Enrolment.objects.get(user=membership.user)
    assert deadline_annotations(user=membership.user, enrolments=[enrolment]) == {}
