"""The emails about sessions, built from templates under templates/events/email and queued in the outbox."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from academy.accounts.mail import queue_email
from academy.core.links import absolute_url


def queue_session_email(*, kind: str, session, user, **extra) -> None:
    """Queue the email ``kind`` (promoted, cancelled, reminder) about ``session`` to ``user``, in the caller's
    transaction."""
    context = {
        "user": user,
        "session": session,
        "cohort": session.cohort,
        "session_url": absolute_url(reverse("events:session", args=[session.pk])),
        "calendar_url": absolute_url(reverse("events:calendar", args=[session.pk])),
        "service_name": settings.ACADEMY_SERVICE_NAME,
        **extra,
    }
    # One line whatever the title holds: a newline in a subject would be refused as header injection.
    subject = " ".join(render_to_string(f"events/email/{kind}_subject.txt", context).split())
    body = render_to_string(f"events/email/{kind}_body.txt", context)
    queue_email(EmailMessage(subject=subject, body=body, to=[user.email]))
