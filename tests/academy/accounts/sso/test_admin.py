"""The identity provider's admin form and page (Django admin)."""

import pytest

from academy.accounts.models import OrganisationIdentityProvider
from academy.accounts.sso.forms import (
    DOMAIN_INVALID,
    DOMAINS_REQUIRED,
    MULTI_TENANT_NEEDS_TENANTS,
    TENANT_INVALID,
    IdentityProviderForm,
)
from tests.academy.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"


def form_data(**overrides):
    return {
        "name": "Northshire County Council",
        "slug": "northshire",
        "organisation": "",
        "enabled": "on",
        "server_url": f"https://login.microsoftonline.com/{TENANT}/v2.0",
        "client_id": "client",
        "client_secret": "s3cret-value-9",
        "allowed_email_domains": "Northshire.gov.uk\n*.northshire.gov.uk",
        "tenant_ids": "",
        **overrides,
    }


def test_domains_are_required_and_checked():
    assert IdentityProviderForm(form_data(allowed_email_domains="")).errors["allowed_email_domains"] == [
        DOMAINS_REQUIRED
    ]
    assert IdentityProviderForm(form_data(allowed_email_domains="not a domain")).errors["allowed_email_domains"] == [
        DOMAIN_INVALID
    ]
    form = IdentityProviderForm(form_data())
    assert form.is_valid(), form.errors
    assert form.cleaned_data["allowed_email_domains"] == "northshire.gov.uk\n*.northshire.gov.uk"


def test_tenant_ids_must_be_guids():
    errors = IdentityProviderForm(form_data(tenant_ids="contoso.onmicrosoft.com")).errors
    assert errors["tenant_ids"] == [TENANT_INVALID]


def test_multi_tenant_endpoint_needs_a_tenant_list():
    form = IdentityProviderForm(form_data(server_url="https://login.microsoftonline.com/organizations/v2.0"))
    assert form.errors["tenant_ids"] == [MULTI_TENANT_NEEDS_TENANTS]
    form = IdentityProviderForm(
        form_data(server_url="https://login.microsoftonline.com/organizations/v2.0", tenant_ids=TENANT.upper())
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["tenant_ids"] == TENANT


def test_an_empty_secret_keeps_the_current_one():
    idp = IdentityProviderForm(form_data()).save()
    form = IdentityProviderForm(form_data(client_secret=""), instance=idp)
    assert form.is_valid(), form.errors
    assert form.save().client_secret == "s3cret-value-9"
    assert "s3cret-value-9" not in IdentityProviderForm(instance=idp).as_p()


def test_administrator_adds_a_provider_in_the_django_admin_and_sees_its_callback_address(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post("/django-admin/accounts/organisationidentityprovider/add/", form_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    idp = OrganisationIdentityProvider.objects.get()
    page = client.get(f"/django-admin/accounts/organisationidentityprovider/{idp.pk}/change/").content.decode()
    assert "/accounts/oidc/northshire/login/callback/" in page


def test_a_learner_cannot_open_the_providers_admin(client):
    client.force_login(UserFactory())
    response = client.get("/django-admin/accounts/organisationidentityprovider/")
    assert response.status_code == 302 and "/login/" in response["Location"]
