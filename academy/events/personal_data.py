"""A learner's sessions in their data download, and what happens to them when the account is deleted.

Deletion gives up the person's places at sessions still to come (the next person waiting is promoted and told);
past bookings and attendance stay, anonymous, so a session's register and the cohort's figures stay right.
"""

from django.utils import timezone

from academy.events.models import Attendance, Booking, Session
from academy.events.services.bookings import give_up_places


def learner_records(*, user) -> dict[str, list[dict]]:
    bookings = Booking.objects.filter(user=user).select_related("session__cohort").order_by("session__starts_at")
    attendance = Attendance.objects.filter(user=user).select_related("session").order_by("session__starts_at")
    return {
        "session_bookings": [
            {
                "session": booking.session.title,
                "cohort": booking.session.cohort.name,
                "starts_at": booking.session.starts_at,
                "status": booking.get_status_display(),
                "queued_at": booking.queued_at,
                "promoted_at": booking.promoted_at,
                "cancelled_at": booking.cancelled_at,
            }
            for booking in bookings
        ],
        "session_attendance": [
            {
                "session": record.session.title,
                "starts_at": record.session.starts_at,
                "status": record.get_status_display(),
            }
            for record in attendance
        ],
    }


def forget_learner(*, user) -> int:
    """Give up the person's places and waiting-list spots at sessions to come; returns how many."""
    cohort_ids = (
        Session.objects.filter(bookings__user=user, status=Session.Status.SCHEDULED, starts_at__gt=timezone.now())
        .values_list("cohort_id", flat=True)
        .distinct()
    )
    return sum(give_up_places(cohort_id=cohort_id, user_id=user.pk) for cohort_id in list(cohort_ids))
