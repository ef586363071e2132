"""A learner's data download: prepared by a task, stored privately, offered to its owner for a limited time."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from academy.cohorts.models import export_storage


class DataExport(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Being prepared"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    file = models.FileField(storage=export_storage, upload_to="my-data/", max_length=255, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Data download {self.pk} for {self.user_id} ({self.status})"

    @property
    def is_available(self) -> bool:
        return self.status == self.Status.READY and bool(self.file) and self.expires_at > timezone.now()

    @property
    def download_name(self) -> str:
        return f"my-data-{self.created_at:%Y%m%d-%H%M}.zip"
