"""The audit log records changes to who may sign in and where personal data goes (identity providers, API tokens,
learning record stores), reads of personal data through the API, statements sent again, refused single sign-ons
and learners removed from a cohort — never a secret's value."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy.accounts.models import OrganisationIdentityProvider
from academy.api import tokens
from academy.api.models import ApiToken
from academy.audit import actions
from academy.audit.models import AuditEntry
from academy.cohorts.services.cohorts import remove_member
from academy.records import services as records
from academy.records.models import LRSEndpoint
from tests.academy.accounts.factories import UserFactory
from tests.academy.accounts.sso.test_admin import form_data
from tests.academy.api.conftest import NORTH, bearer
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def entries(action):
    return list(AuditEntry.objects.filter(action=action).order_by("pk"))


@pytest.fixture
def admin_client(client):
    administrator = UserFactory(is_staff=True, is_superuser=True, email="root@example.gov.uk")
    client.force_login(administrator)
    client.administrator = administrator
    return client


def test_identity_provider_changes_are_recorded_without_the_secret(admin_client):
    response = admin_client.post("/django-admin/accounts/organisationidentityprovider/add/", form_data())
    assert response.status_code == 302
    idp = OrganisationIdentityProvider.objects.get()
    changed = form_data(client_secret="n3w-secret-value", name="Northshire Council")
    admin_client.post(f"/django-admin/accounts/organisationidentityprovider/{idp.pk}/change/", changed)
    admin_client.post(f"/django-admin/accounts/organisationidentityprovider/{idp.pk}/delete/", {"post": "yes"})
    created, change, deleted = entries(actions.SSO_CONFIGURATION_CHANGED)
    assert [e.detail["change"] for e in (created, change, deleted)] == ["created", "changed", "deleted"]
    assert {"name", "client_secret"} <= set(change.detail["fields"])
    assert all(e.actor_email == "root@example.gov.uk" for e in (created, change, deleted))
    log = str(list(AuditEntry.objects.values_list("detail", "target_label")))
    assert "s3cret-value-9" not in log and "n3w-secret-value" not in log


def test_tokens_created_and_revoked_and_every_read_through_the_api_are_recorded(client):
    actor = UserFactory(email="hr-admin@example.gov.uk")
    created = tokens.create_token(name="North HR", organisations=[NORTH], actor=actor)
    assert client.get("/api/v1/learners?limit=5", **bearer(created.secret)).status_code == 200
    assert client.get("/api/v1/learners", **bearer("wrong")).status_code == 401
    tokens.revoke_token(token=ApiToken.objects.get(pk=created.token.pk), actor=actor)
    (made,) = entries(actions.API_TOKEN_CREATED)
    assert made.actor_email == "hr-admin@example.gov.uk" and made.detail["organisations"] == [NORTH]
    (read,) = entries(actions.API_PERSONAL_DATA_READ)  # the refused request read nothing
    assert read.target_id == str(created.token.pk) and read.detail["path"] == "/api/v1/learners"
    assert "limit=5" in read.detail["query"]
    (revoked,) = entries(actions.API_TOKEN_REVOKED)
    assert revoked.target_id == str(created.token.pk)
    assert created.secret not in str(list(AuditEntry.objects.values_list("detail", flat=True)))


def test_lrs_endpoint_changes_and_resends_are_recorded(admin_client):
    response = admin_client.post(
        "/django-admin/records/lrsendpoint/add/",
        {
            "name": "North LRS",
            "url": "https://lrs.example.org/xAPI/",
            "username": "academy",
            "password": "lrs-password-1",
            "organisations": "",
            "enabled": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    (entry,) = entries(actions.LRS_ENDPOINT_CHANGED)
    assert entry.detail["change"] == "created" and "password" in entry.detail["fields"]
    assert "lrs-password-1" not in str(entry.detail)
    until = timezone.now()
    records.resend(since=until - timedelta(days=1), until=until, endpoint_name="North LRS")
    (resent,) = entries(actions.STATEMENTS_RESENT)
    assert resent.detail["endpoints"] == ["North LRS"]
    assert LRSEndpoint.objects.count() == 1


def test_removing_a_learner_from_a_cohort_is_recorded():
    lead = make_lead(email="lead@example.gov.uk")
    cohort = make_cohort(
        courses=[make_course(modules=1, lessons=1, slug="audited")], leads=[lead], name="Audited cohort"
    )
    learner = add_learner(cohort).user
    assert remove_member(cohort=cohort, user_id=learner.pk, removed_by=lead)
    (entry,) = entries(actions.LEARNER_REMOVED_FROM_COHORT)
    assert entry.actor_email == "lead@example.gov.uk"
    assert entry.target_label == "Audited cohort" and entry.detail == {"learner_id": learner.pk}
