"""The demo cohort's sessions for `manage.py load_demo`: a past development day with its register, an upcoming
masterclass that is full with a waiting list, and an upcoming required development day. Idempotent: sessions are
found by title, and bookings and attendance are made only once."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from academy.cohorts.models import Cohort
from academy.events.models import Attendance, Booking, Session

UK = ZoneInfo("Europe/London")

# (title, days from today, start and end hour in UK time, place, online link, capacity, facilitator, required)
DEMO_SESSIONS = (
    (
        "Development day 1: the commissioning cycle",
        -21,
        (10, 16),
        "Northshire County Hall, Committee Room 1",
        "",
        12,
        "Priya Natarajan",
        True,
    ),
    (
        "Masterclass: market shaping and provider engagement",
        10,
        (14, 16),
        "",
        "https://meet.academy.example/market-shaping",
        4,
        "Tom Okonjo",
        False,
    ),
    (
        "Development day 2: outcomes and the 100-day plan",
        24,
        (10, 16),
        "Westshire Civic Centre, Room 4",
        "",
        20,
        "Priya Natarajan",
        True,
    ),
)
DESCRIPTION = "Part of the Commissioning Academy programme for this cohort: talks, case studies and peer learning."

# Development day 1: who came (the demo learner, learner@academy.example, is left out so that they can try things).
ATTENDANCE = {
    "amira.khan@northshire.example": "present",
    "ben.okafor@northshire.example": "apologies",
    "carys.jones@westshire.example": "present",
    "dev.patel@westshire.example": "present",
    "eilidh.ross@northshire-nhs.example": "present",
    "femi.adeyemi@northshire-nhs.example": "absent",
    "grace.lee@northshire.example": "present",
    "harry.wilson@westshire.example": "present",
}
# The masterclass (4 places): booked in this order, so the last two wait.
MASTERCLASS_QUEUE = (
    "amira.khan@northshire.example",
    "carys.jones@westshire.example",
    "dev.patel@westshire.example",
    "eilidh.ross@northshire-nhs.example",
    "grace.lee@northshire.example",
    "harry.wilson@westshire.example",
)
DAY_TWO_BOOKED = ("amira.khan@northshire.example", "ben.okafor@northshire.example", "carys.jones@westshire.example")


@transaction.atomic
def load_demo_sessions(*, cohort: Cohort) -> list[Session]:
    today = timezone.localdate()
    sessions = []
    for title, days, (start, end), place, link, capacity, facilitator, required in DEMO_SESSIONS:
        day = today + timedelta(days=days)
        session, _ = Session.objects.get_or_create(
            cohort=cohort,
            title=title,
            defaults={
                "description": DESCRIPTION,
                "starts_at": datetime.combine(day, time(start), tzinfo=UK),
                "ends_at": datetime.combine(day, time(end), tzinfo=UK),
                "place": place,
                "online_url": link,
                "capacity": capacity,
                "facilitator": facilitator,
                "required": required,
            },
        )
        sessions.append(session)
    day_one, masterclass, day_two = sessions
    users = {user.email: user for user in get_user_model().objects.filter(email__in=ATTENDANCE)}
    now = timezone.now()
    for n, email in enumerate(ATTENDANCE):
        _book(day_one, users[email], Booking.Status.CONFIRMED, day_one.starts_at - timedelta(days=14, minutes=-n))
        Attendance.objects.get_or_create(session=day_one, user=users[email], defaults={"status": ATTENDANCE[email]})
    for n, email in enumerate(MASTERCLASS_QUEUE):
        status = Booking.Status.CONFIRMED if n < masterclass.capacity else Booking.Status.WAITING
        _book(masterclass, users[email], status, now - timedelta(days=3, minutes=-n))
    for n, email in enumerate(DAY_TWO_BOOKED):
        _book(day_two, users[email], Booking.Status.CONFIRMED, now - timedelta(days=2, minutes=-n))
    return sessions


def _book(session: Session, user, status: str, queued_at) -> None:
    Booking.objects.get_or_create(session=session, user=user, defaults={"status": status, "queued_at": queued_at})
