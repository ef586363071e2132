"""Reminders before a session, run by beat every few minutes.

Rules:
- Learners with a confirmed place get a reminder at each offset of ``ACADEMY_SESSION_REMINDER_MINUTES`` before the
  session starts (2 days and 2 hours by default), once each: a ``SessionReminder`` row (unique per session, learner
  and offset) is written in the same transaction as the email, so a second run (or two at once) sends nothing.
- Someone who books late gets only the nearest reminder due; the earlier ones are logged as covered.
- Cancelled sessions, sessions already started and people on the waiting list get none.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from academy.events.models import Booking, Session, SessionReminder
from academy.events.services.emails import queue_session_email


def send_session_reminders(*, now: datetime | None = None) -> int:
    """Send the reminders now due; returns how many emails were queued."""
    now = now or timezone.now()
    offsets = sorted({int(minutes) for minutes in settings.ACADEMY_SESSION_REMINDER_MINUTES if int(minutes) > 0})
    if not offsets:
        return 0
    bookings = Booking.objects.filter(
        status=Booking.Status.CONFIRMED,
        session__status=Session.Status.SCHEDULED,
        session__starts_at__gt=now,
        session__starts_at__lte=now + timedelta(minutes=offsets[-1]),
    ).select_related("session__cohort", "user")
    sent_before = set(
        SessionReminder.objects.filter(session__in=bookings.values("session_id")).values_list(
            "session_id", "user_id", "minutes_before"
        )
    )
    sent = 0
    for booking in bookings.order_by("session__starts_at", "pk").iterator(chunk_size=500):
        left = booking.session.starts_at - now
        due = [minutes for minutes in offsets if left <= timedelta(minutes=minutes)]
        new = [minutes for minutes in due if (booking.session_id, booking.user_id, minutes) not in sent_before]
        if new and _log_and_send(booking, minutes=new, email=min(due) in new):
            sent += min(due) in new
    return sent


def _log_and_send(booking: Booking, *, minutes: list[int], email: bool) -> bool:
    """Log the reminders and queue the email together; a concurrent run that logged first wins, and we send nothing."""
    try:
        with transaction.atomic():
            SessionReminder.objects.bulk_create(
                SessionReminder(session_id=booking.session_id, user_id=booking.user_id, minutes_before=m)
                for m in minutes
            )
            if email:
                queue_session_email(kind="reminder", session=booking.session, user=booking.user)
    except IntegrityError:
        return False
    return True
