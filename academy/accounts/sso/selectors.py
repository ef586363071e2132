"""The organisations' identity providers, and allauth's view of each (an in-memory SocialApp)."""

from allauth.socialaccount.models import SocialAccount, SocialApp

from academy.accounts.models import OrganisationIdentityProvider

PROVIDER = "openid_connect"


def enabled_identity_providers() -> list[OrganisationIdentityProvider]:
    """The providers offered on the sign-in page, by name."""
    return list(OrganisationIdentityProvider.objects.filter(enabled=True).order_by("name"))


def identity_provider(slug: str) -> OrganisationIdentityProvider | None:
    """The enabled provider with this identifier (allauth's provider_id), or None."""
    return OrganisationIdentityProvider.objects.filter(enabled=True, slug=slug).first()


def social_app(idp: OrganisationIdentityProvider) -> SocialApp:
    """allauth's app for ``idp``: never saved, so the identity provider's row is the one source of its settings."""
    return SocialApp(
        provider=PROVIDER,
        provider_id=idp.slug,
        name=idp.name,
        client_id=idp.client_id,
        secret=idp.client_secret,
        settings={
            "server_url": idp.server_url,
            "token_auth_method": "client_secret_post",
            "tenant_ids": idp.tenant_id_list,
            "email_authentication": True,
        },
    )


def social_apps(*, provider: str | None = None, client_id: str | None = None) -> list[SocialApp]:
    """allauth's apps for the enabled providers, filtered as allauth's ``list_apps`` asks."""
    providers = OrganisationIdentityProvider.objects.filter(enabled=True).order_by("name")
    if provider and provider != PROVIDER:
        providers = providers.filter(slug=provider)
    if client_id:
        providers = providers.filter(client_id=client_id)
    return [social_app(idp) for idp in providers]


def linked_organisations(*, user) -> list[dict]:
    """The organisation sign-ins linked to ``user``: the account's id, the organisation's name and the email given."""
    accounts = list(SocialAccount.objects.filter(user=user).order_by("pk"))
    names = dict(
        OrganisationIdentityProvider.objects.filter(slug__in=[a.provider for a in accounts]).values_list("slug", "name")
    )
    return [
        {
            "id": account.pk,
            "name": names.get(account.provider, account.provider),
            "email": ((account.extra_data or {}).get("id_token") or {}).get("email", ""),
        }
        for account in accounts
    ]
