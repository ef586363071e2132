"""Tokens that HR and reporting systems present to the read-only API."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class ApiToken(models.Model):
    """A bearer token scoped to the organisations whose records it may read. Only a hash of the secret is kept.

    The secret is shown once, when the token is created; ``prefix`` (its first characters) lets an administrator
    tell tokens apart without it. A token stops working when revoked or past ``expires_at``.
    """

    name = models.CharField(max_length=200, help_text="Who uses it, for example “Northshire HR system”.")
    prefix = models.CharField(max_length=12, editable=False)
    secret_hash = models.CharField(max_length=64, unique=True, editable=False)  # sha256 hex of the whole secret
    organisations = models.JSONField(
        default=list, help_text="The organisations (as learners’ profiles name them) whose records it may read."
    )
    expires_at = models.DateTimeField(null=True, blank=True, help_text="Leave empty for no expiry.")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def is_usable_at(self, moment) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > moment)
