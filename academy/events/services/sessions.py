"""A lead's writes on a cohort's sessions: create, change, cancel.

Rules:
- A session ends after it starts and has at least one place (database constraints, checked by ``full_clean``).
- A change of time, place, link or status bumps the calendar SEQUENCE, so calendars that imported the file update.
- A larger capacity gives the new places to the waiting list at once; a smaller one never takes a place away.
- Cancelling tells everyone booked or waiting, by email.
"""

import logging

from django.db import transaction

from academy.cohorts.models import Cohort
from academy.events.models import Booking, Session
from academy.events.services.bookings import fill_places
from academy.events.services.emails import queue_session_email

logger = logging.getLogger(__name__)

FIELDS = ("title", "description", "starts_at", "ends_at", "place", "online_url", "capacity", "facilitator", "required")
CALENDAR_FIELDS = ("title", "description", "starts_at", "ends_at", "place", "online_url")


def create_session(*, cohort: Cohort, **fields) -> Session:
    """A new scheduled session of ``cohort``; ``fields`` are the model's editable fields."""
    session = Session(cohort=cohort, **_clean_text(fields))
    session.full_clean()
    session.save()
    logger.info("Session %s created in cohort %s", session.pk, cohort.pk)
    return session


def update_session(*, session: Session, **fields) -> Session:
    """Change a session; bumps its calendar sequence when what a calendar shows changed, and fills new places."""
    with transaction.atomic():
        session = Session.objects.select_for_update().select_related("cohort").get(pk=session.pk)
        fields = _clean_text(fields)
        changed = any(getattr(session, name) != fields[name] for name in CALENDAR_FIELDS if name in fields)
        for name, value in fields.items():
            setattr(session, name, value)
        if changed:
            session.sequence += 1
        session.full_clean()
        session.save()
        if not session.is_cancelled:
            fill_places(session)
    return session


def cancel_session(*, session: Session) -> Session:
    """Cancel a session (it stays listed as cancelled) and email everyone booked or waiting. Idempotent."""
    with transaction.atomic():
        session = Session.objects.select_for_update().select_related("cohort").get(pk=session.pk)
        if session.is_cancelled:
            return session
        session.status = Session.Status.CANCELLED
        session.sequence += 1
        session.save(update_fields=["status", "sequence", "updated_at"])
        bookings = session.bookings.exclude(status=Booking.Status.CANCELLED).select_related("user")
        for booking in bookings:
            queue_session_email(kind="cancelled", session=session, user=booking.user)
    logger.info("Session %s cancelled", session.pk)
    return session


def _clean_text(fields: dict) -> dict:
    cleaned = dict(fields)
    for name in ("title", "place", "facilitator"):
        if name in cleaned:
            cleaned[name] = " ".join((cleaned[name] or "").split())
    if "description" in cleaned:
        cleaned["description"] = (cleaned["description"] or "").strip()
    return cleaned
