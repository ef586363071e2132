"""Wagtail's user admin asks for this service's profile fields (full name, organisation, job title) on both the
create and the edit page, and saves them."""

import pytest
from django.urls import reverse

from academy.accounts.models import User
from tests.academy.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

PROFILE_INPUTS = ['name="email"', 'name="full_name"', 'name="organisation"', 'name="job_title"']


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_the_create_and_edit_pages_ask_for_the_profile_fields(admin_client):
    learner = UserFactory(full_name="Ada Lovelace", organisation="Borough Council", job_title="Commissioner")
    for url in (reverse("wagtailusers_users:add"), reverse("wagtailusers_users:edit", args=[learner.pk])):
        page = admin_client.get(url).content.decode()
        assert all(field in page for field in PROFILE_INPUTS), url
        assert 'name="first_name"' not in page
    edit_page = admin_client.get(reverse("wagtailusers_users:edit", args=[learner.pk])).content.decode()
    assert 'value="Borough Council"' in edit_page and 'value="Commissioner"' in edit_page
    assert 'name="is_active"' in edit_page


def test_an_administrator_changes_a_learners_organisation_and_job_title(admin_client):
    learner = UserFactory(full_name="Ada Lovelace", organisation="Borough Council", job_title="Commissioner")
    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[learner.pk]),
        {
            "email": learner.email,
            "full_name": "Ada King",
            "organisation": "County Council",
            "job_title": "Head of commissioning",
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    learner = User.objects.get(pk=learner.pk)
    assert (learner.full_name, learner.organisation, learner.job_title) == (
        "Ada King",
        "County Council",
        "Head of commissioning",
    )
