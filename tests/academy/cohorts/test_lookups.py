"""The lead pages' lookups compiled once (academy.cohorts.selectors.lookups): the same models as the ORM gives, and
the same refusals."""

import pytest

from academy.cohorts.models import Cohort
from academy.cohorts.selectors import cohort_for
from academy.cohorts.selectors.lookups import cohort_courses
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import make_cohort
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def model_fields(instance) -> dict:
    return {key: value for key, value in instance.__dict__.items() if key != "_state"}


def test_a_lead_gets_their_cohort_with_every_field_as_the_orm_gives_it(course, lead):
    cohort = make_cohort(courses=[course], leads=[lead])
    found = cohort_for(lead, cohort.pk)
    assert model_fields(found) == model_fields(Cohort.objects.get(pk=cohort.pk))
    assert found._state.db == "default" and not found._state.adding


def test_a_lead_of_another_cohort_a_learner_and_a_missing_id_get_no_cohort(course, lead, other_lead):
    cohort = make_cohort(courses=[course], leads=[lead])
    for user, pk in ((other_lead, cohort.pk), (UserFactory(), cohort.pk), (lead, cohort.pk + 1000)):
        with pytest.raises(Cohort.DoesNotExist):
            cohort_for(user, pk)


def test_an_administrator_gets_any_cohort(course, lead):
    cohort = make_cohort(courses=[course], leads=[lead])
    assert cohort_for(UserFactory(is_superuser=True), cohort.pk).pk == cohort.pk


def test_a_cohorts_courses_come_in_order_with_their_pages_as_the_orm_gives_them(course, lead):
    second = make_course(slug="second-course")
    cohort = make_cohort(courses=[second, course], leads=[lead], deadline_days=10)
    orm = list(cohort.cohort_courses.select_related("course"))
    found = cohort_courses(cohort=cohort)
    assert [c.pk for c in found] == [c.pk for c in orm]
    for mine, theirs in zip(found, orm, strict=True):
        assert model_fields(mine) == model_fields(theirs)
        assert model_fields(mine.course) == model_fields(theirs.course)
        assert type(mine.course) is type(theirs.course) and mine.course.url_path == theirs.course.url_path
        assert mine.cohort is cohort
