from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django import forms
from django.conf import settings
from django.urls import reverse

from academy.accounts import passwords, wording
from academy.accounts.mail import queue_email
from academy.accounts.policy import DOMAIN_NOT_ALLOWED, is_email_allowed
from academy.core.clientip import client_ip
from academy.core.links import absolute_url, on_public_address


class AccountAdapter(DefaultAccountAdapter):
    """allauth adapter: the email domain allow-list, GOV.UK wording, and every email sent through Celery."""

    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "account_inactive": wording.ACCOUNT_INACTIVE,
        "cannot_remove_primary_email": "You cannot remove the email address you sign in with",
        "duplicate_email": wording.SAME_EMAIL,
        "email_password_mismatch": wording.WRONG_EMAIL_OR_PASSWORD,
        "email_taken": wording.EMAIL_ON_ANOTHER_ACCOUNT,
        "enter_current_password": wording.WRONG_CURRENT_PASSWORD,
        "incorrect_password": wording.WRONG_PASSWORD,
        "invalid_password_reset": wording.RESET_LINK_INVALID,
        "same_as_current": wording.SAME_EMAIL,
        "too_many_login_attempts": wording.TOO_MANY_SIGN_IN_ATTEMPTS,
        "unverified_primary_email": "Confirm your email address first",
        "rate_limited": wording.TOO_MANY_REQUESTS,
    }

    def get_client_ip(self, request) -> str:
        """allauth's rate limits count by the service's one idea of the client (trusted proxies only)."""
        return client_ip(request)

    def clean_email(self, email: str) -> str:
        email = super().clean_email(email)
        if not is_email_allowed(email, allowed=settings.ACADEMY_ALLOWED_EMAIL_DOMAINS):
            raise forms.ValidationError(DOMAIN_NOT_ALLOWED, code="domain_not_allowed")
        return email

    def clean_password(self, password: str, user=None) -> str:
        try:
            return super().clean_password(password, user=user)
        except forms.ValidationError as error:
            raise passwords.reworded(error) from error

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        message = self.render_mail(template_prefix, email, email_context(email, context))
        queue_email(message)


class MFAAdapter(DefaultMFAAdapter):
    """allauth's two-factor adapter with GOV.UK wording."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "add_email_blocked": "You cannot add an email address while two-factor authentication is on",
        "cannot_delete_authenticator": "You cannot turn off two-factor authentication",
        "cannot_generate_recovery_codes": "Turn on two-factor authentication before you create recovery codes",
        "incorrect_code": wording.WRONG_CODE,
        "unverified_email": "Confirm your email address before you turn on two-factor authentication",
    }


def email_context(email: str, context: dict) -> dict:
    """What every account email may use: the service's name and addresses, and allauth's links on the public address.

    allauth builds its links from the request's host; the links in an email go to ACADEMY_BASE_URL instead, so
    every email points at the one public address whatever host the request came in on.
    """
    links = {
        "login_url": absolute_url(reverse("account_login")),
        "password_reset_url": absolute_url(reverse("account_reset_password")),
    }
    for key, value in context.items():
        if key.endswith("_url") and isinstance(value, str) and value:
            links[key] = on_public_address(value)
    return {
        "email": email,
        **context,
        "service_name": settings.ACADEMY_SERVICE_NAME,
        "support_email": settings.ACADEMY_SUPPORT_EMAIL,
        **links,
    }
