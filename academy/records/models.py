"""xAPI statements in an outbox, the learning record stores (LRSs) they go to, and each statement's delivery to each.

A Statement is written in the transaction of the event it records, with its id fixed then, so a resend is the same
statement and an LRS keeps it once. A Delivery per (statement, endpoint) says whether that LRS has it.

A quiz's statements are written unbuilt (``built`` false): the row holds the id, learner, verb and timestamp, and
what to build the rest from (``kind`` and ``source_id``, the attempt); a task builds ``data`` after the commit and
only then makes its deliveries. Building reads the cohort, enrolment and course, which a submission's transaction
need not wait for.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class LRSEndpoint(models.Model):
    """A learning record store that receives statements: the xAPI base address and the credentials of Basic auth."""

    name = models.CharField(max_length=100, unique=True, help_text="For administrators and the resend command.")
    url = models.URLField(
        "xAPI address",
        max_length=500,
        help_text="The LRS's xAPI base address, for example https://lrs.example.org/xAPI/ "
        "(statements are posted to its statements resource).",
    )
    username = models.CharField(max_length=200, blank=True, help_text="The Basic auth key or user name.")
    password = models.CharField(max_length=500, blank=True, help_text="The Basic auth secret. Never shown again.")
    organisations = models.TextField(
        blank=True,
        help_text="The learners' organisations whose records it receives, one a line, as in their profiles. "
        "Leave empty for every learner.",
    )
    enabled = models.BooleanField(default=True, help_text="Statements are queued for it and sent while enabled.")
    # Back-off after a failure: nothing is sent to it before retry_after; each failure in a row doubles the wait.
    failures = models.PositiveIntegerField(default=0)
    retry_after = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "LRS endpoint"

    def __str__(self) -> str:
        return self.name

    @property
    def statements_url(self) -> str:
        return self.url.rstrip("/") + "/statements"

    def organisation_names(self) -> set[str]:
        return {line.strip().casefold() for line in self.organisations.splitlines() if line.strip()}

    def receives(self, organisation: str) -> bool:
        names = self.organisation_names()
        return not names or (organisation or "").strip().casefold() in names


class Statement(models.Model):
    """One xAPI statement, as sent (``data``), its id fixed at creation."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.CASCADE, related_name="xapi_statements"
    )  # an erased learner's statements go with them; what an LRS already holds is that LRS's to erase
    verb = models.CharField(max_length=30)
    organisation = models.CharField(max_length=200, blank=True)
    timestamp = models.DateTimeField(default=timezone.now, db_index=True)
    data = models.JSONField()  # {} until built
    created_at = models.DateTimeField(auto_now_add=True)
    # False: ``data`` is still to be built from the ``kind`` of event and its record (``source_id``), after the
    # event's commit; nothing reads or sends the statement until then.
    built = models.BooleanField(default=True)
    kind = models.CharField(max_length=30, blank=True)
    source_id = models.BigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-timestamp", "id"]
        indexes = [  # the sweep's search for statements left unbuilt: a handful at most, so a small partial index
            models.Index(fields=["created_at"], condition=models.Q(built=False), name="statement_unbuilt")
        ]

    def __str__(self) -> str:
        return f"{self.verb} {self.id}"


class Delivery(models.Model):
    """Whether one endpoint has one statement. Pending until the LRS accepts it (or already had it)."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Rejected by the LRS"

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="deliveries")
    endpoint = models.ForeignKey(LRSEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["statement", "endpoint"], name="delivery_once_per_endpoint")]
        indexes = [models.Index(fields=["endpoint", "status"])]
        verbose_name_plural = "deliveries"

    def __str__(self) -> str:
        return f"{self.statement_id} to {self.endpoint_id}: {self.status}"
