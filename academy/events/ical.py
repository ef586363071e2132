"""A session as an iCalendar file (RFC 5545), for the learner to add to their calendar.

The UID is the session's own (stable across changes); SEQUENCE counts the changes a calendar must apply (time,
place, cancellation); a cancelled session is sent with STATUS:CANCELLED so calendars that imported it remove or
mark it. Times are written in UTC ("Z"), which every calendar converts to its own zone.
"""

from datetime import UTC
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from academy.core.links import absolute_url
from academy.events.models import Session


def session_calendar(session: Session, *, url: str) -> bytes:
    """The .ics file of one session; ``url`` is the path of its page."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.ACADEMY_SERVICE_NAME}//Sessions//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"session-{session.uid}@{urlsplit(settings.ACADEMY_BASE_URL).hostname or 'academy'}")
    event.add("dtstamp", timezone.now().astimezone(UTC))
    event.add("last-modified", session.updated_at.astimezone(UTC))
    event.add("dtstart", session.starts_at.astimezone(UTC))
    event.add("dtend", session.ends_at.astimezone(UTC))
    event.add("sequence", session.sequence)
    event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
    event.add("summary", f"{session.title} ({session.cohort.name})")
    url = absolute_url(url)
    description = "\n\n".join(part for part in (session.description, f"Details: {url}") if part)
    event.add("description", description)
    location = session.place or session.online_url
    if location:
        event.add("location", location)
    event.add("url", url)
    calendar.add_component(event)
    return calendar.to_ical()
