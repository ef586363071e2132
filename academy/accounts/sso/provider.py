"""allauth's OpenID Connect provider, with this service's reading of the claims (SOCIALACCOUNT_PROVIDERS names it).

It keeps allauth's provider id (openid_connect), so the sign-in and callback addresses stay allauth's; its package
supplies the views, which verify every ID token's signature and the Entra ID tenant (see ``views``).
"""

from allauth.account.models import EmailAddress
from allauth.socialaccount.providers.openid_connect.provider import OpenIDConnectProvider, _pick_data

from academy.accounts.sso.views import OrganisationOAuth2Adapter


def claims_of(data: dict) -> dict:
    """The verified ID token's claims, with the userinfo's filling any gaps (the token wins where both say)."""
    return {**(data.get("userinfo") or {}), **(data.get("id_token") or {})} if "id_token" in data else _pick_data(data)


def email_is_verified(claims: dict) -> bool:
    """Whether the provider vouches for the email address: email_verified true (Entra ID: xms_edov true)."""
    return any(
        claims.get(name) is True or str(claims.get(name)).lower() == "true" for name in ("email_verified", "xms_edov")
    )


class OrganisationProvider(OpenIDConnectProvider):
    oauth2_adapter_class = OrganisationOAuth2Adapter

    def extract_common_fields(self, data):
        claims = claims_of(data)
        email = claims.get("email") or ""
        return {"email": email.strip().lower(), "name": (claims.get("name") or "").strip()}

    def extract_email_addresses(self, data):
        claims = claims_of(data)
        email = (claims.get("email") or "").strip().lower()
        if not email:
            return []
        return [EmailAddress(email=email, verified=email_is_verified(claims), primary=True)]


provider_classes = [OrganisationProvider]
