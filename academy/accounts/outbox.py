"""The email outbox: each queued email is a row, sent once and then deleted (academy.accounts.mail writes them).

Sending takes the row's lock without waiting (SKIP LOCKED): the task queued on commit and the sweep that beat runs
every minute can both reach an email, and only the one holding the lock sends it. An email is sent at least once
and, barring a worker dying between the mail server's acceptance and the commit, exactly once.
"""

import logging

from django.core.mail import EmailMultiAlternatives
from django.db import transaction

from academy.accounts.models import OutgoingEmail, SentEmail

logger = logging.getLogger("academy.email")
MAX_ATTEMPTS = 10  # then the row stays, with its last error, for an administrator to look at
SWEEP_BATCH = 200


def send_outgoing_email(*, email_id: int) -> bool:
    """Send the email and delete its row; False when it is already sent, being sent, or given up.

    Raises the mail server's error (OSError) after recording it on the row, so the task can retry.
    """
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update(skip_locked=True).filter(pk=email_id).first()
        if email is None or email.attempts >= MAX_ATTEMPTS:
            return False
        try:
            _message(email).send()
        except OSError as error:
            email.attempts += 1
            email.last_error = repr(error)[:1000]
            email.save(update_fields=["attempts", "last_error"])
            failure = error
        else:
            SentEmail.objects.bulk_create(
                [SentEmail(recipient=address.lower()[:254], subject=email.subject) for address in email.to]
            )
            email.delete()
            return True
    raise failure


def send_pending_emails(*, limit: int = SWEEP_BATCH) -> int:
    """Send what is still in the outbox (its message lost with the broker, or its retries spent); how many were sent."""
    pending = OutgoingEmail.objects.filter(attempts__lt=MAX_ATTEMPTS).values_list("pk", flat=True)[:limit]
    sent = 0
    for email_id in list(pending):
        try:
            sent += send_outgoing_email(email_id=email_id)
        except OSError as error:  # recorded on the row; the next sweep tries again
            logger.warning("Email %s not sent: %r", email_id, error)
    return sent


def _message(email: OutgoingEmail) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=email.subject, body=email.body, from_email=email.from_email or None, to=email.to
    )
    if email.html:
        message.attach_alternative(email.html, "text/html")
    return message
