"""The iCalendar file of a session, and reminders before it (each once)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from academy.accounts.models import OutgoingEmail
from academy.events.models import Booking, SessionReminder
from academy.events.services import sessions as session_services
from academy.events.services.bookings import sign_up
from academy.events.services.reminders import send_session_reminders
from tests.academy.events.factories import make_session

pytestmark = pytest.mark.django_db


def calendar_event(client, session):
    response = client.get(reverse("events:calendar", args=[session.pk]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    return calendar.walk("VEVENT")[0]


def test_the_calendar_file_has_a_stable_uid_and_a_sequence_bumped_on_change(client, cohort, member):
    session = make_session(cohort, title="Masterclass", online_url="https://meet.example.org/abc", place="")
    client.force_login(member)
    first = calendar_event(client, session)
    assert str(first["SUMMARY"]).startswith("Masterclass") and first["STATUS"] == "CONFIRMED"
    assert first["DTSTART"].dt == session.starts_at.replace(microsecond=0) and first["DTSTAMP"]
    assert first["LOCATION"] == "https://meet.example.org/abc" and first["SEQUENCE"] == 0
    session_services.update_session(session=session, starts_at=session.starts_at + timedelta(hours=1))
    moved = calendar_event(client, session)
    assert moved["UID"] == first["UID"] and moved["SEQUENCE"] == 1
    session_services.update_session(session=session, facilitator="Fay")  # nothing a calendar shows
    assert calendar_event(client, session)["SEQUENCE"] == 1
    session_services.cancel_session(session=session)
    cancelled = calendar_event(client, session)
    assert cancelled["STATUS"] == "CANCELLED" and cancelled["SEQUENCE"] == 2 and cancelled["UID"] == first["UID"]


def test_reminders_go_two_days_and_two_hours_before_once_each(cohort, member, second_member):
    session = make_session(cohort, days_ahead=3, capacity=1, title="Outcomes day")
    sign_up(session=session, user=member)
    sign_up(session=session, user=second_member)  # waiting: no reminders
    start = session.starts_at
    assert send_session_reminders(now=start - timedelta(days=3)) == 0
    assert send_session_reminders(now=start - timedelta(days=2) + timedelta(minutes=5)) == 1
    assert send_session_reminders(now=start - timedelta(days=2) + timedelta(minutes=15)) == 0
    assert send_session_reminders(now=start - timedelta(hours=1, minutes=55)) == 1
    assert send_session_reminders(now=start - timedelta(minutes=30)) == 0
    emails = list(OutgoingEmail.objects.values_list("to", "subject"))
    assert len(emails) == 2 and all(to == ["mo@council.gov.uk"] for to, _ in emails)
    assert emails[0][1].startswith('Reminder: "Outcomes day"')


def test_a_late_booking_gets_only_the_nearest_reminder(cohort, member):
    session = make_session(cohort, days_ahead=0.05)  # starts in about an hour
    sign_up(session=session, user=member)
    assert send_session_reminders() == 1
    assert set(SessionReminder.objects.values_list("minutes_before", flat=True)) == {120, 2880}
    assert send_session_reminders() == 0


def test_cancelled_sessions_and_cancelled_places_get_no_reminder(cohort, member, second_member):
    cancelled = make_session(cohort, days_ahead=1)
    sign_up(session=cancelled, user=member)
    session_services.cancel_session(session=cancelled)
    other = make_session(cohort, days_ahead=1)
    Booking.objects.create(session=other, user=second_member, status="cancelled", queued_at=timezone.now())
    before = OutgoingEmail.objects.count()
    assert send_session_reminders() == 0 and OutgoingEmail.objects.count() == before


def test_beat_runs_the_reminders():
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(name="events-session-reminders")
    assert task.task == "academy.events.tasks.send_session_reminders"
