import re
from urllib.parse import urljoin, urlsplit

import pytest
import requests

from academy.accounts.models import OrganisationIdentityProvider
from tests.academy.accounts.oidc import server
from tests.academy.accounts.oidc.server import CLIENT_SECRET, NORTHSHIRE_TENANT


@pytest.fixture(scope="module")
def oidc(tmp_path_factory):
    provider = server.start(tmp_path=tmp_path_factory.mktemp("oidc"), redirect_bases=["http://testserver"])
    yield provider
    provider.stop()


def make_identity_provider(oidc, **overrides) -> OrganisationIdentityProvider:
    fields = {
        "name": "Northshire County Council",
        "slug": "northshire",
        "organisation": "Northshire County Council",
        "server_url": oidc.issuer,
        "client_id": "northshire",
        "client_secret": CLIENT_SECRET,
        "allowed_email_domains": "northshire.gov.uk",
        "tenant_ids": NORTHSHIRE_TENANT,
        **overrides,
    }
    return OrganisationIdentityProvider.objects.create(**fields)


@pytest.fixture
def northshire(oidc, db):
    return make_identity_provider(oidc)


def sign_in_through_provider(client, oidc, *, slug: str = "northshire", account: str = "alice", process: str = ""):
    """Press "Sign in with ..." (or "Link ..."), sign in at the provider as ``account``, and bring the answer back."""
    response = client.post(f"/accounts/oidc/{slug}/login/" + (f"?process={process}" if process else ""))
    assert response.status_code == 302, response.content[:500]
    browser = requests.Session()
    location = response["Location"]
    for _ in range(10):
        if urlsplit(location).netloc == "testserver":
            parts = urlsplit(location)
            return client.get(parts.path + ("?" + parts.query if parts.query else ""))
        answer = browser.get(urljoin(oidc.issuer, location), allow_redirects=False, timeout=10)
        if answer.status_code == 200 and 'name="prompt" value="login"' in answer.text:
            action = re.search(r'<form[^>]*action="([^"]+)"', answer.text).group(1)
            answer = browser.post(
                urljoin(oidc.issuer, action),
                data={"prompt": "login", "login": account, "password": "any"},
                allow_redirects=False,
                timeout=10,
            )
        assert answer.status_code in (302, 303), answer.text[:500]
        location = answer.headers["Location"]
    raise AssertionError("the provider never sent the browser back")
