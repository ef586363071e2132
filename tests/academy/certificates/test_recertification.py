"""Expiry and recertification: validity from the course's policy, one reminder per certificate, and retaking."""

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from academy.certificates import services, tasks
from academy.certificates.models import Certificate, RecertificationReminder
from courses.models import Enrolment
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import CertificatePolicyFactory, complete_course, issued_certificate
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    course = make_course(modules=1, lessons=2, slug="renewable")
    CertificatePolicyFactory(course=course, validity_days=365, recertification_window_days=30)
    return course


@pytest.fixture
def certificate(course):
    return issued_certificate(user=UserFactory(full_name="Robin Patel"), course=course)


def open_window(certificate, *, days_left: int = 10) -> Certificate:
    """Move the certificate's dates so it expires in ``days_left`` days (its window opened before that)."""
    valid_until = timezone.now() + timedelta(days=days_left)
    Certificate.objects.filter(pk=certificate.pk).update(
        valid_until=valid_until, recertify_from=valid_until - timedelta(days=30)
    )
    certificate.refresh_from_db()
    return certificate


def test_the_policy_sets_the_expiry_and_the_start_of_the_recertification_window(certificate):
    assert certificate.valid_until == certificate.completed_at + timedelta(days=365)
    assert certificate.recertify_from == certificate.valid_until - timedelta(days=30)
    assert certificate.snapshot["valid_until"] == certificate.valid_until.isoformat()


def test_a_course_without_a_policy_gives_certificates_that_never_expire():
    certificate = issued_certificate()
    assert certificate.valid_until is None and certificate.recertify_from is None
    assert certificate.state == "valid"


def test_a_certificate_past_its_validity_reads_as_expired(certificate):
    assert certificate.state_at(certificate.valid_until + timedelta(seconds=1)) == "expired"
    assert certificate.state_at(certificate.valid_until - timedelta(seconds=1)) == "valid"


def test_a_window_longer_than_the_validity_is_refused_by_the_database(course):
    other = make_course(modules=1, lessons=1, slug="bad-policy")
    with pytest.raises(IntegrityError):
        CertificatePolicyFactory(course=other, validity_days=30, recertification_window_days=30)


def test_no_reminder_before_the_window_opens(certificate, mailoutbox):
    assert services.send_recertification_reminders() == 0
    assert mailoutbox == []


def test_the_learner_is_reminded_once_when_the_window_opens(
    certificate, mailoutbox, django_capture_on_commit_callbacks
):
    open_window(certificate)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.send_recertification_reminders.apply().get() == 1
        assert tasks.send_recertification_reminders.apply().get() == 0
    assert RecertificationReminder.objects.filter(certificate=certificate).count() == 1
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [certificate.enrolment.user.email]
    assert "expires on" in mailoutbox[0].subject
    assert "https://academy.example.org/certificates/" in mailoutbox[0].body


def test_expired_revoked_and_replaced_certificates_get_no_reminder(course, mailoutbox):
    expired = open_window(issued_certificate(course=course), days_left=-1)
    revoked = open_window(issued_certificate(course=course))
    services.revoke_certificate(certificate=revoked, actor=None, reason="Withdrawn")
    replaced = open_window(issued_certificate(course=course))
    services.reissue_certificate(certificate=replaced, actor=None, reason="Name")
    reminded = set(RecertificationReminder.objects.values_list("certificate_id", flat=True))
    services.send_recertification_reminders()
    reminded = set(RecertificationReminder.objects.values_list("certificate_id", flat=True)) - reminded
    assert expired.pk not in reminded and revoked.pk not in reminded and replaced.pk not in reminded
    assert reminded == {replaced.replaced_by.pk}  # the replacement carries the same dates


def test_the_learner_starts_the_course_again_and_keeps_their_history(client, certificate, course):
    open_window(certificate)
    learner = certificate.enrolment.user
    client.force_login(learner)
    page = client.get(reverse("certificates:list")).content.decode()
    assert "Start the course again" in page
    response = client.post(reverse("certificates:start_again", kwargs={"code": certificate.code}))
    assert response.status_code == 302
    assert response["Location"] == course.url
    current = Enrolment.objects.get(user=learner, course=course, is_current=True)
    assert current.cycle == 2 and not current.is_complete
    certificate.refresh_from_db()
    assert certificate.status == "valid"  # still valid until it expires
    assert Enrolment.objects.filter(user=learner, course=course).count() == 2


def test_completing_the_new_cycle_issues_a_new_certificate_and_no_further_reminder(certificate, course, mailoutbox):
    open_window(certificate)
    learner = certificate.enrolment.user
    services.start_recertification(certificate=certificate, user=learner)
    renewed = services.issue_certificate(enrolment_id=complete_course(learner, course).pk)
    assert renewed.pk != certificate.pk
    assert renewed.valid_until > certificate.valid_until
    assert services.send_recertification_reminders() == 0  # the old certificate has been renewed
    assert set(Certificate.objects.filter(enrolment__user=learner).values_list("code", flat=True)) == {
        certificate.code,
        renewed.code,
    }


def test_starting_again_twice_reuses_the_new_cycle(certificate, course):
    open_window(certificate)
    learner = certificate.enrolment.user
    first = services.start_recertification(certificate=certificate, user=learner)
    certificate.refresh_from_db()
    again = services.start_recertification(certificate=certificate, user=learner)
    assert first.pk == again.pk


def test_the_course_cannot_be_restarted_through_a_certificate_before_the_window_opens(client, certificate, course):
    learner = certificate.enrolment.user
    client.force_login(learner)
    assert "Start the course again" not in client.get(reverse("certificates:list")).content.decode()
    response = client.post(reverse("certificates:start_again", kwargs={"code": certificate.code}), follow=True)
    assert services.NOT_YET in response.content.decode()
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1
