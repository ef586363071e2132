"""Django admin: look certificates up, revoke or reissue them (one at a time or in bulk, with a reason), and set
each course's certificate policy. Certificates are never edited or deleted here: what was issued stays issued."""

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from academy.certificates import services
from academy.certificates.forms import ReasonForm
from academy.certificates.models import Certificate, CertificatePolicy, RecertificationReminder

OPERATIONS = {
    "revoke": {
        "service": services.revoke_certificate,
        "title": "Revoke certificates",
        "button": "Revoke",
        "done": "Revoked {count} certificate(s).",
        "help": "The reason is shown to anyone who checks the certificate on the public verification page.",
    },
    "reissue": {
        "service": services.reissue_certificate,
        "title": "Reissue certificates",
        "button": "Reissue",
        "done": "Reissued {count} certificate(s) with new codes; the old codes now show as replaced.",
        "help": "Each certificate gets a new code and a new PDF with the learner's current name. The reason is kept "
        "for the record and not shown publicly. The learner is emailed.",
    },
}


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ["code", "learner", "email", "course", "state", "issued_at", "valid_until"]
    list_filter = ["status", "issued_at"]
    search_fields = ["code", "snapshot__name", "snapshot__course_title", "enrolment__user__email"]
    ordering = ["-issued_at"]
    actions = ["revoke_selected", "reissue_selected"]
    list_select_related = ["enrolment__user"]
    change_form_template = "certificates/admin/change_form.html"
    fields = [
        "code",
        "state",
        "learner",
        "email",
        "course",
        "completed_at",
        "issued_at",
        "valid_until",
        "recertify_from",
        "status_reason",
        "status_changed_at",
        "status_changed_by",
        "replaces",
        "replaced_by",
        "pdf_file",
        "credential_id",
    ]
    readonly_fields = fields

    @admin.display(description="Learner (as issued)")
    def learner(self, certificate: Certificate) -> str:
        return certificate.learner_name

    @admin.display(description="Email")
    def email(self, certificate: Certificate) -> str:
        return certificate.enrolment.user.email if certificate.enrolment_id else "(account erased)"

    @admin.display(description="Course (as issued)")
    def course(self, certificate: Certificate) -> str:
        return certificate.course_title

    @admin.display(description="State")
    def state(self, certificate: Certificate) -> str:
        return certificate.state_label

    @admin.display(description="Replaced by")
    def replaced_by(self, certificate: Certificate):
        return getattr(certificate, "replaced_by", None) or "-"

    @admin.display(description="PDF")
    def pdf_file(self, certificate: Certificate) -> str:
        url = reverse("admin:certificates_pdf", args=[certificate.pk])
        return format_html('<a href="{}">Download the PDF as issued</a>', url)

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/revoke/", view(self.single_view), {"operation": "revoke"}, name="certificates_revoke"),
            path("<int:pk>/reissue/", view(self.single_view), {"operation": "reissue"}, name="certificates_reissue"),
            path("<int:pk>/pdf/", view(self.pdf_view), name="certificates_pdf"),
            *super().get_urls(),
        ]

    @admin.action(description="Revoke selected certificates", permissions=["change"])
    def revoke_selected(self, request, queryset: QuerySet[Certificate]):
        return self._bulk(request, queryset, operation="revoke", action="revoke_selected")

    @admin.action(description="Reissue selected certificates", permissions=["change"])
    def reissue_selected(self, request, queryset: QuerySet[Certificate]):
        return self._bulk(request, queryset, operation="reissue", action="reissue_selected")

    def single_view(self, request, pk: int, operation: str):
        """Revoke or reissue one certificate from its page."""
        if not self.has_change_permission(request):
            raise PermissionDenied
        certificate = get_object_or_404(Certificate, pk=pk)
        form = ReasonForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            results = self._apply(request, [certificate], operation, form.cleaned_data["reason"])
            target = results[0] if results else certificate
            return redirect(reverse("admin:certificates_certificate_change", args=[target.pk]))
        return self._reason_page(request, [certificate], operation, form, action=None)

    def pdf_view(self, request, pk: int):
        if not self.has_view_permission(request):
            raise PermissionDenied
        certificate = get_object_or_404(Certificate, pk=pk)
        return FileResponse(
            certificate.pdf.open("rb"), filename=f"certificate-{certificate.code}.pdf", content_type="application/pdf"
        )

    def _bulk(self, request, queryset, *, operation: str, action: str):
        certificates = list(queryset.select_related("enrolment__user"))
        form = ReasonForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            self._apply(request, certificates, operation, form.cleaned_data["reason"])
            return None  # back to the list
        return self._reason_page(request, certificates, operation, form, action=action)

    def _apply(self, request, certificates: list[Certificate], operation: str, reason: str) -> list[Certificate]:
        service = OPERATIONS[operation]["service"]
        done, failed = [], []
        for certificate in certificates:
            try:
                done.append(service(certificate=certificate, actor=request.user, reason=reason))
            except services.CertificateError as error:
                failed.append(f"{certificate.code}: {error}")
        if done:
            self.message_user(request, OPERATIONS[operation]["done"].format(count=len(done)), messages.SUCCESS)
        for problem in failed:
            self.message_user(request, problem, messages.ERROR)
        return done

    def _reason_page(self, request, certificates, operation: str, form, *, action: str | None):
        details = OPERATIONS[operation]
        context = {
            **self.admin_site.each_context(request),
            "title": details["title"],
            "opts": self.model._meta,
            "selected": certificates,
            "now": timezone.now(),
            "form": form,
            "details": details,
            "action": action,
            "submit_label": details["button"],
            "cancel_label": "Cancel",
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "certificates/admin/reason_form.html", context)


@admin.register(CertificatePolicy)
class CertificatePolicyAdmin(admin.ModelAdmin):
    list_display = ["course", "design", "validity_days", "recertification_window_days"]
    list_select_related = ["course", "design"]
    fields = ["course", "design", "validity_days", "recertification_window_days", "achievement_description"]


@admin.register(RecertificationReminder)
class RecertificationReminderAdmin(admin.ModelAdmin):
    list_display = ["certificate", "sent_at"]
    list_select_related = ["certificate"]
    readonly_fields = ["certificate", "sent_at"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
