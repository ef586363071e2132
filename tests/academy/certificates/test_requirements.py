"""Requirements registered by other apps hold a certificate back until met, and name achievements on it."""

from datetime import timedelta

import pytest

from academy.certificates import requirements, services
from academy.certificates.models import Certificate
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import complete_course
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def attendance_rule():
    """A stand-in programme rule: met once the learner's job title says so."""
    requirement = requirements.Requirement(
        key="test-attendance",
        unmet=lambda e: [] if e.user.job_title == "attended" else ["attendance at the development day"],
        named=lambda e: [f"Development day attended: {e.user.job_title}"],
    )
    requirements.register(requirement)
    yield requirement
    requirements.unregister(requirement.key)


def test_an_unmet_requirement_holds_the_certificate_back_with_a_reason(attendance_rule):
    enrolment = complete_course(UserFactory(job_title=""), make_course(modules=1, lessons=1, slug="held"))
    with pytest.raises(services.CertificateError, match="waiting for: attendance at the development day"):
        services.issue_certificate(enrolment_id=enrolment.pk)
    assert not Certificate.objects.exists()
    later = enrolment.completed_at + services.MISSING_GRACE + timedelta(minutes=1)
    assert services.enrolments_missing_a_certificate(now=later) == []


def test_once_met_the_certificate_is_issued_and_names_the_achievement(attendance_rule):
    user = UserFactory(job_title="")
    enrolment = complete_course(user, make_course(modules=1, lessons=1, slug="met"))
    user.job_title = "attended"
    user.save()
    later = enrolment.completed_at + services.MISSING_GRACE + timedelta(minutes=1)
    assert services.enrolments_missing_a_certificate(now=later) == [enrolment.pk]
    certificate = services.issue_certificate(enrolment_id=enrolment.pk)
    assert certificate.snapshot["achievements"] == ["Development day attended: attended"]


def test_without_requirements_nothing_is_named():
    enrolment = complete_course(UserFactory(), make_course(modules=1, lessons=1, slug="plain"))
    assert services.issue_certificate(enrolment_id=enrolment.pk).snapshot["achievements"] == []


@pytest.mark.django_db(transaction=True)
def test_completing_the_course_while_waiting_is_not_an_error(attendance_rule):
    # The completion's on-commit task runs eagerly here and must not fail the learner's request.
    complete_course(UserFactory(job_title=""), make_course(modules=1, lessons=1, slug="eager"))
    assert not Certificate.objects.exists()
