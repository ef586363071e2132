from celery import shared_task
from django.core.mail import EmailMultiAlternatives

from academy.accounts import outbox


@shared_task(
    bind=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    retry_kwargs={"max_retries": 5},
    acks_late=True,
)
def send_outgoing_email(self, email_id: int) -> bool:
    """Send one email from the outbox; mail server errors are retried with backoff, then left to the sweep."""
    return outbox.send_outgoing_email(email_id=email_id)


@shared_task(acks_late=True)
def send_pending_emails() -> int:
    """Every minute, from beat: send the outbox's emails whose message never reached a worker."""
    return outbox.send_pending_emails()


@shared_task(
    bind=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    retry_kwargs={"max_retries": 5},
    acks_late=True,
)
def send_email(
    self, *, subject: str, body: str, to: list[str], from_email: str | None = None, html: str | None = None
) -> int:
    """Send one email through Django's configured backend; network errors are retried with backoff.

    Emails are now queued through the outbox (send_outgoing_email); this serves messages queued before it.
    """
    message = EmailMultiAlternatives(subject=subject, body=body, from_email=from_email, to=to)
    if html:
        message.attach_alternative(html, "text/html")
    return message.send()
