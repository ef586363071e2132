"""Every lead URL: the cohort's own lead and administrators get in; another lead, a learner (even a member) and
anonymous visitors do not, and nothing changes when they try."""

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.cohorts.models import Cohort, Export, Invitation
from tests.academy.cohorts.factories import (
    ExportFactory,
    InvitationBatchFactory,
    InvitationFactory,
    add_learner,
    make_cohort,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(course, lead):
    cohort = make_cohort(courses=[course], leads=[lead], deadline_days=30)
    member = add_learner(cohort, days_ago=3)
    invitation = InvitationFactory(cohort=cohort, email="invited@council.gov.uk", expires_at=timezone.now())
    batch = InvitationBatchFactory(cohort=cohort)
    export = ExportFactory(cohort=cohort, course=course, status=Export.Status.READY, file="cohort-exports/x.csv")
    return {"cohort": cohort, "member": member, "invitation": invitation, "batch": batch, "export": export}


def lead_urls(world):
    cohort, pk = world["cohort"], world["cohort"].pk
    return [
        ("get", reverse("cohorts:dashboard", args=[pk])),
        ("get", reverse("cohorts:settings", args=[pk])),
        ("get", reverse("cohorts:edit", args=[pk])),
        ("post", reverse("cohorts:edit", args=[pk])),
        ("get", reverse("cohorts:deadline", args=[pk, cohort.cohort_courses.get().course_id])),
        ("post", reverse("cohorts:deadline", args=[pk, cohort.cohort_courses.get().course_id])),
        ("get", reverse("cohorts:archive", args=[pk])),
        ("post", reverse("cohorts:archive", args=[pk])),
        ("get", reverse("cohorts:delete", args=[pk])),
        ("post", reverse("cohorts:delete", args=[pk])),
        ("get", reverse("cohorts:learner", args=[pk, world["member"].user_id])),
        ("get", reverse("cohorts:invitations", args=[pk])),
        ("get", reverse("cohorts:invite_emails", args=[pk])),
        ("post", reverse("cohorts:invite_emails", args=[pk])),
        ("get", reverse("cohorts:invite_upload", args=[pk])),
        ("post", reverse("cohorts:invite_upload", args=[pk])),
        ("get", reverse("cohorts:invitation_batch", args=[pk, world["batch"].pk])),
        ("get", reverse("cohorts:invitation_batch_csv", args=[pk, world["batch"].pk])),
        ("post", reverse("cohorts:invitation_resend", args=[pk, world["invitation"].pk])),
        ("get", reverse("cohorts:invitation_revoke", args=[pk, world["invitation"].pk])),
        ("post", reverse("cohorts:invitation_revoke", args=[pk, world["invitation"].pk])),
        ("post", reverse("cohorts:join_code", args=[pk])),
        ("post", reverse("cohorts:export_create", args=[pk])),
        ("get", reverse("cohorts:export", args=[pk, world["export"].pk])),
        ("get", reverse("cohorts:export_status", args=[pk, world["export"].pk])),
        ("get", reverse("cohorts:export_download", args=[pk, world["export"].pk])),
    ]


def unchanged(world):
    cohort = Cohort.objects.filter(pk=world["cohort"].pk).first()
    invitation = Invitation.objects.get(pk=world["invitation"].pk)
    return (
        cohort is not None
        and cohort.status == Cohort.Status.ACTIVE
        and cohort.join_code is None
        and cohort.name == "Spring cohort"
        and invitation.revoked_at is None
        and invitation.send_count == 0
        and Export.objects.count() == 1
    )


@pytest.mark.parametrize("who", ["other_lead", "learner", "member"])
def test_people_who_do_not_lead_the_cohort_get_403_or_404_on_every_lead_url(client, world, who, other_lead, learner):
    person = {"other_lead": other_lead, "learner": learner, "member": world["member"].user}[who]
    client.force_login(person)
    for method, url in lead_urls(world):
        response = getattr(client, method)(url)
        assert response.status_code in (403, 404), (method, url, response.status_code)
    assert unchanged(world)


def test_anonymous_visitors_are_sent_to_sign_in_on_every_lead_url(client, world):
    for method, url in [*lead_urls(world), ("get", "/cohorts/"), ("get", "/cohorts/new/")]:
        response = getattr(client, method)(url)
        assert response.status_code == 302, (method, url)
        assert response["Location"].startswith("/accounts/login/"), (method, url)
    assert unchanged(world)


@pytest.mark.parametrize("who", ["lead", "admin_user"])
def test_the_cohorts_lead_and_administrators_can_open_every_lead_page(client, world, who, lead, admin_user):
    client.force_login({"lead": lead, "admin_user": admin_user}[who])
    for method, url in lead_urls(world):
        if method == "get" and "download" not in url:
            assert client.get(url).status_code == 200, url


def test_a_learner_cannot_see_the_cohort_list_or_create_a_cohort(client, learner):
    client.force_login(learner)
    assert client.get("/cohorts/").status_code == 403
    assert client.get("/cohorts/new/").status_code == 403
    assert client.post("/cohorts/new/", {"name": "Mine"}).status_code == 403
    assert not Cohort.objects.exists()


def test_another_lead_does_not_see_the_cohort_in_their_list(client, world, other_lead):
    client.force_login(other_lead)
    response = client.get("/cohorts/")
    assert response.status_code == 200
    assert "Spring cohort" not in response.content.decode()


def test_an_administrator_sees_every_cohort_in_the_list(client, world, admin_user):
    client.force_login(admin_user)
    assert "Spring cohort" in client.get("/cohorts/").content.decode()


def test_ids_from_another_cohort_are_not_reachable_through_your_own(client, world, course, other_lead):
    """A lead of cohort B cannot reach cohort A's learners, invitations, batches or exports via B's URLs."""
    own = make_cohort(courses=[course], leads=[other_lead], name="Other cohort")
    client.force_login(other_lead)
    pk = own.pk
    urls = [
        ("get", reverse("cohorts:learner", args=[pk, world["member"].user_id])),
        ("get", reverse("cohorts:invitation_batch", args=[pk, world["batch"].pk])),
        ("get", reverse("cohorts:invitation_batch_csv", args=[pk, world["batch"].pk])),
        ("post", reverse("cohorts:invitation_resend", args=[pk, world["invitation"].pk])),
        ("post", reverse("cohorts:invitation_revoke", args=[pk, world["invitation"].pk])),
        ("get", reverse("cohorts:export", args=[pk, world["export"].pk])),
        ("get", reverse("cohorts:export_download", args=[pk, world["export"].pk])),
    ]
    for method, url in urls:
        assert getattr(client, method)(url).status_code == 404, url
    assert unchanged(world)


def test_the_cohorts_menu_item_shows_for_leads_only(client, lead, learner):
    client.force_login(learner)
    assert 'href="/cohorts/"' not in client.get("/cohorts/reminders/").content.decode()
    client.force_login(lead)
    assert 'href="/cohorts/"' in client.get("/cohorts/").content.decode()
