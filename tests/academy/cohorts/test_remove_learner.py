"""A lead removes a learner from a cohort: they leave its pages and exports; their own learning stays."""

import pytest
from django.urls import reverse

from academy.cohorts.models import Membership
from courses.models import Enrolment
from tests.academy.cohorts.factories import add_learner, make_cohort

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(course, lead):
    return make_cohort(courses=[course], leads=[lead])


def test_the_lead_confirms_then_removes_and_the_learning_is_kept(client, lead, cohort):
    membership = add_learner(cohort, full_name="Rita Removed", completed=2)
    user = membership.user
    client.force_login(lead)
    url = reverse("cohorts:learner_remove", args=[cohort.pk, user.pk])
    page = client.get(url).content.decode()
    assert "Are you sure you want to remove Rita Removed" in page
    response = client.post(url, follow=True)
    assert "Rita Removed has been removed" in response.content.decode()
    assert not Membership.objects.filter(cohort=cohort, user=user).exists()
    enrolment = Enrolment.objects.get(user=user)
    assert enrolment.required_done == 2  # their progress stays theirs
    dashboard = client.get(reverse("cohorts:dashboard", args=[cohort.pk])).content.decode()
    assert "Rita Removed" not in dashboard
    export = client.post(reverse("cohorts:export_create", args=[cohort.pk]), {"kind": "dashboard", "format": "csv"})
    assert "Rita Removed" not in b"".join(export.streaming_content).decode("utf-8-sig")
    assert client.get(reverse("cohorts:learner", args=[cohort.pk, user.pk])).status_code == 404


def test_another_lead_or_the_learner_cannot_remove_anyone(client, other_lead, cohort):
    membership = add_learner(cohort, full_name="Kim Kept")
    url = reverse("cohorts:learner_remove", args=[cohort.pk, membership.user.pk])
    for person in (other_lead, membership.user):
        client.force_login(person)
        assert client.get(url).status_code in {403, 404}
        assert client.post(url).status_code in {403, 404}
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_removing_someone_who_is_not_a_member_is_404(client, lead, cohort, learner):
    client.force_login(lead)
    assert client.get(reverse("cohorts:learner_remove", args=[cohort.pk, learner.pk])).status_code == 404
