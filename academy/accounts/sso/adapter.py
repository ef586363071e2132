"""allauth's social account adapter: the organisations' providers, who may sign in through them, and the pages
that explain a refusal."""

from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.providers.base import AuthError, AuthProcess
from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import render

from academy.accounts.policy import is_email_allowed
from academy.accounts.sso import selectors
from academy.accounts.sso.errors import REFUSALS, SignInRefused
from academy.accounts.sso.provider import claims_of
from academy.audit import actions
from academy.audit import services as audit

REFUSAL_TEMPLATE = "socialaccount/refused.html"


def refusal(request, *, reason: str, provider_name: str, status: int = 403):
    """The GOV.UK-style page that says why a sign-in was refused and what to do instead (and an audit entry)."""
    title, happened, next_step = REFUSALS[reason]
    audit.record(
        actions.SSO_SIGN_IN_REFUSED, actor=None, request=request, detail={"reason": reason, "provider": provider_name}
    )
    return render(
        request,
        REFUSAL_TEMPLATE,
        {"title": title, "happened": happened.format(provider=provider_name), "next_step": next_step, "reason": reason},
        status=status,
    )


def refusal_reason(*, idp, claims: dict, email: str, is_existing: bool) -> str | None:
    """Why this sign-in must be refused, or None: the tenant, the email's domain, or an unverified link."""
    tenants = idp.tenant_id_list
    if tenants and str(claims.get("tid") or "").lower() not in tenants:
        return "tenant"
    if not email:
        return "no_email"
    if not is_email_allowed(email, allowed=idp.email_domain_rules) or not is_email_allowed(
        email, allowed=settings.ACADEMY_ALLOWED_EMAIL_DOMAINS
    ):
        return "domain"
    # A verified email has already been matched to its account by allauth (email authentication); an account with
    # the same address that is still not matched means the provider did not vouch for the address.
    if not is_existing and get_user_model().objects.filter(email__iexact=email).exists():
        return "unverified_link"
    return None


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def list_apps(self, request, provider=None, client_id=None):
        return super().list_apps(request, provider=provider, client_id=client_id) + selectors.social_apps(
            provider=provider, client_id=client_id
        )

    def pre_social_login(self, request, sociallogin) -> None:
        idp = selectors.identity_provider(sociallogin.account.provider)
        if idp is None:
            raise ImmediateHttpResponse(refusal(request, reason="failed", provider_name="your organisation"))
        email = (sociallogin.user.email or "").strip().lower()
        # Linking from "Organisation sign-in" while signed in proves the account is the person's: no email needed.
        connecting = sociallogin.state.get("process") == AuthProcess.CONNECT
        reason = refusal_reason(
            idp=idp,
            claims=claims_of(sociallogin.account.extra_data),
            email=email,
            is_existing=sociallogin.is_existing or connecting,
        )
        if reason:
            raise ImmediateHttpResponse(refusal(request, reason=reason, provider_name=idp.name))

    def is_open_for_signup(self, request, sociallogin) -> bool:
        return True  # who may sign up was decided in pre_social_login, by the provider's and the service's domains

    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        idp = selectors.identity_provider(sociallogin.account.provider)
        user.full_name = (data.get("name") or "")[:200]
        user.organisation = ((idp.organisation or idp.name) if idp else "")[:200]
        return user

    def on_authentication_error(self, request, provider, error=None, exception=None, extra_context=None) -> None:
        name = getattr(getattr(provider, "app", None), "name", "") or "your organisation"
        reason = exception.reason if isinstance(exception, SignInRefused) else "failed"
        if error == AuthError.CANCELLED:
            reason = "cancelled"
        raise ImmediateHttpResponse(refusal(request, reason=reason, provider_name=name))
