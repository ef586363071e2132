"""100-day plans: the template authors edit, a cohort's plan settings, the learner's plan, its submitted versions
(immutable snapshots), structured feedback, and peer learning groups with their comments."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

SECTIONS = (
    ("challenge", "Commissioning challenge"),
    ("outcome", "Outcome sought and how it will be measured"),
    ("actions", "Actions"),
    ("stakeholders", "Stakeholders"),
    ("risks", "Risks"),
    ("review", "Review at 100 days"),
)


class PlanTemplate(ClusterableModel):
    """What a cohort's plans ask for: guidance for each section, and the criteria feedback is given against."""

    name = models.CharField(max_length=200, unique=True)
    introduction = models.TextField(blank=True, help_text="Shown at the top of the learner's plan.")
    challenge_guidance = models.TextField(blank=True)
    outcome_guidance = models.TextField(blank=True)
    actions_guidance = models.TextField(blank=True)
    stakeholders_guidance = models.TextField(blank=True)
    risks_guidance = models.TextField(blank=True)
    review_guidance = models.TextField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel(f"{key}_guidance", heading=label) for key, label in SECTIONS], heading="Guidance per section"
        ),
        InlinePanel("criteria", heading="Feedback criteria", label="Criterion", min_num=1),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def guidance(self) -> dict[str, str]:
        return {key: getattr(self, f"{key}_guidance") for key, _ in SECTIONS}


class FeedbackCriterion(Orderable):
    template = ParentalKey(PlanTemplate, on_delete=models.CASCADE, related_name="criteria")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)

    panels = [FieldPanel("title"), FieldPanel("description")]

    def __str__(self) -> str:
        return self.title


class CohortPlanSettings(models.Model):
    """A cohort's 100-day plan: its template, and whether an accepted plan is needed for a certificate."""

    cohort = models.OneToOneField("cohorts.Cohort", on_delete=models.CASCADE, related_name="plan_settings")
    template = models.ForeignKey(PlanTemplate, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    required_for_completion = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"Plan settings of {self.cohort_id}"


class Plan(models.Model):
    """One learner's plan in one cohort. Editable by its owner while a draft or after feedback."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Awaiting feedback"
        FEEDBACK = "feedback", "Feedback given"
        ACCEPTED = "accepted", "Accepted"

    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="plans")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plans")
    title = models.CharField(max_length=200, blank=True)
    challenge = models.TextField(blank=True)
    outcome = models.TextField(blank=True)
    measures = models.TextField(blank=True)
    actions = models.JSONField(default=list, blank=True)  # [{"action", "owner", "due"}], due as ISO date or ""
    stakeholders = models.JSONField(default=list, blank=True)  # [{"name", "kind", "interest"}]
    risks = models.JSONField(default=list, blank=True)  # [{"risk", "mitigation"}]
    review = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    shared_with_group = models.BooleanField(default=False)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="plans_to_review"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cohort", "owner"], name="plan_once_per_cohort_member"),
            models.CheckConstraint(
                condition=~Q(status="accepted") | Q(accepted_at__isnull=False), name="plan_accepted_has_a_date"
            ),
        ]
        indexes = [models.Index(fields=["cohort", "status"])]

    def __str__(self) -> str:
        return self.display_title

    @property
    def display_title(self) -> str:
        """The title, else the challenge's first words: what a certificate and a board pack call the plan."""
        if self.title.strip():
            return self.title.strip()
        words = " ".join(self.challenge.split())
        return (words[:80] + "…") if len(words) > 80 else (words or "Untitled plan")

    @property
    def is_editable(self) -> bool:
        return self.status in {self.Status.DRAFT, self.Status.FEEDBACK}

    def content(self) -> dict:
        """What a version keeps: every field the learner writes."""
        return {
            "title": self.title,
            "challenge": self.challenge,
            "outcome": self.outcome,
            "measures": self.measures,
            "actions": list(self.actions),
            "stakeholders": list(self.stakeholders),
            "risks": list(self.risks),
            "review": self.review,
        }


class PlanVersion(models.Model):
    """A submitted plan as it was when submitted. Never changed afterwards: feedback refers to it."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    content = models.JSONField()
    submitted_at = models.DateTimeField()
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["plan", "number"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="plan_version_number_once")]

    def __str__(self) -> str:
        return f"Version {self.number} of plan {self.plan_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValidationError("A submitted version cannot be changed.")
        super().save(*args, **kwargs)


class Feedback(models.Model):
    """Structured feedback on one version: per criterion a rating and a comment (copied, so editing the template
    later leaves given feedback as it was), and an overall comment."""

    class Rating(models.TextChoices):
        MET = "met", "Meets the criterion"
        PARTLY = "partly", "Partly meets the criterion"
        NOT_YET = "not_yet", "Does not meet it yet"

    version = models.ForeignKey(PlanVersion, on_delete=models.CASCADE, related_name="feedback")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    ratings = models.JSONField(default=list)  # [{"criterion", "rating", "comment"}]
    summary = models.TextField(blank=True)
    given_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["given_at", "pk"]

    def __str__(self) -> str:
        return f"Feedback on {self.version_id}"

    def rating_rows(self) -> list[dict]:
        labels = dict(self.Rating.choices)
        return [{**row, "label": labels.get(row.get("rating"), row.get("rating", ""))} for row in self.ratings]


class PeerGroup(models.Model):
    """An action learning set: a few members of one cohort who see each other's shared plans."""

    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="peer_groups")
    name = models.CharField(max_length=100)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [models.UniqueConstraint(fields=["cohort", "name"], name="peer_group_name_once_per_cohort")]

    def __str__(self) -> str:
        return self.name


class PeerGroupMember(models.Model):
    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="+")
    group = models.ForeignKey(PeerGroup, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="peer_groups")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="one_peer_group_per_cohort")]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.group_id}"


class Comment(models.Model):
    """A group member's comment on a shared plan: plain text. Hidden by a lead, it stays for the lead to see."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Comment {self.pk} on plan {self.plan_id}"

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None


class CommentReport(models.Model):
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["comment", "reporter"], name="comment_reported_once_each")]

    def __str__(self) -> str:
        return f"Report of {self.comment_id} by {self.reporter_id}"
