import pytest

from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.courses.factories import make_course


@pytest.fixture
def course(db):
    return make_course(modules=1, lessons=2, slug="programme-course")


@pytest.fixture
def lead(db):
    return make_lead(full_name="Lee Lead")


@pytest.fixture
def cohort(course, lead):
    return make_cohort(courses=[course], leads=[lead], name="Northshire cohort")


@pytest.fixture
def member(cohort):
    return add_learner(cohort, full_name="Mo Member", email="mo@council.gov.uk").user


@pytest.fixture
def second_member(cohort):
    return add_learner(cohort, full_name="Sam Second", email="sam@council.gov.uk").user


@pytest.fixture
def outsider(db):
    return UserFactory(full_name="Olly Outsider")
