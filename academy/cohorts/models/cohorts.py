"""A cohort: a group of learners taking one or more courses together, with deadlines, led by one or more leads."""

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import dateformat, timezone

from academy.cohorts import deadlines


class Cohort(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        ARCHIVED = "archived", "Archived"

    name = models.CharField(max_length=200)
    courses = models.ManyToManyField("courses.CoursePage", through="CohortCourse", related_name="cohorts")
    leads = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="led_cohorts")
    start_date = models.DateField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    join_code = models.CharField(max_length=12, unique=True, null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering = ["-start_date", "name", "pk"]
        permissions = [
            ("lead_cohorts", "Can create cohorts and lead them"),
            ("manage_all_cohorts", "Can see and manage every cohort"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE


class CohortCourse(models.Model):
    """A course taken by a cohort, with its deadline: a fixed date, N days after joining, or none."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="cohort_courses")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    deadline_date = models.DateField(null=True, blank=True)
    deadline_days = models.PositiveSmallIntegerField(null=True, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "course"], name="cohort_course_once"),
            models.CheckConstraint(
                condition=Q(deadline_date__isnull=True) | Q(deadline_days__isnull=True),
                name="cohort_course_one_kind_of_deadline",
            ),
            models.CheckConstraint(
                condition=Q(deadline_days__isnull=True) | Q(deadline_days__gte=1),
                name="cohort_course_deadline_days_positive",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course_id} in {self.cohort_id}"

    @property
    def has_deadline(self) -> bool:
        return self.deadline_date is not None or self.deadline_days is not None

    def rule(self, start_date: date | None = None) -> deadlines.DeadlineRule:
        return deadlines.DeadlineRule(
            fixed=self.deadline_date,
            days=self.deadline_days,
            start=start_date if start_date is not None else self.cohort.start_date,
        )

    def deadline_for(self, joined_at, *, start_date: date | None = None) -> date | None:
        return self.rule(start_date).deadline_for(joined_at)

    def describe_deadline(self) -> str:
        if self.deadline_date is not None:
            return dateformat.format(self.deadline_date, "j F Y")
        if self.deadline_days is not None:
            return f"{self.deadline_days} day{'s' if self.deadline_days != 1 else ''} after joining"
        return "No deadline"


class Membership(models.Model):
    """A learner in a cohort. Removing it never touches the learner's enrolments, progress or certificates."""

    class Source(models.TextChoices):
        INVITATION = "invitation", "Invitation"
        JOIN_CODE = "join_code", "Join code"
        LEAD = "lead", "Added by a lead"

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_memberships")
    joined_at = models.DateTimeField(default=timezone.now)
    source = models.CharField(max_length=12, choices=Source.choices, default=Source.LEAD)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="membership_once_per_cohort")]
        indexes = [models.Index(fields=["cohort", "joined_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.cohort_id}"
