"""ID token checks (academy.accounts.sso.views.decode_id_token): allauth's verification against the real provider's
published keys, with tokens minted here with the provider's own signing key so that only the claims differ."""

import base64
import json
import time

import pytest
import requests

from academy.accounts.sso.errors import TenantRefused, TokenRejected
from academy.accounts.sso.views import decode_id_token, expected_issuer
from tests.academy.accounts.oidc.server import NORTHSHIRE_TENANT, OTHER_TENANT

pytestmark = pytest.mark.django_db  # allauth notes each token's jti in the cache, which some backends keep in the db


@pytest.fixture(scope="module")
def openid_config(oidc):
    return requests.get(oidc.issuer + "/.well-known/openid-configuration", timeout=10).json()


def decode(token, openid_config, *, tenant_ids=(), **overrides):
    return decode_id_token(
        token, openid_config={**openid_config, **overrides}, client_id="northshire", tenant_ids=list(tenant_ids)
    )


def test_a_good_token_is_accepted(oidc, openid_config):
    claims = decode(oidc.mint(audience="northshire", email="alice@northshire.gov.uk"), openid_config)
    assert claims["email"] == "alice@northshire.gov.uk"


def test_an_expired_token_is_rejected(oidc, openid_config):
    an_hour_ago = int(time.time()) - 3600
    token = oidc.mint(audience="northshire", iat=an_hour_ago - 300, exp=an_hour_ago)
    with pytest.raises(TokenRejected):
        decode(token, openid_config)


def test_a_token_whose_claims_were_changed_after_signing_is_rejected(oidc, openid_config):
    header, payload, signature = oidc.mint(audience="northshire", email="alice@northshire.gov.uk").split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["email"] = "admin@northshire.gov.uk"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    with pytest.raises(TokenRejected):
        decode(f"{header}.{forged}.{signature}", openid_config)


def test_a_token_for_another_client_is_rejected(oidc, openid_config):
    with pytest.raises(TokenRejected):
        decode(oidc.mint(audience="someone-else"), openid_config)


def test_a_token_from_another_issuer_is_rejected(oidc, openid_config):
    with pytest.raises(TokenRejected):
        decode(oidc.mint(audience="northshire", iss="https://login.microsoftonline.com/x/v2.0"), openid_config)


def test_a_token_used_twice_is_rejected(oidc, openid_config):
    token = oidc.mint(audience="northshire")
    decode(token, openid_config)
    with pytest.raises(TokenRejected):
        decode(token, openid_config)


def test_multi_tenant_issuer_accepts_a_listed_tenant_with_its_own_issuer(oidc, openid_config):
    template = oidc.issuer + "/{tenantid}/v2.0"
    token = oidc.mint(audience="northshire", iss=f"{oidc.issuer}/{NORTHSHIRE_TENANT}/v2.0", tid=NORTHSHIRE_TENANT)
    claims = decode(token, openid_config, tenant_ids=[NORTHSHIRE_TENANT], issuer=template)
    assert claims["tid"] == NORTHSHIRE_TENANT


def test_multi_tenant_issuer_refuses_a_tenant_not_listed(oidc, openid_config):
    template = oidc.issuer + "/{tenantid}/v2.0"
    token = oidc.mint(audience="northshire", iss=f"{oidc.issuer}/{OTHER_TENANT}/v2.0", tid=OTHER_TENANT)
    with pytest.raises(TenantRefused):
        decode(token, openid_config, tenant_ids=[NORTHSHIRE_TENANT], issuer=template)


def test_multi_tenant_issuer_refuses_a_listed_tid_with_another_tenants_issuer(oidc, openid_config):
    template = oidc.issuer + "/{tenantid}/v2.0"
    token = oidc.mint(audience="northshire", iss=f"{oidc.issuer}/{OTHER_TENANT}/v2.0", tid=NORTHSHIRE_TENANT)
    with pytest.raises(TokenRejected):
        decode(token, openid_config, tenant_ids=[NORTHSHIRE_TENANT], issuer=template)


def test_multi_tenant_issuer_without_a_tenant_list_refuses_everyone():
    with pytest.raises(TenantRefused):
        expected_issuer(issuer="https://login.microsoftonline.com/{tenantid}/v2.0", claims={"tid": "x"}, tenant_ids=[])


def test_single_tenant_issuer_is_used_as_it_is():
    issuer = f"https://login.microsoftonline.com/{NORTHSHIRE_TENANT}/v2.0"
    assert expected_issuer(issuer=issuer, claims={"tid": NORTHSHIRE_TENANT}, tenant_ids=[]) == issuer
