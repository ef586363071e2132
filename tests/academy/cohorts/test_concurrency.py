"""Concurrent runs and clicks: one reminder, one membership, one acceptance (PostgreSQL; SQLite serialises writers)."""

import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection, connections
from django.utils import timezone

from academy.cohorts.models import Invitation, Membership, ReminderLog
from academy.cohorts.services import invitations, reminders
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import InvitationFactory, add_learner, make_cohort
from tests.courses.factories import make_course

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's concurrent transactions"),
]


def run_together(fn, times: int) -> list[Exception]:
    barrier = threading.Barrier(times)
    errors = []

    def run():
        try:
            barrier.wait()
            fn()
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_concurrent_reminder_runs_send_each_reminder_once():
    course = make_course(modules=1, lessons=1)
    cohort = make_cohort(courses=[course], deadline_date=timezone.localdate() + timedelta(days=1))
    for _ in range(5):
        add_learner(cohort)
    mail.outbox = []
    assert run_together(reminders.send_deadline_reminders, 6) == []
    assert ReminderLog.objects.count() == 5
    assert len(mail.outbox) == 5


def test_concurrent_acceptances_make_one_membership():
    course = make_course(modules=1, lessons=1)
    cohort = make_cohort(courses=[course])
    user = UserFactory(email="ivy@council.gov.uk")
    invitation = InvitationFactory(cohort=cohort, email=user.email, expires_at=timezone.now() + timedelta(days=1))
    assert run_together(lambda: invitations.accept_invitation(invitation=invitation, user=user), 6) == []
    assert Membership.objects.filter(cohort=cohort, user=user).count() == 1
    assert Invitation.objects.get().accepted_by == user
