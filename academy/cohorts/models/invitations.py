"""Invitations to a cohort (single-use, expiring token; only its hash is stored) and the results of each batch."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class Invitation(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        EXPIRED = "expired", "Expired"
        ACCEPTED = "accepted", "Accepted"
        REVOKED = "revoked", "Revoked"

    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(max_length=254)  # stored in lower case
    full_name = models.CharField(max_length=200, blank=True)
    organisation = models.CharField(max_length=200, blank=True)
    # SHA-256 of a 256-bit random token: the token itself is only ever in the email.
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    send_count = models.PositiveSmallIntegerField(default=0)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "email"],
                condition=Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="invitation_one_open_per_email",
            ),
            models.CheckConstraint(
                condition=Q(accepted_at__isnull=True) | Q(revoked_at__isnull=True),
                name="invitation_not_accepted_and_revoked",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} to {self.cohort_id}"

    @property
    def status(self) -> str:
        if self.accepted_at is not None:
            return self.Status.ACCEPTED
        if self.revoked_at is not None:
            return self.Status.REVOKED
        if self.expires_at <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.PENDING

    def get_status_display(self) -> str:
        return self.Status(self.status).label

    @property
    def is_open(self) -> bool:
        """Not accepted or revoked: may be resent (an expired one too) or revoked."""
        return self.accepted_at is None and self.revoked_at is None


class InvitationBatch(models.Model):
    """One upload or list of emails, with a result per row: kept so the lead can download the results file."""

    class Source(models.TextChoices):
        CSV = "csv", "CSV upload"
        LIST = "list", "List of email addresses"

    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="invitation_batches")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    source = models.CharField(max_length=4, choices=Source.choices)
    filename = models.CharField(max_length=255, blank=True)
    # [{"row": 2, "email": ..., "name": ..., "organisation": ..., "outcome": ..., "reason": ...}, ...]
    results = models.JSONField(default=list)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Invitations to {self.cohort_id} at {self.created_at:%Y-%m-%d %H:%M}"

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self.results:
            counts[row["outcome"]] = counts.get(row["outcome"], 0) + 1
        return counts
