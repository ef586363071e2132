"""Emails go through the Celery task: eagerly by default, by a real worker process in CI's PostgreSQL + Redis run."""

import re

import pytest
from django.urls import reverse

from tests.worker import wait_for

pytestmark = [pytest.mark.real_worker, pytest.mark.django_db(transaction=True)]


def test_the_verification_email_is_sent_by_the_celery_task_and_its_link_verifies(
    client, celery_worker_process, sent_emails
):
    client.post(
        reverse("account_signup"),
        {
            "full_name": "Wren Worker",
            "organisation": "Eastshire Council",
            "email": "wren.worker@eastshire.gov.uk",
            "password1": "a-long-worker-passphrase",
            "password2": "a-long-worker-passphrase",
        },
    )
    to, subject, body = wait_for(lambda: next(iter(sent_emails()), None))
    assert to == ["wren.worker@eastshire.gov.uk"]
    assert subject.startswith("Commissioning Academy:")
    path = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", body).group(1)
    client.post(path)
    from allauth.account.models import EmailAddress

    assert EmailAddress.objects.get(email="wren.worker@eastshire.gov.uk").verified


def test_the_email_task_retries_on_a_network_error(settings, mailoutbox, monkeypatch):
    from academy.accounts import tasks

    calls = []
    real_send = tasks.EmailMultiAlternatives.send

    def flaky_send(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionRefusedError("SMTP server unavailable")
        return real_send(self, *args, **kwargs)

    monkeypatch.setattr(tasks.EmailMultiAlternatives, "send", flaky_send)
    monkeypatch.setattr(tasks.send_email, "retry_backoff", False)

    result = tasks.send_email.apply(kwargs={"subject": "s", "body": "b", "to": ["a@b.gov.uk"]}, throw=False)
    assert result.successful()
    assert len(calls) == 2
    assert len(mailoutbox) == 1
