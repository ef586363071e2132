"""Signing up for a session, cancelling, and the waiting list.

Rules:
- Only members of the session's cohort may sign up, before the session starts, while it is not cancelled.
- A session has at most ``capacity`` confirmed places; anyone else joins the waiting list in the order they signed up.
- When a place frees (a cancellation, a larger capacity, a learner removed from the cohort) the next person on the
  waiting list is given it at once and emailed. Every change to a session's places runs with the session's row
  locked (``select_for_update``), so two learners racing for the last place cannot both get it.
"""

import logging

from django.db import transaction
from django.utils import timezone

from academy.cohorts.models import Membership
from academy.events.models import Booking, Session
from academy.events.services import SessionError
from academy.events.services.emails import queue_session_email

logger = logging.getLogger(__name__)

NOT_A_MEMBER = "Only members of this cohort can sign up for its sessions."
SESSION_CANCELLED = "This session has been cancelled."
SESSION_STARTED = "This session has already started, so you cannot sign up or cancel here. Contact your cohort lead."


def sign_up(*, session: Session, user) -> Booking:
    """Book a place for ``user``, or put them on the waiting list when the session is full. Idempotent: a learner
    already booked or waiting keeps their place."""
    with transaction.atomic():
        session = _locked(session)
        _check_open(session)
        if not Membership.objects.filter(cohort_id=session.cohort_id, user=user).exists():
            raise SessionError(NOT_A_MEMBER)
        booking = Booking.objects.filter(session=session, user=user).first()
        if booking is not None and booking.status != Booking.Status.CANCELLED:
            return booking
        full = _confirmed(session) >= session.capacity or _waiting(session).exists()
        status = Booking.Status.WAITING if full else Booking.Status.CONFIRMED
        now = timezone.now()
        if booking is None:
            booking = Booking.objects.create(session=session, user=user, status=status, queued_at=now)
        else:  # signing up again after cancelling: the back of the queue
            booking.status, booking.queued_at, booking.cancelled_at, booking.promoted_at = status, now, None, None
            booking.save(update_fields=["status", "queued_at", "cancelled_at", "promoted_at"])
    return booking


def cancel_booking(*, session: Session, user) -> Booking | None:
    """Give up a place (or leave the waiting list); a freed place goes to the next person waiting."""
    with transaction.atomic():
        session = _locked(session)
        _check_open(session)
        return _cancel(session, user_id=user.pk)


def give_up_places(*, cohort_id: int, user_id: int) -> int:
    """A learner left the cohort: cancel their places at its sessions still to come (others are promoted)."""
    cancelled = 0
    sessions = Session.objects.filter(
        cohort_id=cohort_id, status=Session.Status.SCHEDULED, starts_at__gt=timezone.now(), bookings__user_id=user_id
    ).distinct()
    for session in sessions:
        with transaction.atomic():
            if _cancel(_locked(session), user_id=user_id) is not None:
                cancelled += 1
    return cancelled


def fill_places(session: Session) -> list[Booking]:
    """Promote people from the waiting list while there are free places. Call with the session's row locked."""
    promoted = []
    free = session.capacity - _confirmed(session)
    if free <= 0:
        return promoted
    now = timezone.now()
    for booking in _waiting(session).select_related("user")[:free]:
        booking.status, booking.promoted_at = Booking.Status.CONFIRMED, now
        booking.save(update_fields=["status", "promoted_at"])
        queue_session_email(kind="promoted", session=session, user=booking.user)
        logger.info("Booking %s promoted from the waiting list of session %s", booking.pk, session.pk)
        promoted.append(booking)
    return promoted


def _cancel(session: Session, *, user_id: int) -> Booking | None:
    booking = (
        Booking.objects.select_for_update()
        .filter(session=session, user_id=user_id)
        .exclude(status=Booking.Status.CANCELLED)
        .first()
    )
    if booking is None:
        return None
    was_confirmed = booking.status == Booking.Status.CONFIRMED
    booking.status, booking.cancelled_at = Booking.Status.CANCELLED, timezone.now()
    booking.save(update_fields=["status", "cancelled_at"])
    if was_confirmed:
        fill_places(session)
    return booking


def _locked(session: Session) -> Session:
    return Session.objects.select_for_update().select_related("cohort").get(pk=session.pk)


def _check_open(session: Session) -> None:
    if session.is_cancelled:
        raise SessionError(SESSION_CANCELLED)
    if session.starts_at <= timezone.now():
        raise SessionError(SESSION_STARTED)


def _confirmed(session: Session) -> int:
    return Booking.objects.filter(session=session, status=Booking.Status.CONFIRMED).count()


def _waiting(session: Session):
    return Booking.objects.filter(session=session, status=Booking.Status.WAITING).order_by("queued_at", "pk")
