"""Deadline reminders: the learner's choice, and logs whose unique constraints make every send happen once."""

from django.conf import settings
from django.db import models


class ReminderPreference(models.Model):
    """Whether a learner wants deadline reminder emails. No row means yes (the default)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    deadline_reminders = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.user_id}: reminders {'on' if self.deadline_reminders else 'off'}"


class ReminderLog(models.Model):
    """A deadline reminder sent to a learner. One per membership, course, deadline and kind ("before-7", "overdue").

    The deadline is part of the key so that moving a deadline gives the learner reminders for the new date.
    """

    membership = models.ForeignKey("cohorts.Membership", on_delete=models.CASCADE, related_name="reminders")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    deadline = models.DateField()
    kind = models.CharField(max_length=20)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["membership", "course", "deadline", "kind"], name="reminder_once_per_deadline_and_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} reminder for {self.membership_id} ({self.deadline})"


class DigestLog(models.Model):
    """The weekly digest sent to a lead: one per lead and week."""

    lead = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    week_starting = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["lead", "week_starting"], name="digest_once_per_lead_and_week")]

    def __str__(self) -> str:
        return f"Digest for {self.lead_id}, week of {self.week_starting}"
