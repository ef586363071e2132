"""Builders for certificate tests: a learner who has completed a course, and the certificate it earned."""

import factory

from academy.certificates import services
from academy.certificates.models import Certificate, CertificatePolicy
from courses.models import Enrolment
from courses.selectors import course_outline
from courses.services.progress import complete_item
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course


class CertificatePolicyFactory(factory.django.DjangoModelFactory):
    """A course's (required) certificate policy, with the model's defaults unless given."""

    class Meta:
        model = CertificatePolicy


def complete_course(user, course) -> Enrolment:
    """Complete every item of ``course`` as ``user``; returns the completed current enrolment."""
    for item in course_outline(course=course).items:
        complete_item(user=user, item=item.page)
    return Enrolment.objects.get(user=user, course=course, is_current=True)


def issued_certificate(*, user=None, course=None, slug: str = "certified-course") -> Certificate:
    """A learner completes a small course and the certificate service issues its certificate."""
    user = user or UserFactory()
    course = course or make_course(modules=1, lessons=2, slug=slug)
    enrolment = complete_course(user, course)
    return services.issue_certificate(enrolment_id=enrolment.pk)


def pdf_bytes(certificate: Certificate) -> bytes:
    with certificate.pdf.open("rb") as file:
        return file.read()
