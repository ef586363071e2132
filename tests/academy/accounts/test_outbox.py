"""The email outbox: an email is a row written with the change that causes it, sent once, then deleted; when the
broker cannot take its message the row waits for beat's sweep."""

import pytest
from django.core.mail import EmailMessage
from kombu.exceptions import OperationalError

from academy.accounts import mail, outbox, tasks
from academy.accounts.models import OutgoingEmail

pytestmark = pytest.mark.django_db


def queue(django_capture_on_commit_callbacks, subject="Your result"):
    with django_capture_on_commit_callbacks(execute=True):
        mail.queue_email(EmailMessage(subject=subject, body="Well done.", to=["learner@council.gov.uk"]))


@pytest.fixture
def broker_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(tasks.send_outgoing_email, "apply_async", refuse)


def test_a_queued_email_is_sent_when_the_transaction_commits_and_leaves_the_outbox(
    mailoutbox, django_capture_on_commit_callbacks
):
    queue(django_capture_on_commit_callbacks)
    assert [message.subject for message in mailoutbox] == ["Your result"]
    assert mailoutbox[0].to == ["learner@council.gov.uk"]
    assert not OutgoingEmail.objects.exists()


def test_an_email_queued_while_the_broker_is_down_waits_in_the_outbox_and_the_sweep_sends_it_once(
    mailoutbox, django_capture_on_commit_callbacks, broker_down
):
    queue(django_capture_on_commit_callbacks)  # no error for the caller: the row is the promise
    assert mailoutbox == [] and OutgoingEmail.objects.count() == 1
    assert tasks.send_pending_emails.apply().get() == 1
    assert tasks.send_pending_emails.apply().get() == 0
    assert [message.subject for message in mailoutbox] == ["Your result"]


def test_a_late_message_for_an_email_the_sweep_already_sent_sends_nothing(
    mailoutbox, django_capture_on_commit_callbacks, broker_down
):
    queue(django_capture_on_commit_callbacks)
    email_id = OutgoingEmail.objects.get().pk
    outbox.send_pending_emails()
    assert outbox.send_outgoing_email(email_id=email_id) is False
    assert len(mailoutbox) == 1


def test_a_mail_server_failure_is_recorded_and_the_sweep_gives_up_after_the_last_attempt(
    mailoutbox, django_capture_on_commit_callbacks, broker_down, monkeypatch
):
    queue(django_capture_on_commit_callbacks)

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("SMTP server unavailable")

    monkeypatch.setattr(outbox.EmailMultiAlternatives, "send", refuse)
    for _ in range(outbox.MAX_ATTEMPTS + 2):
        assert outbox.send_pending_emails() == 0
    email = OutgoingEmail.objects.get()
    assert email.attempts == outbox.MAX_ATTEMPTS
    assert "SMTP server unavailable" in email.last_error


def test_the_sweep_is_on_beats_schedule(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["accounts-send-pending-emails"]
    assert entry["task"] == "academy.accounts.tasks.send_pending_emails" and entry["schedule"] <= 60
