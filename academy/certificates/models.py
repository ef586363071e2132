"""Certificates, their designs, the per-course certificate policy, and the log of recertification reminders."""

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model_string

from academy.certificates.logos import logo_problem
from academy.certificates.storage import select_storage
from academy.core.timestamps import UpdatedAt

ONE_DEFAULT = "Another design is already the default: untick “Default design” there first"


class CertificateDesign(models.Model):
    """How certificates look for a course or an organisation: a logo, who signs them, and the CPD hours they carry.

    Chosen per course in its certificate policy; a course without one uses the default design, if any. A design is
    copied into each certificate's snapshot at issue, so editing it changes certificates issued afterwards (and
    reissues) only.
    """

    name = models.CharField(
        max_length=100, unique=True, help_text="For administrators only, for example the organisation’s name."
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A PNG or JPEG image, smaller than 2 MB. It is scaled to fit a box 6 cm wide and 2 cm high.",
    )
    logo_alt_text = models.CharField(
        "Logo alternative text",
        max_length=200,
        blank=True,
        help_text="What the logo says, for people who cannot see it, usually the organisation’s name. "
        "Leave empty only if the logo repeats words printed on the certificate.",
    )
    signatory_name = models.CharField(max_length=100, blank=True, help_text="For example, Dr Helen Okafor")
    signatory_role = models.CharField(max_length=150, blank=True, help_text="For example, Director of Learning")
    cpd_hours = models.DecimalField(
        "CPD hours",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("500"))],
        help_text="Hours of continuing professional development the course counts for, such as 7.5. "
        "Leave empty to leave them off.",
    )
    is_default = models.BooleanField(
        "Default design", default=False, help_text="Used for every course whose certificate policy names no design."
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("logo_alt_text")], heading="Logo"),
        MultiFieldPanel([FieldPanel("signatory_name"), FieldPanel("signatory_role")], heading="Signatory"),
        FieldPanel("cpd_hours"),
        FieldPanel("is_default"),
    ]

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="certificate_design_one_default",
                violation_error_message=ONE_DEFAULT,
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.logo_id is not None:
            problem = logo_problem(self.logo)
            if problem:
                raise ValidationError({"logo": problem})


class CertificatePolicy(models.Model):
    """How long a course's certificates stay valid, and when learners are asked to recertify.

    Kept here rather than on the course page, because courses know nothing of certificates. Changes apply to
    certificates issued afterwards: an issued certificate keeps the dates it was issued with.
    """

    course = models.OneToOneField("courses.CoursePage", on_delete=models.CASCADE, related_name="certificate_policy")
    validity_days = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Days a certificate stays valid after the course is completed. Leave empty for no expiry.",
    )
    recertification_window_days = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Days before expiry when the learner is reminded and may retake the course. Needs a validity.",
    )
    achievement_description = models.TextField(
        blank=True, help_text="What the certificate shows the learner can do. Empty: the course summary is used."
    )
    design = models.ForeignKey(
        CertificateDesign,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="policies",
        help_text="The logo, signatory and CPD hours printed on this course’s certificates. "
        "Empty: the default design, if there is one.",
    )

    class Meta:
        verbose_name_plural = "certificate policies"
        constraints = [
            models.CheckConstraint(
                condition=Q(recertification_window_days__isnull=True)
                | Q(validity_days__isnull=False, recertification_window_days__lt=F("validity_days")),
                name="certificate_policy_window_within_validity",
            ),
            models.CheckConstraint(
                condition=Q(validity_days__isnull=True) | Q(validity_days__gt=0),
                name="certificate_policy_validity_positive",
            ),
        ]

    def __str__(self) -> str:
        return f"Certificate policy for {self.course}"


class Certificate(UpdatedAt):
    """One certificate for one enrolment (learner, course and cycle), rendered once and never altered.

    ``snapshot`` holds what the certificate shows as it was at issue; the PDF is rendered from it once. A reissue
    (e.g. after a name correction) makes a new certificate with a new code that ``replaces`` this one, which becomes
    superseded. Expiry is not a stored status: a valid certificate past ``valid_until`` reads as expired.
    """

    class Status(models.TextChoices):
        VALID = "valid", "Valid"
        REVOKED = "revoked", "Revoked"
        SUPERSEDED = "superseded", "Superseded"

    class State(models.TextChoices):  # what a person is told: status plus expiry
        VALID = "valid", "Valid"
        EXPIRED = "expired", "Expired"
        REVOKED = "revoked", "Revoked"
        SUPERSEDED = "superseded", "Replaced"

    code = models.CharField(max_length=24, unique=True)
    enrolment = models.ForeignKey(
        "courses.Enrolment", null=True, on_delete=models.SET_NULL, related_name="certificates"
    )  # null once a learner's account is erased: the snapshot keeps what verification needs
    replaces = models.OneToOneField("self", null=True, blank=True, on_delete=models.PROTECT, related_name="replaced_by")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.VALID)
    status_reason = models.TextField(blank=True)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField()
    valid_until = models.DateTimeField(null=True, blank=True)
    recertify_from = models.DateTimeField(null=True, blank=True)
    snapshot = models.JSONField()
    pdf = models.FileField(storage=select_storage, upload_to="%Y/%m/", max_length=200)
    credential_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    credential_jwt = models.TextField(help_text="The signed Open Badges 3.0 credential (VC-JWT).")

    class Meta:
        ordering = ["-issued_at", "-pk"]
        constraints = [
            # Issuing on completion is idempotent: one original certificate per enrolment, whatever its status.
            models.UniqueConstraint(
                fields=["enrolment"], condition=Q(replaces__isnull=True), name="certificate_one_original_per_enrolment"
            ),
            # Reissuing is safe under concurrency: at most one live certificate per enrolment.
            models.UniqueConstraint(
                fields=["enrolment"], condition=Q(status="valid"), name="certificate_one_live_per_enrolment"
            ),
            models.CheckConstraint(
                condition=Q(status="valid") | ~Q(status_changed_at=None), name="certificate_status_change_dated"
            ),
        ]
        indexes = [models.Index(fields=["status", "recertify_from"])]

    def __str__(self) -> str:
        return self.code

    def state_at(self, moment) -> str:
        if self.status != self.Status.VALID:
            return self.status
        if self.valid_until is not None and self.valid_until <= moment:
            return self.State.EXPIRED
        return self.State.VALID

    @property
    def state(self) -> str:
        return self.state_at(timezone.now())

    @property
    def state_label(self) -> str:
        return self.State(self.state).label

    @property
    def learner_name(self) -> str:
        return self.snapshot.get("name", "")

    @property
    def course_title(self) -> str:
        return self.snapshot.get("course_title", "")

    @property
    def achievements(self) -> list[str]:
        """What else the certificate names (an accepted 100-day plan), as at issue."""
        return list(self.snapshot.get("achievements") or [])


class RecertificationReminder(models.Model):
    """A reminder sent when a certificate's recertification window opened. One per certificate, ever."""

    certificate = models.OneToOneField(Certificate, on_delete=models.CASCADE, related_name="reminder")
    sent_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Reminder for {self.certificate_id}"
