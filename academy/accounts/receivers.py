"""allauth's signals, adapted: a sign-in through a multi-factor identity provider is remembered in the session."""

from allauth.account.signals import user_logged_in
from django.dispatch import receiver

from academy.accounts.sso import selectors
from academy.accounts.staff_mfa import remember_sso_mfa


@receiver(user_logged_in, dispatch_uid="academy.accounts.sso_mfa")
def note_multi_factor_sso(sender, request, user, sociallogin=None, **kwargs) -> None:
    if sociallogin is None:
        return
    idp = selectors.identity_provider(sociallogin.account.provider)
    if idp is not None and idp.counts_as_mfa:
        remember_sso_mfa(request=request, provider_slug=idp.slug)
