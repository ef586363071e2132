"""Single sign-on in a real browser against a real OpenID Connect provider (node's oidc-provider on loopback):
first sign-in, linking, refusals, a wrongly signed token; axe on the sign-in page and every refusal page."""

from unittest import mock

import pytest
from allauth.socialaccount.models import SocialAccount
from allauth.socialaccount.providers.openid_connect.views import OpenIDConnectOAuth2Adapter

from academy.accounts.models import OrganisationIdentityProvider, User
from academy.accounts.sso.errors import REFUSALS
from tests.academy.accounts.factories import UserFactory
from tests.academy.accounts.oidc import server
from tests.academy.accounts.oidc.server import CLIENT_SECRET, NORTHSHIRE_TENANT
from tests.e2e.conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(scope="module")
def oidc(live_server, tmp_path_factory):
    provider = server.start(tmp_path=tmp_path_factory.mktemp("oidc"), redirect_bases=[live_server.url])
    yield provider
    provider.stop()


@pytest.fixture
def northshire(oidc):
    return OrganisationIdentityProvider.objects.create(
        name="Northshire County Council",
        slug="northshire",
        server_url=oidc.issuer,
        client_id="northshire",
        client_secret=CLIENT_SECRET,
        allowed_email_domains="northshire.gov.uk",
        tenant_ids=NORTHSHIRE_TENANT,
    )


def sign_in_with_organisation(page, account: str, *, name: str = "Northshire County Council") -> None:
    page.goto("/accounts/login/")
    page.get_by_role("button", name=f"Sign in with {name}").click()
    page.locator("input[name=login]").fill(account)  # the provider's own sign-in form
    page.locator("input[name=password]").fill("any password")
    page.locator("button[type=submit]").click()
    page.wait_for_load_state()


def heading(page) -> str:
    return page.get_by_role("heading", level=1).inner_text()


def test_first_sign_in_creates_the_account_and_signs_in(page, site_root, northshire):
    page.goto("/accounts/login/")
    assert page.get_by_role("button", name="Sign in with Northshire County Council").is_visible()
    assert_accessible(page)

    sign_in_with_organisation(page, "alice")

    assert page.get_by_role("link", name="Sign out").count() >= 1, page.url
    user = User.objects.get(email="alice@northshire.gov.uk")
    assert (user.full_name, user.organisation) == ("Alice Anders", "Northshire County Council")


def test_existing_account_with_the_verified_email_is_linked(page, site_root, northshire):
    existing = UserFactory(email="bella@northshire.gov.uk")
    sign_in_with_organisation(page, "bella")
    assert page.get_by_role("link", name="Sign out").count() >= 1, page.url
    assert SocialAccount.objects.get().user == existing

    page.goto("/accounts/3rdparty/")
    assert page.get_by_role("heading", level=1).inner_text() == "Organisation sign-in"
    assert "bella@northshire.gov.uk" in page.locator("main").inner_text()
    assert_accessible(page)


def test_the_continue_page_for_a_sign_in_link_opened_directly(page, site_root, northshire):
    page.goto("/accounts/oidc/northshire/login/")
    assert heading(page) == "Sign in with Northshire County Council"
    assert_accessible(page)
    page.get_by_role("button", name="Continue").click()
    page.locator("input[name=login]").fill("alice")
    page.locator("input[name=password]").fill("any password")
    page.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert page.get_by_role("link", name="Sign out").count() >= 1, page.url


@pytest.mark.parametrize(
    ("account", "reason", "existing"),
    [("carl", "unverified_link", "carl@northshire.gov.uk"), ("dina", "domain", None), ("evan", "tenant", None)],
)
def test_refusals_explain_themselves_and_sign_nobody_in(page, site_root, northshire, account, reason, existing):
    if existing:
        UserFactory(email=existing)
    sign_in_with_organisation(page, account)

    assert heading(page) == REFUSALS[reason][0]
    assert page.get_by_role("link", name="Sign out").count() == 0
    assert not SocialAccount.objects.exists()
    assert_accessible(page)


def test_a_token_signed_with_another_key_is_refused(page, site_root, oidc):
    OrganisationIdentityProvider.objects.create(
        name="Tampered Council",
        slug="tampered",
        server_url=oidc.issuer,
        client_id="tampered",
        client_secret=CLIENT_SECRET,
        allowed_email_domains="northshire.gov.uk",
    )
    real = OpenIDConnectOAuth2Adapter.openid_config.fget

    def with_wrong_keys(self):
        return {**real(self), "jwks_uri": oidc.issuer + "/test/wrong-jwks"}

    with mock.patch.object(OpenIDConnectOAuth2Adapter, "openid_config", property(with_wrong_keys)):
        sign_in_with_organisation(page, "alice", name="Tampered Council")

    assert heading(page) == REFUSALS["token"][0]
    assert not User.objects.exists()
    assert_accessible(page)
