"""Queries compiled once a process (academy.core.prepared): the same rows and models (with their related objects) as
the ORM gives, on SQLite and PostgreSQL, and a placeholder that cannot be found is refused."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from academy.accounts.models import User
from academy.core.prepared import PreparedQuery
from courses.models import ItemCompletion, LessonPage
from courses.selectors.progress import course_progress
from courses.services.progress import complete_item, enrol
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def model_fields(instance) -> dict:
    return {key: value for key, value in instance.__dict__.items() if key != "_state"}


def test_a_user_by_id_is_the_same_as_the_orm_gives_with_every_field_converted():
    user = UserFactory(full_name="Zoë O’Brien", last_login=timezone.now(), erased_at=None)
    orm = User.objects.filter(pk=user.pk).first()
    for asked in (user.pk, str(user.pk)):  # the session keeps the id as text
        prepared = User.objects.get(pk=asked)
        assert model_fields(prepared) == model_fields(orm)
        assert prepared._state.db == "default" and not prepared._state.adding
        assert prepared.get_deferred_fields() == set()


def test_a_missing_or_malformed_user_id_raises_as_django_does():
    with pytest.raises(User.DoesNotExist):
        User.objects.get(pk=987654321)
    with pytest.raises(ValueError, match="expected a number"):
        User.objects.get(pk="not a number")  # Django's own lookup and error, as before


def test_other_lookups_are_left_to_django():
    user = UserFactory()
    assert User.objects.get(email=user.email) == user
    assert User.objects.get(pk=user.pk, is_active=True) == user


def test_the_learners_progress_is_read_in_one_query_and_matches_the_completions(django_assert_num_queries):
    course = make_course(modules=1, lessons=3, slug="prepared-progress")
    learner, other = UserFactory(), UserFactory()
    enrolment = enrol(user=learner, course=course)
    enrol(user=other, course=course)
    items = list(LessonPage.objects.descendant_of(course).order_by("path"))
    complete_item(user=learner, item=items[0])
    complete_item(user=learner, item=items[2])
    complete_item(user=other, item=items[1])
    with django_assert_num_queries(1):
        progress = course_progress(user=learner, course=course)
    assert progress.done == {items[0].pk, items[2].pk}
    assert progress.enrolment.pk == enrolment.pk
    fresh = type(enrolment).objects.get(pk=enrolment.pk)
    assert model_fields(progress.enrolment) == model_fields(fresh)
    assert course_progress(user=UserFactory(), course=course).enrolment is None


def test_a_placeholder_missing_from_the_compiled_query_is_refused():
    query = PreparedQuery(lambda pk: User.objects.filter(pk__gt=0).values_list("pk"), arguments=1)
    with pytest.raises(ImproperlyConfigured):
        query.rows(1)


@settings(max_examples=25, deadline=None)
@given(pk=st.integers(min_value=-(2**62), max_value=2**62))
def test_any_id_gives_what_the_orm_gives(pk):
    prepared = PreparedQuery(lambda user_id: User.objects.filter(pk=user_id).values_list("pk", "email"), arguments=1)
    assert prepared.rows(pk) == list(User.objects.filter(pk=pk).values_list("pk", "email"))


def test_model_instances_with_their_related_objects_are_those_the_orm_gives():
    course = make_course(modules=1, lessons=2, slug="prepared-objects")
    learner = UserFactory()
    enrolment = enrol(user=learner, course=course)
    complete_item(user=learner, item=LessonPage.objects.descendant_of(course).order_by("path").first())
    completions = ItemCompletion.objects.select_related("enrolment__user").only(
        "pk", "item_id", "enrolment__course_id", "enrolment__user__email"
    )
    prepared = PreparedQuery(lambda enrolment_id: completions.filter(enrolment_id=enrolment_id), arguments=1)
    [orm] = completions.filter(enrolment_id=enrolment.pk)
    [made] = prepared.objects(enrolment.pk)
    assert model_fields(made) == model_fields(orm)
    assert made.get_deferred_fields() == orm.get_deferred_fields() != set()
    assert model_fields(made.enrolment) == model_fields(orm.enrolment)
    assert model_fields(made.enrolment.user) == model_fields(orm.enrolment.user)
    assert made.enrolment.get_deferred_fields() == orm.enrolment.get_deferred_fields()
    assert made._state.db == "default" and not made._state.adding
    assert prepared.objects(987654321) == []


def test_objects_of_a_values_query_are_refused():
    query = PreparedQuery(lambda pk: User.objects.filter(pk=pk).values_list("pk"), arguments=1)
    with pytest.raises(ImproperlyConfigured):
        query.objects(1)
