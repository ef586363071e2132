"""Queueing emails: every email the platform sends goes through the Celery task ``send_email``."""

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction

from academy.accounts.tasks import send_email


def queue_email(message: EmailMessage) -> None:
    """Send ``message`` from a Celery task once the current transaction commits (eagerly when no broker)."""
    html = None
    if isinstance(message, EmailMultiAlternatives):
        html = next((content for content, mimetype in message.alternatives if mimetype == "text/html"), None)
    if message.content_subtype == "html":
        html, body = message.body, ""
    else:
        body = message.body
    kwargs = {
        "subject": str(message.subject),
        "body": body,
        "to": list(message.to),
        "from_email": message.from_email,
        "html": html,
    }
    transaction.on_commit(lambda: send_email.delay(**kwargs))
