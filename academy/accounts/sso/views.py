"""allauth's OpenID Connect views with stricter ID token checks.

allauth may skip the ID token's signature when the token came straight from the token endpoint (the specification
allows it over TLS); this service checks it always, against the provider's published keys. For Entra ID's
multi-tenant endpoints, whose discovery document names the issuer ``.../{tenantid}/v2.0``, the token's tenant must
be one of the provider's listed tenants and its issuer that tenant's.
"""

from allauth.account.internal.decorators import login_not_required
from allauth.core.internal.deferred import jwt
from allauth.socialaccount.internal import jwtkit
from allauth.socialaccount.models import SocialApp
from allauth.socialaccount.providers.oauth2.client import OAuth2Error
from allauth.socialaccount.providers.oauth2.views import OAuth2CallbackView, OAuth2LoginView
from allauth.socialaccount.providers.openid_connect.views import OpenIDConnectOAuth2Adapter
from django.http import Http404

from academy.accounts.sso.errors import TenantRefused, TokenRejected

TENANT_PLACEHOLDER = "{tenantid}"


def expected_issuer(*, issuer: str, claims: dict, tenant_ids: list[str]) -> str:
    """The issuer an ID token must name. Raises TenantRefused when tenants are listed and the token's is not one."""
    tenant = str(claims.get("tid") or "").lower()
    if tenant_ids and tenant not in tenant_ids:
        raise TenantRefused(f"tenant {tenant or '(none)'} is not allowed")
    if TENANT_PLACEHOLDER in issuer:
        if not tenant_ids:
            raise TenantRefused("a multi-tenant issuer needs a list of allowed tenants")
        return issuer.replace(TENANT_PLACEHOLDER, tenant)
    return issuer


class OrganisationOAuth2Adapter(OpenIDConnectOAuth2Adapter):
    def _decode_id_token(self, app: SocialApp, id_token: str) -> dict:
        return decode_id_token(
            id_token,
            openid_config=self.openid_config,
            client_id=app.client_id,
            tenant_ids=app.settings.get("tenant_ids", []),
        )


def decode_id_token(id_token: str, *, openid_config: dict, client_id: str, tenant_ids: list[str]) -> dict:
    """The ID token's claims once allauth has checked its signature, issuer, audience and expiry."""
    try:
        unverified = jwt.decode(id_token, options={"verify_signature": False})
    except jwt.PyJWTError as error:
        raise TokenRejected("the ID token cannot be read") from error
    issuer = expected_issuer(issuer=openid_config["issuer"], claims=unverified, tenant_ids=tenant_ids)
    try:
        return jwtkit.verify_and_decode(
            credential=id_token,
            keys_url=openid_config["jwks_uri"],
            issuer=issuer,
            audience=client_id,
            lookup_kid=jwtkit.lookup_kid_jwk,
            verify_signature=True,
        )
    except OAuth2Error as error:
        raise TokenRejected(str(error)) from error


@login_not_required
def login(request, provider_id):
    try:
        return OAuth2LoginView.adapter_view(OrganisationOAuth2Adapter(request, provider_id))(request)
    except SocialApp.DoesNotExist as error:
        raise Http404 from error


@login_not_required
def callback(request, provider_id):
    try:
        return OAuth2CallbackView.adapter_view(OrganisationOAuth2Adapter(request, provider_id))(request)
    except SocialApp.DoesNotExist as error:
        raise Http404 from error
