"""Enrolments and completions: one source of truth for progress, read by every page, report and export."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from academy.core.timestamps import UpdatedAt


class Enrolment(UpdatedAt):
    """A learner's enrolment in a course for one cycle. A retake starts a new cycle; old cycles are kept.

    ``percent``, ``completed_at`` and ``next_item`` are a summary kept up to date in the same transaction as each
    completion (see courses.services.progress), so learner pages, lead dashboards and exports agree.
    """

    class Source(models.TextChoices):
        SELF = "self", "Self-enrolled"
        COHORT = "cohort", "Enrolled by a cohort"
        ADMIN = "admin", "Enrolled by an administrator"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments")
    cycle = models.PositiveSmallIntegerField(default=1)
    is_current = models.BooleanField(default=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.SELF)
    enrolled_at = models.DateTimeField(auto_now_add=True)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    percent = models.PositiveSmallIntegerField(default=0)
    required_total = models.PositiveIntegerField(default=0)
    required_done = models.PositiveIntegerField(default=0)
    next_item = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course", "cycle"], name="enrolment_unique_cycle"),
            models.UniqueConstraint(
                fields=["user", "course"], condition=Q(is_current=True), name="enrolment_one_current_per_course"
            ),
            models.CheckConstraint(condition=Q(percent__lte=100), name="enrolment_percent_at_most_100"),
        ]
        indexes = [models.Index(fields=["course", "is_current"])]

    def __str__(self) -> str:
        return f"{self.user} in {self.course} (cycle {self.cycle})"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


class ItemCompletion(models.Model):
    """A course item (lesson or quiz) completed within an enrolment. Written once: unique per enrolment and item."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="completions")
    item = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["enrolment", "item"], name="completion_once_per_item")]

    def __str__(self) -> str:
        return f"{self.item_id} completed in {self.enrolment_id}"


class ProgressEvent(models.Model):
    """History of what happened to an enrolment: kept through retakes and resets."""

    class Kind(models.TextChoices):
        ENROLLED = "enrolled", "Enrolled"
        ITEM_COMPLETED = "item_completed", "Item completed"
        COURSE_COMPLETED = "course_completed", "Course completed"
        RETAKE_STARTED = "retake_started", "Started again"
        RESET = "reset", "Progress reset by an administrator"

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    item = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.enrolment_id})"
