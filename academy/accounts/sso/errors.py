"""Why a single sign-on was refused: each reason has its own page, worded for the person signing in."""

from allauth.socialaccount.providers.oauth2.client import OAuth2Error


class SignInRefused(OAuth2Error):
    """A sign-in the service will not accept; ``reason`` picks the page that explains it."""

    reason = "failed"

    def __init__(self, message: str = "", *, reason: str | None = None):
        super().__init__(message or self.reason)
        if reason:
            self.reason = reason


class TenantRefused(SignInRefused):
    reason = "tenant"


class TokenRejected(SignInRefused):
    reason = "token"


# reason: (page title, what happened, what to do)
REFUSALS = {
    "domain": (
        "You cannot sign in with that email address",
        "Your organisation's sign-in gave an email address that this service does not accept through {provider}.",
        "Sign in with your work email address, or ask your organisation's service desk which account to use.",
    ),
    "no_email": (
        "Your organisation did not give an email address",
        "{provider} signed you in but did not tell us your email address, which this service needs.",
        "Ask your organisation's service desk to release your email address to this service.",
    ),
    "tenant": (
        "Your organisation cannot use this sign-in",
        "You signed in to an organisation (a Microsoft Entra ID tenant) that is not set up to use {provider}.",
        "Use your organisation's own sign-in button, or sign in with your email address and password.",
    ),
    "unverified_link": (
        "Sign in with your email address and password",
        "An account on this service already uses your email address, and {provider} did not confirm that the "
        "address is yours, so we cannot link the two.",
        "Sign in with your email address and password instead, then link your organisation's sign-in under Your "
        "account > Organisation sign-in. If you have forgotten your password, reset it.",
    ),
    "token": (
        "Sign-in failed",
        "The sign-in response from {provider} could not be checked: it may have expired or been changed.",
        "Try signing in again. If it keeps happening, contact the service's support team.",
    ),
    "cancelled": (
        "You did not finish signing in",
        "You left {provider}'s sign-in before it finished.",
        "Try again, or sign in with your email address and password.",
    ),
    "failed": (
        "Sign-in failed",
        "Something went wrong while you were signing in with {provider}.",
        "Try signing in again. If it keeps happening, contact the service's support team.",
    ),
}
