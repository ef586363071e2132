"""Celery tasks: thin wrappers around the events services."""

from celery import shared_task

from academy.events.services import reminders


@shared_task(acks_late=True)
def send_session_reminders() -> int:
    """Run by beat: remind learners of sessions coming up (each reminder once)."""
    return reminders.send_session_reminders()
