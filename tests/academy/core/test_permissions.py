"""academy.core.permissions.has_permission answers as user.has_perm does (the model backend), in one query."""

import pytest
from django.contrib.auth.models import Group, Permission

from academy.core.permissions import has_permission
from tests.academy.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db
PERM = "wagtailadmin.access_admin"


def admin_permission():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


@pytest.mark.parametrize("how", ["nobody", "own", "group", "superuser", "inactive"])
def test_has_permission_agrees_with_has_perm(how, django_assert_max_num_queries):
    user = UserFactory(is_superuser=how == "superuser")
    if how in ("own", "inactive"):
        user.user_permissions.add(admin_permission())
    if how == "group":
        group = Group.objects.create(name="Editors of this test")
        group.permissions.add(admin_permission())
        user.groups.add(group)
    if how == "inactive":
        user.is_active = False
        user.save()
    fresh = type(user).objects.get(pk=user.pk)
    with django_assert_max_num_queries(1):
        answer = has_permission(fresh, PERM)
        assert has_permission(fresh, PERM) == answer  # answered once a request
    assert answer == type(user).objects.get(pk=user.pk).has_perm(PERM)
    assert answer == (how in ("own", "group", "superuser"))


def test_the_answer_is_kept_for_the_next_request_and_moves_on_with_any_change(django_assert_num_queries):
    user = UserFactory()
    assert has_permission(type(user).objects.get(pk=user.pk), PERM) is False
    with django_assert_num_queries(0):  # the next request: from the cache
        assert has_permission(_fresh_copy(user), PERM) is False
    group = Group.objects.create(name="Editors of this test")
    user.groups.add(group)
    assert has_permission(_fresh_copy(user), PERM) is False
    group.permissions.add(admin_permission())  # a group's permissions: every member's answer moves on
    assert has_permission(_fresh_copy(user), PERM) is True
    user.groups.remove(group)
    assert has_permission(_fresh_copy(user), PERM) is False
    user.user_permissions.add(admin_permission())
    assert has_permission(_fresh_copy(user), PERM) is True
    admin_permission().delete()
    assert has_permission(_fresh_copy(user), PERM) is False


def _fresh_copy(user):
    """The same person as a new request would load them (no answers of an earlier request on the object)."""
    copy = type(user)(pk=user.pk, is_active=user.is_active, is_superuser=user.is_superuser)
    copy._state.adding = False
    return copy
