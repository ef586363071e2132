"""The refusal pages chosen by the social account adapter for errors before a sign-in reaches the service."""

from types import SimpleNamespace

import pytest
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.providers.base import AuthError
from allauth.socialaccount.providers.oauth2.client import OAuth2Error

from academy.accounts.sso.adapter import SocialAccountAdapter
from academy.accounts.sso.errors import REFUSALS, TenantRefused

pytestmark = pytest.mark.django_db

PROVIDER = SimpleNamespace(app=SimpleNamespace(name="Northshire County Council"))


@pytest.mark.parametrize(
    ("error", "exception", "reason"),
    [
        (AuthError.CANCELLED, None, "cancelled"),
        (AuthError.UNKNOWN, OAuth2Error("token endpoint said no"), "failed"),
        (AuthError.UNKNOWN, TenantRefused("x"), "tenant"),
    ],
)
def test_each_error_has_its_page(rf, error, exception, reason):
    request = rf.get("/accounts/oidc/northshire/login/callback/")
    with pytest.raises(ImmediateHttpResponse) as raised:
        SocialAccountAdapter(request).on_authentication_error(request, PROVIDER, error=error, exception=exception)
    page = raised.value.response.content.decode()
    assert raised.value.response.status_code == 403
    assert REFUSALS[reason][0] in page
    assert "Northshire County Council" in page
