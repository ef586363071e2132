"""Two-factor authentication for staff (academy.accounts.staff_mfa), with ACADEMY_REQUIRE_STAFF_MFA on."""

import os
import subprocess
import sys

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from academy.accounts.staff_mfa import SSO_MFA_SESSION_KEY, is_staff_member
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import make_lead
from tests.test_settings import GOOD, ROOT

pytestmark = pytest.mark.django_db

SET_UP = reverse("mfa_activate_totp")
STAFF_PAGES = ["/admin/", "/django-admin/", "/cohorts/", "/"]


@pytest.fixture(autouse=True)
def _required(settings):
    settings.ACADEMY_REQUIRE_STAFF_MFA = True


def in_group(name: str, *permissions: str):
    group, _ = Group.objects.get_or_create(name=name)
    for permission in permissions:
        app_label, codename = permission.split(".")
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    user = UserFactory()
    user.groups.add(group)
    return user


def with_totp(user):
    TOTP.activate(user, generate_totp_secret())
    return user


STAFF = {
    "administrator": lambda: UserFactory(is_superuser=True, is_staff=True),
    "course author": lambda: in_group("Course authors", "wagtailadmin.access_admin"),
    "course reviewer": lambda: in_group("Course reviewers", "wagtailadmin.access_admin"),
    "marker": lambda: in_group("Markers", "assessments.mark_attempt"),
    "cohort lead": make_lead,
}


@pytest.mark.parametrize("role", STAFF)
def test_staff_without_two_factor_are_sent_to_set_it_up_before_any_page(client, role):
    client.force_login(STAFF[role]())
    for path in STAFF_PAGES:
        response = client.get(path)
        assert response.status_code == 302, (role, path)
        assert response["Location"] == SET_UP, (role, path)


def test_the_set_up_page_says_why_and_account_pages_stay_open(client):
    client.force_login(STAFF["administrator"]())
    client.get("/admin/")
    client.get(SET_UP)  # allauth asks to reauthenticate first; its page is open
    assert client.get(reverse("account_reauthenticate")).status_code == 200
    assert client.get(reverse("account_logout")).status_code == 200
    assert client.session["academy_staff_mfa_required"] is True


@pytest.mark.parametrize("role", STAFF)
def test_staff_with_two_factor_use_staff_pages(client, role):
    client.force_login(with_totp(STAFF[role]()))
    for path in STAFF_PAGES:
        assert client.get(path).get("Location") != SET_UP, (role, path)


def test_staff_signed_in_through_a_multi_factor_provider_use_staff_pages(client):
    client.force_login(STAFF["administrator"]())
    session = client.session
    session[SSO_MFA_SESSION_KEY] = "northshire"
    session.save()
    assert client.get("/django-admin/").status_code == 200


def test_learners_are_never_made_to_set_it_up(client):
    client.force_login(UserFactory())
    assert client.get("/cohorts/join/").status_code == 200
    assert client.get("/accounts/email/").status_code == 200


def test_a_learner_made_staff_is_asked_at_once_in_a_staff_area(client):
    learner = UserFactory()
    client.force_login(learner)
    client.get("/accounts/email/")
    client.get("/cohorts/join/")
    learner.is_superuser = learner.is_staff = True
    learner.save()
    assert client.get("/django-admin/")["Location"] == SET_UP


def test_learner_pages_do_not_ask_who_is_staff_on_every_request(
    client, settings, django_assert_num_queries, django_assert_max_num_queries
):
    client.force_login(UserFactory())
    settings.ACADEMY_REQUIRE_STAFF_MFA = False
    client.get("/my-learning/")
    with django_assert_max_num_queries(100) as context:
        client.get("/my-learning/")
    without = len(context.captured_queries)  # read now: the next request empties the connection's query log
    settings.ACADEMY_REQUIRE_STAFF_MFA = True
    client.get("/my-learning/")  # asks once, then remembers "learner" in the session for a minute
    with django_assert_num_queries(without):
        client.get("/my-learning/")


def test_off_lets_staff_in_without_two_factor(client, settings):
    settings.ACADEMY_REQUIRE_STAFF_MFA = False
    client.force_login(STAFF["administrator"]())
    assert client.get("/django-admin/").status_code == 200


def test_who_is_staff():
    assert not is_staff_member(UserFactory())
    assert all(is_staff_member(make()) for make in STAFF.values())


def _setting_in(env_changes: dict) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {*GOOD, "ACADEMY_REQUIRE_STAFF_MFA", "DEBUG"}}
    env.update(env_changes)
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.ACADEMY_REQUIRE_STAFF_MFA)"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "academy.settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_on_by_default_in_production_and_off_in_development():
    assert _setting_in({**GOOD, "ACADEMY_ENVIRONMENT": "production"}) == "True"
    assert _setting_in({"ACADEMY_ENVIRONMENT": "development"}) == "False"
    assert _setting_in({"ACADEMY_ENVIRONMENT": "development", "ACADEMY_REQUIRE_STAFF_MFA": "true"}) == "True"
