"""Beat's sweep issues the certificate of a completion whose own task was never sent (the broker was unreachable
when the completion committed), once, and leaves alone completions still inside the usual task's grace period."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy.certificates import services, tasks
from academy.certificates.models import Certificate
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import complete_course
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def _completion_whose_task_was_lost():
    # In a test that is not transactional the on-commit hook that queues the certificate task never fires: the same
    # state as a broker that refused the message.
    enrolment = complete_course(UserFactory(), make_course(modules=1, lessons=1, slug="swept"))
    assert enrolment.completed_at is not None and not Certificate.objects.exists()
    return enrolment


def test_a_completion_without_a_certificate_is_found_after_the_grace_period_only():
    enrolment = _completion_whose_task_was_lost()
    assert services.enrolments_missing_a_certificate(now=enrolment.completed_at + timedelta(minutes=1)) == []
    later = enrolment.completed_at + services.MISSING_GRACE + timedelta(seconds=1)
    assert services.enrolments_missing_a_certificate(now=later) == [enrolment.pk]


def test_the_sweep_issues_the_missing_certificate_once(monkeypatch):
    enrolment = _completion_whose_task_was_lost()
    enrolment.completed_at = timezone.now() - timedelta(hours=1)
    enrolment.save(update_fields=["completed_at"])
    assert tasks.issue_missing_certificates.apply().get() == 1
    certificate = Certificate.objects.get()
    assert certificate.enrolment_id == enrolment.pk
    assert tasks.issue_missing_certificates.apply().get() == 0
    assert Certificate.objects.count() == 1


def test_an_incomplete_enrolment_is_never_swept():
    enrolment = _completion_whose_task_was_lost()
    enrolment.completed_at = None
    enrolment.save(update_fields=["completed_at"])
    assert services.enrolments_missing_a_certificate(now=timezone.now() + timedelta(days=1)) == []
