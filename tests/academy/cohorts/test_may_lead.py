"""Who sees the lead area ("Cohorts" in the menu): may_lead answers in one query, as the permissions would."""

import pytest
from django.contrib.auth.models import Group, Permission

from academy.cohorts.selectors.access import may_lead
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import make_cohort

pytestmark = pytest.mark.django_db


def permission(codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label="cohorts", codename=codename)


@pytest.mark.parametrize(
    "how, expected",
    [
        ("learner", False),
        ("leads a cohort", True),
        ("own lead permission", True),
        ("group admin permission", True),
        ("superuser", True),
        ("inactive lead", False),
    ],
)
def test_may_lead(how, expected, django_assert_max_num_queries):
    user = UserFactory(is_superuser=how == "superuser", is_active=how != "inactive lead")
    if how in ("leads a cohort", "inactive lead"):
        make_cohort(courses=[], leads=[user])
    if how == "own lead permission":
        user.user_permissions.add(permission("lead_cohorts"))
    if how == "group admin permission":
        group = Group.objects.create(name="Cohort admins of this test")
        group.permissions.add(permission("manage_all_cohorts"))
        user.groups.add(group)
    fresh = type(user).objects.get(pk=user.pk)
    with django_assert_max_num_queries(1):
        assert may_lead(fresh) is expected


def test_kept_for_the_next_request_and_moves_on_when_the_leads_change(django_assert_num_queries):
    user = UserFactory()
    cohort = make_cohort(courses=[], leads=[])
    assert may_lead(type(user).objects.get(pk=user.pk)) is False
    fresh = type(user).objects.get(pk=user.pk)
    with django_assert_num_queries(0):
        assert may_lead(fresh) is False
    cohort.leads.add(user)
    assert may_lead(type(user).objects.get(pk=user.pk)) is True
    cohort.leads.remove(user)
    assert may_lead(type(user).objects.get(pk=user.pk)) is False
    cohort.leads.add(user)
    assert may_lead(type(user).objects.get(pk=user.pk)) is True
    cohort.delete()
    assert may_lead(type(user).objects.get(pk=user.pk)) is False
