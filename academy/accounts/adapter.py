from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.conf import settings

from academy.accounts.mail import queue_email
from academy.accounts.policy import DOMAIN_NOT_ALLOWED, is_email_allowed


class AccountAdapter(DefaultAccountAdapter):
    """allauth adapter: applies the email domain allow-list and sends every email through Celery."""

    def clean_email(self, email: str) -> str:
        email = super().clean_email(email)
        if not is_email_allowed(email, allowed=settings.ACADEMY_ALLOWED_EMAIL_DOMAINS):
            raise forms.ValidationError(DOMAIN_NOT_ALLOWED, code="domain_not_allowed")
        return email

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        context = {**context, "service_name": settings.ACADEMY_SERVICE_NAME}
        message = self.render_mail(template_prefix, email, context)
        queue_email(message)
