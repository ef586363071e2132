"""Deadline reminders (one per offset and deadline, never two) and the weekly digest to leads."""

from datetime import date, timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from academy.cohorts.models import DigestLog, ReminderLog, ReminderPreference
from academy.cohorts.services import reminders
from academy.cohorts.tasks import send_deadline_reminders, send_weekly_digests
from tests.academy.cohorts.factories import ReminderLogFactory, add_learner, make_cohort

pytestmark = pytest.mark.django_db

TODAY = date(2026, 5, 4)  # a Monday


@pytest.fixture
def run(django_capture_on_commit_callbacks, mailoutbox):
    """Run the daily reminders for ``today``; return the (to, subject) pairs sent in this run."""

    def send(today=TODAY):
        before = len(mailoutbox)
        with django_capture_on_commit_callbacks(execute=True):
            reminders.send_deadline_reminders(today=today)
        return [(message.to[0], message.subject) for message in mailoutbox[before:]]

    return send


def make_due(course, *, deadline: date, **learner):
    cohort = make_cohort(courses=[course], deadline_date=deadline)
    return cohort, add_learner(cohort, **learner)


def test_the_kind_of_reminder_depends_on_days_left():
    offsets = [1, 7]
    assert reminders.reminder_kind(deadline=TODAY + timedelta(days=8), today=TODAY, offsets=offsets) is None
    assert reminders.reminder_kind(deadline=TODAY + timedelta(days=7), today=TODAY, offsets=offsets) == "before-7"
    assert reminders.reminder_kind(deadline=TODAY + timedelta(days=2), today=TODAY, offsets=offsets) == "before-7"
    assert reminders.reminder_kind(deadline=TODAY + timedelta(days=1), today=TODAY, offsets=offsets) == "before-1"
    assert reminders.reminder_kind(deadline=TODAY, today=TODAY, offsets=offsets) == "before-1"
    assert reminders.reminder_kind(deadline=TODAY - timedelta(days=1), today=TODAY, offsets=offsets) == "overdue"


def test_the_default_offsets_are_a_week_and_a_day():
    assert settings.ACADEMY_COHORT_REMINDER_OFFSETS == [7, 1]


def test_a_learner_a_week_from_the_deadline_gets_one_reminder_however_often_the_task_runs(course, run):
    _, membership = make_due(course, deadline=TODAY + timedelta(days=7))
    sent = run()
    assert sent == [(membership.user.email, f"Reminder: complete {course.title} by 11 May 2026")]
    assert run() == []
    assert run(TODAY + timedelta(days=1)) == []  # still inside the week: already reminded for it
    assert ReminderLog.objects.get().kind == "before-7"


def test_the_day_before_brings_the_second_reminder_and_the_day_after_the_overdue_one(course, run):
    deadline = TODAY + timedelta(days=7)
    make_due(course, deadline=deadline)
    run()
    assert [subject for _, subject in run(deadline - timedelta(days=1))] == [
        f"Reminder: complete {course.title} by 11 May 2026"
    ]
    assert run(deadline) == []
    assert [subject for _, subject in run(deadline + timedelta(days=1))] == [
        f"Overdue: {course.title} was due on 11 May 2026"
    ]
    assert run(deadline + timedelta(days=5)) == []
    assert sorted(ReminderLog.objects.values_list("kind", flat=True)) == ["before-1", "before-7", "overdue"]


def test_someone_who_joins_two_days_before_the_deadline_gets_one_reminder_not_two(course, run):
    make_due(course, deadline=TODAY + timedelta(days=1))
    assert len(run()) == 1
    assert ReminderLog.objects.get().kind == "before-1"


def test_relative_deadlines_are_reminded_too(course, run):
    cohort = make_cohort(courses=[course], deadline_days=30, start_date=TODAY - timedelta(days=100))
    add_learner(cohort)  # joined today (real today): deadline 30 days from now
    today = timezone.localdate()
    assert run(today) == []
    assert len(run(today + timedelta(days=23))) == 1  # 7 days left
    assert len(run(today + timedelta(days=31))) == 1  # overdue


def test_the_beat_task_run_twice_sends_once(course, mailoutbox, django_capture_on_commit_callbacks):
    make_due(course, deadline=timezone.localdate() - timedelta(days=3))
    with django_capture_on_commit_callbacks(execute=True):
        send_deadline_reminders.delay()
        send_deadline_reminders.delay()
    assert len(mailoutbox) == 1
    assert "Overdue" in mailoutbox[0].subject


def test_a_concurrent_run_that_logged_first_wins(course, run):
    _, membership = make_due(course, deadline=TODAY + timedelta(days=3))
    ReminderLogFactory(membership=membership, course=course, deadline=TODAY + timedelta(days=3), kind="before-7")
    assert run() == []


def test_nobody_is_reminded_about_a_course_they_have_completed(course, run):
    make_due(course, deadline=TODAY + timedelta(days=1), completed=4)
    assert run() == []


def test_learners_who_turned_reminders_off_are_not_reminded(course, run, client):
    _, membership = make_due(course, deadline=TODAY + timedelta(days=1))
    client.force_login(membership.user)
    response = client.post(reverse("cohorts:reminder_settings"), {"reminders": "no"})
    assert response.status_code == 302
    assert ReminderPreference.objects.get(user=membership.user).deadline_reminders is False
    assert run() == []
    client.post(reverse("cohorts:reminder_settings"), {"reminders": "yes"})
    assert len(run()) == 1


def test_the_reminder_setting_page_shows_the_current_choice(client, learner):
    client.force_login(learner)
    response = client.get(reverse("cohorts:reminder_settings"))
    assert response.context["form"].initial == {"reminders": "yes"}
    assert client.post(reverse("cohorts:reminder_settings"), {}).context["form"].errors["reminders"]


def test_archived_cohorts_and_inactive_accounts_get_no_reminders(course, run):
    cohort, _ = make_due(course, deadline=TODAY + timedelta(days=1))
    cohort.status = "archived"
    cohort.save()
    _, membership = make_due(course, deadline=TODAY + timedelta(days=1))
    membership.user.is_active = False
    membership.user.save()
    assert run() == []


def test_moving_the_deadline_gives_reminders_for_the_new_date(course, run):
    cohort, _ = make_due(course, deadline=TODAY + timedelta(days=1))
    assert len(run()) == 1
    cohort.cohort_courses.update(deadline_date=TODAY + timedelta(days=6))
    assert len(run()) == 1
    assert ReminderLog.objects.count() == 2


def test_the_reminder_email_links_to_the_course_and_the_setting(course, run, mailoutbox):
    make_due(course, deadline=TODAY + timedelta(days=1))
    run()
    body = mailoutbox[-1].body
    assert course.url in body and "/cohorts/reminders/" in body and "tomorrow" in body


def test_each_lead_gets_one_digest_a_week_with_the_overdue_list(
    course, lead, other_lead, mailoutbox, django_capture_on_commit_callbacks
):
    cohort = make_cohort(
        courses=[course], leads=[lead, other_lead], deadline_date=TODAY - timedelta(days=2), name="Digest cohort"
    )
    add_learner(cohort, full_name="Olive Overdue")
    add_learner(cohort, full_name="Finn Finished", completed=4)
    make_cohort(courses=[course], leads=[lead], name="Archived one", status="archived")
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_weekly_digests(today=TODAY) == 2
        assert reminders.send_weekly_digests(today=TODAY + timedelta(days=3)) == 0  # same week
    assert sorted(message.to[0] for message in mailoutbox) == sorted([lead.email, other_lead.email])
    body = mailoutbox[0].body
    assert "Digest cohort" in body and "Learners: 2" in body and "Completed: 50%" in body
    assert "Olive Overdue" in body and "Finn Finished" not in body and "Archived one" not in body
    assert DigestLog.objects.count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_weekly_digests(today=TODAY + timedelta(days=7)) == 2


def test_the_digest_task_runs_from_beat(course, lead, mailoutbox, django_capture_on_commit_callbacks):
    make_cohort(courses=[course], leads=[lead])
    with django_capture_on_commit_callbacks(execute=True):
        send_weekly_digests.delay()
        send_weekly_digests.delay()
    assert len(mailoutbox) == 1


def test_beat_runs_the_reminders_daily_and_the_digest_weekly():
    schedule = settings.CELERY_BEAT_SCHEDULE
    assert schedule["cohorts-deadline-reminders"]["task"] == "academy.cohorts.tasks.send_deadline_reminders"
    assert schedule["cohorts-weekly-digest"]["task"] == "academy.cohorts.tasks.send_weekly_digests"
    assert schedule["cohorts-weekly-digest"]["schedule"].day_of_week == {1}


def test_the_command_sends_reminders_and_digests_once(course, lead, mailoutbox):
    import io

    from django.core.management import call_command

    cohort = make_cohort(courses=[course], leads=[lead], deadline_date=TODAY + timedelta(days=1))
    add_learner(cohort)
    out = io.StringIO()
    call_command("send_cohort_reminders", "--digest", "--date", TODAY.isoformat(), stdout=out)
    call_command("send_cohort_reminders", "--digest", "--date", TODAY.isoformat(), stdout=out)
    assert out.getvalue().splitlines() == [
        "Deadline reminders sent: 1",
        "Lead digests sent: 1",
        "Deadline reminders sent: 0",
        "Lead digests sent: 0",
    ]


def test_email_subjects_are_plain_text_not_html_escaped():
    from django.template.loader import render_to_string

    subject = render_to_string(
        "cohorts/email/invitation_subject.txt", {"cohort": {"name": "Health & Care"}, "service_name": "Academy"}
    )
    assert "Health & Care" in subject and "&amp;" not in subject
