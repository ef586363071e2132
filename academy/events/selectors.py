"""Reads of the events app for the lead's pages, the learner's pages, the dashboard column and certificates.
Each runs in a fixed number of queries, whatever the number of sessions or learners."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Exists, FilteredRelation, OuterRef, Q, QuerySet
from django.utils import timezone

from academy.cohorts.models import Cohort, Membership
from academy.events.models import Attendance, Booking, Session

_CONFIRMED = Q(bookings__status=Booking.Status.CONFIRMED)
_WAITING = Q(bookings__status=Booking.Status.WAITING)


def cohort_sessions(*, cohort: Cohort) -> QuerySet[Session]:
    """The cohort's sessions in time order, with ``booked`` and ``waiting`` counts. One query."""
    return Session.objects.filter(cohort=cohort).annotate(
        booked=Count("bookings", filter=_CONFIRMED), waiting=Count("bookings", filter=_WAITING)
    )


def _my_booking(user):
    """The status of ``user``'s booking of the session (a subquery), or None."""
    mine = Booking.objects.filter(session=OuterRef("pk"), user=user).exclude(status=Booking.Status.CANCELLED)
    return mine.values("status")[:1]


def learner_sessions(*, user) -> QuerySet[Session]:
    """Sessions of the cohorts ``user`` is a member of, with counts and ``my_status`` (their booking, or None)."""
    return (
        Session.objects.filter(cohort__memberships__user=user)
        .select_related("cohort")
        .annotate(
            booked=Count("bookings", filter=_CONFIRMED, distinct=True),
            waiting=Count("bookings", filter=_WAITING, distinct=True),
            my_status=_my_booking(user),
        )
    )


def session_for_learner(*, user, pk: int) -> Session:
    """One session of a cohort ``user`` is in (raises Session.DoesNotExist otherwise: shown as 404)."""
    return learner_sessions(user=user).get(pk=pk)


def upcoming_sessions(*, user, now=None) -> list[Session]:
    """The learner's sessions still to come that are not cancelled, soonest first, each with ``my_status`` (for "My
    learning", which shows no counts: without them the query needs no grouping over every booking)."""
    now = now or timezone.now()
    return list(
        Session.objects.filter(
            cohort__memberships__user=user, ends_at__gt=now, status=Session.Status.SCHEDULED
        ).annotate(my_status=_my_booking(user))
    )


def waiting_position(*, session: Session, user) -> int | None:
    """Where ``user`` is on the session's waiting list (1 = next), or None."""
    booking = Booking.objects.filter(session=session, user=user, status=Booking.Status.WAITING).first()
    if booking is None:
        return None
    ahead = Booking.objects.filter(session=session, status=Booking.Status.WAITING).filter(
        Q(queued_at__lt=booking.queued_at) | Q(queued_at=booking.queued_at, pk__lt=booking.pk)
    )
    return ahead.count() + 1


@dataclass
class RegisterLine:
    user_id: int
    name: str
    organisation: str
    booking: str | None  # Booking.Status or None
    attendance: str | None  # Attendance.Status or None


def register_lines(*, session: Session) -> list[RegisterLine]:
    """Every member of the session's cohort for the register: those with a place first, then by name. One query."""
    booking = Booking.objects.filter(session=session, user_id=OuterRef("user_id")).values("status")[:1]
    attendance = Attendance.objects.filter(session=session, user_id=OuterRef("user_id")).values("status")[:1]
    members = (
        Membership.objects.filter(cohort_id=session.cohort_id)
        .annotate(booking=booking, attendance=attendance)
        .values_list("user_id", "user__full_name", "user__email", "user__organisation", "booking", "attendance")
    )
    lines = [
        RegisterLine(user_id=uid, name=name or email, organisation=org, booking=booked, attendance=came)
        for uid, name, email, org, booked, came in members
    ]
    lines.sort(key=lambda line: (line.booking != Booking.Status.CONFIRMED, line.name.lower(), line.user_id))
    return lines


def required_sessions(*, cohort_id) -> QuerySet[Session]:
    return Session.objects.filter(cohort_id=cohort_id, required=True, status=Session.Status.SCHEDULED)


def required_attendance(*, cohort: Cohort, user_ids: list[int]) -> tuple[int, dict[int, int]]:
    """(number of required sessions, {user_id: required sessions attended}). One query: a row per required
    session and learner present at it (or one row with no learner for a session nobody attended)."""
    present = FilteredRelation(
        "attendances",
        condition=Q(attendances__user_id__in=user_ids, attendances__status=Attendance.Status.PRESENT),
    )
    rows = (
        required_sessions(cohort_id=cohort.pk)
        .annotate(present=present)
        .values_list("pk", "present__user_id")
        .order_by()
    )
    sessions, attended = set(), defaultdict(int)
    for session_id, user_id in rows:
        sessions.add(session_id)
        if user_id is not None:
            attended[user_id] += 1
    return len(sessions), dict(attended)


def missed_required_user_ids(cohort: Cohort, *, now=None) -> QuerySet:
    """Members who were not marked present at a required session that has ended: a subquery, not run here."""
    now = now or timezone.now()
    missed = (
        required_sessions(cohort_id=cohort.pk)
        .filter(ends_at__lt=now)
        .exclude(
            Exists(
                Attendance.objects.filter(
                    session=OuterRef("pk"), user_id=OuterRef(OuterRef("user_id")), status=Attendance.Status.PRESENT
                )
            )
        )
    )
    return Membership.objects.filter(cohort=cohort).filter(Exists(missed)).values("user_id")


def unattended_required_sessions(*, user_id: int, course_ids) -> list[tuple[int, str, object]]:
    """(course id, title, start) of each required session not yet attended in ``user_id``'s cohorts that take any
    of ``course_ids``. One query."""
    present = Attendance.objects.filter(session=OuterRef("pk"), user_id=user_id, status=Attendance.Status.PRESENT)
    return list(
        Session.objects.filter(
            required=True,
            status=Session.Status.SCHEDULED,
            cohort__memberships__user_id=user_id,
            cohort__cohort_courses__course_id__in=list(course_ids),
        )
        .exclude(Exists(present))
        .order_by("starts_at", "pk")
        .values_list("cohort__cohort_courses__course_id", "title", "starts_at")
        .distinct()
    )
