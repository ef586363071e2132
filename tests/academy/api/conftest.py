"""Two organisations, each with a learner who has enrolled, completed a course, earned a certificate and joined a
cohort; and a token for each."""

from dataclasses import dataclass

import pytest

from academy.api import tokens
from academy.cohorts.services.cohorts import add_member
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.conftest import badge_key_base64, certificate_settings  # noqa: F401
from tests.academy.certificates.factories import issued_certificate
from tests.academy.cohorts.factories import make_cohort
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


@pytest.fixture
def course(db):
    return make_course(modules=1, lessons=1, slug="api-course")


def _organisation(name: str, course, *, cohort_name: str) -> Organisation:
    learner = UserFactory(organisation=name)
    certificate = issued_certificate(user=learner, course=course)
    cohort = make_cohort(courses=[course], name=cohort_name)
    add_member(cohort=cohort, user=learner)
    secret = tokens.create_token(name=f"{name} HR", organisations=[name]).secret
    return Organisation(name, learner, certificate.enrolment, certificate, cohort, secret)


@pytest.fixture
def north(course) -> Organisation:
    return _organisation(NORTH, course, cohort_name="North cohort")


@pytest.fixture
def south(course) -> Organisation:
    return _organisation(SOUTH, course, cohort_name="South cohort")


def bearer(secret: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}
