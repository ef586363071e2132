"""Builders for sessions of a cohort."""

from datetime import timedelta

from django.utils import timezone

from academy.events.models import Session


def make_session(cohort, *, days_ahead: float = 7, hours: float = 6, **fields) -> Session:
    """A scheduled session of ``cohort`` starting ``days_ahead`` days from now (negative: in the past)."""
    starts_at = timezone.now() + timedelta(days=days_ahead)
    defaults = {
        "title": "Development day",
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=hours),
        "place": "Town Hall, Room 2",
        "capacity": 10,
    }
    return Session.objects.create(cohort=cohort, **{**defaults, **fields})
