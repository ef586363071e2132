"""Two organisations, each with a learner who has enrolled, completed a course, earned a certificate and joined a
cohort; and a token for each."""

from dataclasses import dataclass

import pytest
from django.conf import settings

from academy.accounts.models import User
from academy.api import tokens
from academy.certificates.models import Certificate
from academy.cohorts.models import Cohort
from academy.cohorts.services.cohorts import add_member
from courses.models import CoursePage, Enrolment
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.conftest import BASE_URL, badge_key_base64, certificate_settings  # noqa: F401
from tests.academy.certificates.factories import issued_certificate
from tests.academy.cohorts.factories import make_cohort
from tests.built_once import rolled_back_at_the_end
from tests.courses.factories import make_course

NORTH = "Northshire County Council"
SOUTH = "Southport NHS Trust"


@dataclass
class Organisation:
    name: str
    learner: object
    enrolment: object
    certificate: object
    cohort: object
    secret: str


def _organisation(name: str, course, *, cohort_name: str) -> Organisation:
    learner = UserFactory(organisation=name)
    certificate = issued_certificate(user=learner, course=course)
    cohort = make_cohort(courses=[course], name=cohort_name)
    add_member(cohort=cohort, user=learner)
    secret = tokens.create_token(name=f"{name} HR", organisations=[name]).secret
    return Organisation(name, learner, certificate.enrolment, certificate, cohort, secret)


@pytest.fixture(scope="module")
def _built(request, django_db_setup, django_db_blocker, tmp_path_factory, badge_key_base64):  # noqa: F811
    """The course and both organisations, built once for a module that says ``ORGANISATIONS_BUILT_ONCE = True`` (its
    tests do not count the rows of both; issuing the certificates is the slow part), with the settings
    tests/academy/certificates/conftest.py gives each test; each test's changes are rolled back. Else None."""
    if not getattr(request.module, "ORGANISATIONS_BUILT_ONCE", False):
        yield None
        return
    folder = tmp_path_factory.mktemp("api")
    storages = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(folder / "certificates")},
        },
    }
    with rolled_back_at_the_end(
        django_db_blocker,
        MEDIA_ROOT=folder / "media",
        STORAGES=storages,
        ACADEMY_BADGE_SIGNING_KEY=badge_key_base64,
        ACADEMY_BASE_URL=BASE_URL,
    ):
        course = make_course(modules=1, lessons=1, slug="api-course")
        north = _organisation(NORTH, course, cohort_name="North cohort")
        south = _organisation(SOUTH, course, cohort_name="South cohort")
        yield course.pk, north, south


def _fetched(organisation: Organisation) -> Organisation:
    """The organisation's rows read again, so that nothing a test changes on an instance reaches the next."""
    certificate = Certificate.objects.get(pk=organisation.certificate.pk)
    return Organisation(
        organisation.name,
        User.objects.get(pk=organisation.learner.pk),
        Enrolment.objects.get(pk=organisation.enrolment.pk),
        certificate,
        Cohort.objects.get(pk=organisation.cohort.pk),
        organisation.secret,
    )


@pytest.fixture
def course(db, _built):
    if _built is None:
        return make_course(modules=1, lessons=1, slug="api-course")
    return CoursePage.objects.get(pk=_built[0])


@pytest.fixture
def north(course, _built) -> Organisation:
    return _organisation(NORTH, course, cohort_name="North cohort") if _built is None else _fetched(_built[1])


@pytest.fixture
def south(course, _built) -> Organisation:
    return _organisation(SOUTH, course, cohort_name="South cohort") if _built is None else _fetched(_built[2])


def bearer(secret: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
