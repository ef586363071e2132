"""Large exports run as Celery tasks; this row tracks one from request to download (or failure)."""

import os
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import models
from django.utils import timezone

STALLED_AFTER = timedelta(minutes=15)


class PrivateExportStorage(FileSystemStorage):
    """ACADEMY_COHORT_EXPORT_ROOT, read when used (not at import), with no public URL."""

    @property
    def base_location(self):
        return str(settings.ACADEMY_COHORT_EXPORT_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None


def export_storage():
    """Where export files live: STORAGES["cohort_exports"] when configured (e.g. S3), else a private directory.

    Never under MEDIA_ROOT: files are only served by a view that checks the person may see the cohort.
    """
    if "cohort_exports" in settings.STORAGES:
        return storages["cohort_exports"]
    return PrivateExportStorage()


class Export(models.Model):
    class Kind(models.TextChoices):
        DASHBOARD = "dashboard", "Progress"
        QUIZ_RESULTS = "quiz_results", "Quiz results"

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "Excel (XLSX)"

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to start"
        RUNNING = "running", "In progress"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="exports")
    course = models.ForeignKey("courses.CoursePage", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.DASHBOARD)
    format = models.CharField(max_length=4, choices=Format.choices, default=Format.CSV)
    filters = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    file = models.FileField(storage=export_storage, upload_to="cohort-exports/", max_length=255, blank=True)
    error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} export of {self.cohort_id} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in {self.Status.READY, self.Status.FAILED}

    @property
    def is_stalled(self) -> bool:
        """Not finished and not heard from for a while: the worker probably died. Shown as a failure."""
        return not self.is_finished and self.updated_at < timezone.now() - STALLED_AFTER

    @property
    def percent(self) -> int:
        if self.status == self.Status.READY:
            return 100
        return int(100 * self.rows_done / self.rows_total) if self.rows_total else 0

    @property
    def download_name(self) -> str:
        return f"{self.kind.replace('_', '-')}-{self.created_at:%Y%m%d-%H%M}.{self.format}"
