"""Single sign-on against a real OpenID Connect provider (node's oidc-provider on loopback), at the HTTP level."""

from unittest import mock

import pytest
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from allauth.socialaccount.providers.openid_connect.views import OpenIDConnectOAuth2Adapter

from academy.accounts.models import User
from academy.accounts.sso.errors import REFUSALS
from academy.accounts.staff_mfa import SSO_MFA_SESSION_KEY
from tests.academy.accounts.factories import UserFactory
from tests.academy.accounts.sso.conftest import make_identity_provider, sign_in_through_provider

pytestmark = pytest.mark.django_db


def refusal_title(reason: str) -> str:
    return REFUSALS[reason][0]


def test_first_sign_in_creates_an_account_with_the_verified_email_name_and_organisation(client, oidc, northshire):
    response = sign_in_through_provider(client, oidc, account="alice")

    assert response.status_code == 302 and response["Location"] == "/"
    user = User.objects.get(email="alice@northshire.gov.uk")
    assert (user.full_name, user.organisation) == ("Alice Anders", "Northshire County Council")
    assert EmailAddress.objects.get(user=user).verified
    assert SocialAccount.objects.get(user=user).provider == "northshire"
    assert client.get("/accounts/email/").wsgi_request.user == user
    assert not user.has_usable_password()


def test_second_sign_in_uses_the_same_account(client, oidc, northshire):
    sign_in_through_provider(client, oidc, account="alice")
    client.logout()
    sign_in_through_provider(client, oidc, account="alice")
    assert User.objects.filter(email="alice@northshire.gov.uk").count() == 1


def test_existing_account_is_linked_when_the_provider_verified_the_email(client, oidc, northshire):
    existing = UserFactory(email="bella@northshire.gov.uk", full_name="Bella From Before")

    response = sign_in_through_provider(client, oidc, account="bella")

    assert response.status_code == 302
    assert SocialAccount.objects.get(provider="northshire").user == existing
    assert User.objects.filter(email__iexact="bella@northshire.gov.uk").count() == 1
    assert User.objects.get(pk=existing.pk).full_name == "Bella From Before"


def test_existing_account_is_not_linked_when_the_email_is_not_verified(client, oidc, northshire):
    existing = UserFactory(email="carl@northshire.gov.uk")

    response = sign_in_through_provider(client, oidc, account="carl")

    assert response.status_code == 403
    assert refusal_title("unverified_link") in response.content.decode()
    assert not SocialAccount.objects.exists()
    assert not response.wsgi_request.user.is_authenticated
    assert User.objects.get(email="carl@northshire.gov.uk") == existing


def test_new_account_with_an_unverified_email_must_confirm_it_first(client, oidc, northshire, mailoutbox):
    response = sign_in_through_provider(client, oidc, account="carl")

    assert response.status_code == 302 and response["Location"] == "/accounts/confirm-email/"
    assert not EmailAddress.objects.get(email="carl@northshire.gov.uk").verified


def test_email_outside_the_providers_domains_is_refused(client, oidc, northshire):
    response = sign_in_through_provider(client, oidc, account="dina")

    assert response.status_code == 403
    assert refusal_title("domain") in response.content.decode()
    assert not User.objects.filter(email="dina@gmail.example").exists()


def test_email_outside_the_services_allow_list_is_refused(client, oidc, northshire, settings):
    settings.ACADEMY_ALLOWED_EMAIL_DOMAINS = ["*.nhs.uk"]
    response = sign_in_through_provider(client, oidc, account="alice")
    assert response.status_code == 403
    assert not User.objects.exists()


def test_tenant_not_on_the_list_is_refused(client, oidc, northshire):
    response = sign_in_through_provider(client, oidc, account="evan")

    assert response.status_code == 403
    assert refusal_title("tenant") in response.content.decode()
    assert not User.objects.filter(email="evan@northshire.gov.uk").exists()


def test_id_token_signed_with_another_key_is_refused(client, oidc, db):
    """allauth alone would skip the signature of a token fetched from the token endpoint; this service does not."""
    make_identity_provider(oidc, slug="tampered", client_id="tampered")

    response = _with_wrong_keys(client, oidc)

    assert response.status_code == 403
    assert refusal_title("token") in response.content.decode()
    assert not User.objects.exists()


def _with_wrong_keys(client, oidc):
    """The provider's discovery document with the key set swapped for one whose key (same id) did not sign."""
    real = OpenIDConnectOAuth2Adapter.openid_config.fget

    def with_wrong_keys(self):
        return {**real(self), "jwks_uri": oidc.issuer + "/test/wrong-jwks"}

    with mock.patch.object(OpenIDConnectOAuth2Adapter, "openid_config", property(with_wrong_keys)):
        return sign_in_through_provider(client, oidc, slug="tampered", account="alice")


def test_sign_in_through_a_multi_factor_provider_is_remembered(client, oidc, db):
    make_identity_provider(oidc, counts_as_mfa=True)
    sign_in_through_provider(client, oidc, account="alice")
    assert client.session[SSO_MFA_SESSION_KEY] == "northshire"


def test_sign_in_through_an_ordinary_provider_is_not_multi_factor(client, oidc, northshire):
    sign_in_through_provider(client, oidc, account="alice")
    assert SSO_MFA_SESSION_KEY not in client.session


def test_a_disabled_provider_cannot_be_used(client, oidc, db):
    make_identity_provider(oidc, enabled=False)
    assert client.post("/accounts/oidc/northshire/login/").status_code == 404


def test_sign_in_page_offers_each_enabled_organisation(client, oidc, db):
    make_identity_provider(oidc)
    make_identity_provider(oidc, name="Southshire Council", slug="other", client_id="other")
    make_identity_provider(oidc, name="Hidden Council", slug="multi", enabled=False)

    page = client.get("/accounts/login/").content.decode()

    assert "Sign in with Northshire County Council" in page
    assert "Sign in with Southshire Council" in page
    assert "Hidden Council" not in page


@pytest.mark.parametrize(("counts_as_mfa", "admin_works"), [(True, True), (False, False)])
def test_staff_signed_in_through_sso_need_two_factor_unless_the_provider_is_multi_factor(
    client, oidc, db, settings, counts_as_mfa, admin_works
):
    settings.ACADEMY_REQUIRE_STAFF_MFA = True
    UserFactory(email="staff@northshire.gov.uk", is_staff=True, is_superuser=True)
    make_identity_provider(oidc, counts_as_mfa=counts_as_mfa)

    sign_in_through_provider(client, oidc, account="staff")

    response = client.get("/django-admin/")
    assert (response.status_code == 200) is admin_works
    if not admin_works:
        assert response["Location"] == "/accounts/2fa/totp/activate/"


def test_sign_in_page_lets_its_buttons_redirect_to_the_provider_and_nowhere_else(client, oidc, northshire):
    policy = client.get("/accounts/login/")["Content-Security-Policy"]
    assert f"form-action 'self' {oidc.issuer};" in policy
    assert "form-action 'self';" in client.get("/accounts/signup/")["Content-Security-Policy"]
