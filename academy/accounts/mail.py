"""Queueing emails: every email the platform sends is a row in the outbox (academy.accounts.outbox), written in the
caller's transaction, and a Celery task queued when it commits. A broker that cannot be reached loses nothing: the
row stays, and beat's sweep sends it."""

import logging

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from kombu.exceptions import OperationalError
from redis.exceptions import RedisError

from academy.accounts.models import OutgoingEmail
from academy.accounts.tasks import send_outgoing_email

logger = logging.getLogger("academy.email")


def queue_email(message: EmailMessage) -> None:
    """Put ``message`` in the outbox; a worker sends it once the current transaction commits (eagerly when no
    broker), or beat's sweep does if the broker is down."""
    html = None
    if isinstance(message, EmailMultiAlternatives):
        html = next((content for content, mimetype in message.alternatives if mimetype == "text/html"), None)
    if message.content_subtype == "html":
        html, body = message.body, ""
    else:
        body = message.body
    email = OutgoingEmail.objects.create(
        subject=str(message.subject),
        body=body,
        html=html or "",
        to=list(message.to),
        from_email=message.from_email or "",
    )
    transaction.on_commit(lambda: _publish(email.pk))


def _publish(email_id: int) -> None:
    try:
        # No publish retries: the request should not wait on the broker for what the sweep will send anyway.
        send_outgoing_email.apply_async(kwargs={"email_id": email_id}, retry=False)
    except (OperationalError, RedisError) as error:
        logger.warning("Broker unreachable: email %s waits in the outbox for the sweep (%r)", email_id, error)
