import pytest

from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import make_lead
from tests.courses.factories import make_course


@pytest.fixture(autouse=True)
def _export_files_in_tmp(settings, tmp_path):
    settings.ACADEMY_COHORT_EXPORT_ROOT = tmp_path / "exports"


@pytest.fixture
def course(db):
    return make_course(modules=2, lessons=2, slug="cohort-course")


@pytest.fixture
def lead(db):
    return make_lead(full_name="Lee Lead")


@pytest.fixture
def other_lead(db):
    return make_lead(full_name="Olu Otherlead")


@pytest.fixture
def learner(db):
    return UserFactory(full_name="Lou Learner")


@pytest.fixture
def admin_user(db):
    return UserFactory(full_name="Ada Admin", is_superuser=True, is_staff=True)
