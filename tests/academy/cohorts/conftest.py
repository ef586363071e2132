import pytest

from courses.models import CoursePage
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import make_lead
from tests.built_once import built_for_the_module
from tests.courses.factories import make_course


@pytest.fixture(autouse=True)
def _export_files_in_tmp(settings, tmp_path):
    settings.ACADEMY_COHORT_EXPORT_ROOT = tmp_path / "exports"


def _make_course():
    return make_course(modules=2, lessons=2, slug="cohort-course")


@pytest.fixture(scope="module")
def _course_id(request):
    with built_for_the_module(request, lambda: _make_course().pk) as course_id:
        yield course_id


# Fetched for each test, so that nothing a test changes on an instance reaches the next.
@pytest.fixture
def course(db, _course_id):
    return _make_course() if _course_id is None else CoursePage.objects.get(pk=_course_id)


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
