"""Deadline arithmetic, pure: a course's deadline in a cohort is a fixed date or N days after the learner joins.

A relative deadline counts from the later of the day the learner joined and the cohort's start date, so people
invited before a cohort starts get the full time. A deadline is the last day: a learner is overdue from the day after.
Days are in the site's time zone (TIME_ZONE), as learners and leads see them.

``DeadlineRule.joined_q`` turns "deadline between two dates" into a filter on the membership's ``joined_at``, so
dashboards, counts and reminders select overdue or nearly-due learners in the database, in one query.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from django.db.models import Q
from django.utils import timezone


def local_date(moment: datetime | date, *, tz: tzinfo | None = None) -> date:
    """The day of ``moment`` in the site's time zone (``tz``, when the caller has looked it up once for many)."""
    if isinstance(moment, datetime):
        return timezone.localdate(moment, tz) if timezone.is_aware(moment) else moment.date()
    return moment


def start_of_day(day: date) -> datetime:
    """Midnight at the start of ``day`` in the site's time zone, as an aware datetime."""
    return timezone.make_aware(datetime.combine(day, time.min))


@dataclass(frozen=True)
class DeadlineRule:
    fixed: date | None
    days: int | None
    start: date

    @property
    def exists(self) -> bool:
        return self.fixed is not None or self.days is not None

    def deadline_for(self, joined_at: datetime | date, *, tz: tzinfo | None = None) -> date | None:
        """The last day to complete the course for a learner who joined at ``joined_at``; None when no deadline.
        ``tz``: the site's time zone, looked up once by a caller asking for many learners (an export)."""
        if self.fixed is not None:
            return self.fixed
        if self.days is None:
            return None
        return max(local_date(joined_at, tz=tz), self.start) + timedelta(days=self.days)

    def joined_q(self, *, earliest: date | None = None, latest: date | None = None, field: str = "joined_at"):
        """A Q on ``field`` (the join time) selecting learners whose deadline is in [earliest, latest], inclusive.

        ``None`` bounds are open. Returns ``Q()`` when everyone matches and ``None`` when nobody can.
        """
        if self.fixed is not None:
            if (earliest is None or self.fixed >= earliest) and (latest is None or self.fixed <= latest):
                return Q()
            return None
        if self.days is None:
            return None
        # deadline = max(joined, start) + days, so max(joined, start) must be in [low, high].
        low = earliest - timedelta(days=self.days) if earliest is not None else None
        high = latest - timedelta(days=self.days) if latest is not None else None
        if high is not None and self.start > high:
            return None
        condition = Q()
        if low is not None and self.start < low:
            condition &= Q(**{f"{field}__gte": start_of_day(low)})
        if high is not None:
            condition &= Q(**{f"{field}__lt": start_of_day(high + timedelta(days=1))})
        return condition

    def overdue_q(self, *, today: date, field: str = "joined_at"):
        """Learners whose deadline has passed (completion is checked separately). None when nobody can be."""
        return self.joined_q(latest=today - timedelta(days=1), field=field)


def is_overdue(*, deadline: date | None, completed: bool, today: date) -> bool:
    return deadline is not None and not completed and today > deadline
