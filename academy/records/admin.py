"""Django admin: the LRS endpoints (credentials stored, never shown back) with their delivery health, and the
statements' deliveries per status and endpoint with the LRS's last error, to retry what an LRS refused."""

import json

from django import forms
from django.contrib import admin, messages
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Count, Q
from django.utils.html import format_html

from academy.audit import actions
from academy.audit.admin import AuditedAdminMixin
from academy.records import services
from academy.records.models import Delivery, LRSEndpoint, Statement

PASSWORD_KEPT = "Leave empty to keep the stored secret."  # noqa: S105 - help text
NOT_BUILT = (
    "Not built yet: a task builds it right after its event is saved, or the minute's sweep if that failed. "
    "It is sent once built."
)


class LRSEndpointForm(forms.ModelForm):
    password = forms.CharField(
        label="Password or secret",
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=PASSWORD_KEPT,
    )
    url = forms.URLField(
        label="xAPI address",
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"])],
        assume_scheme="https",
        help_text=LRSEndpoint._meta.get_field("url").help_text,
    )

    class Meta:
        model = LRSEndpoint
        fields = ["name", "url", "username", "password", "organisations", "enabled"]

    def save(self, commit=True):
        endpoint = super().save(commit=False)
        if not self.cleaned_data.get("password") and endpoint.pk:
            endpoint.password = LRSEndpoint.objects.values_list("password", flat=True).get(pk=endpoint.pk)
        if commit:
            endpoint.save()
        return endpoint


@admin.register(LRSEndpoint)
class LRSEndpointAdmin(AuditedAdminMixin, admin.ModelAdmin):
    audit_action = actions.LRS_ENDPOINT_CHANGED
    form = LRSEndpointForm
    list_display = ["name", "url", "enabled", "pending", "failed", "delivered", "last_success_at", "health"]
    list_filter = ["enabled"]
    search_fields = ["name", "url"]
    readonly_fields = ["failures", "retry_after", "last_error", "last_success_at", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "url", "username", "password", "organisations", "enabled"]}),
        ("Delivery", {"fields": readonly_fields}),
    ]
    actions = ["send_now"]

    def get_queryset(self, request):
        by_status = {
            status: Count("deliveries", filter=Q(deliveries__status=status))
            for status in ("pending", "failed", "delivered")
        }
        return super().get_queryset(request).annotate(**{f"{key}_count": value for key, value in by_status.items()})

    @admin.display(description="Pending", ordering="pending_count")
    def pending(self, endpoint):
        return endpoint.pending_count

    @admin.display(description="Rejected", ordering="failed_count")
    def failed(self, endpoint):
        return endpoint.failed_count

    @admin.display(description="Delivered", ordering="delivered_count")
    def delivered(self, endpoint):
        return endpoint.delivered_count

    @admin.display(description="Health")
    def health(self, endpoint):
        if not endpoint.last_error:
            return "Working" if endpoint.last_success_at else "Not tried yet"
        return format_html("Unavailable, retrying after {}: {}", endpoint.retry_after, endpoint.last_error[:200])

    @admin.action(description="Send pending statements now (ends the back-off)")
    def send_now(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        queryset.update(retry_after=None)
        for endpoint_id in ids:
            transaction.on_commit(lambda endpoint_id=endpoint_id: services.queue_delivery(endpoint_id))
        messages.success(request, f"Sending queued for {len(ids)} endpoint(s).")


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["statement_id", "verb", "timestamp", "endpoint", "status", "attempts", "error", "delivered_at"]
    list_filter = ["status", "endpoint"]
    list_select_related = ["statement", "endpoint"]
    search_fields = ["=statement__id"]
    ordering = ["-statement__timestamp", "pk"]
    actions = ["send_again"]
    readonly_fields = ["statement", "endpoint", "status", "attempts", "last_error", "delivered_at", "updated_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="Verb")
    def verb(self, delivery):
        return delivery.statement.verb

    @admin.display(description="Timestamp", ordering="statement__timestamp")
    def timestamp(self, delivery):
        return delivery.statement.timestamp

    @admin.display(description="Last error")
    def error(self, delivery):
        return delivery.last_error[:200]

    @admin.action(description="Send again (the LRS keeps one copy of each statement id)")
    def send_again(self, request, queryset):
        endpoints = set(queryset.values_list("endpoint_id", flat=True))
        count = queryset.update(status=Delivery.Status.PENDING)
        for endpoint_id in endpoints:
            transaction.on_commit(lambda endpoint_id=endpoint_id: services.queue_delivery(endpoint_id))
        messages.success(request, f"{count} statement(s) put back to pending.")


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["id", "verb", "timestamp", "organisation", "built"]
    list_filter = ["verb", "built"]
    search_fields = ["=id"]
    date_hierarchy = "timestamp"
    fields = ["id", "verb", "timestamp", "organisation", "built", "statement"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="Statement (as sent)")
    def statement(self, statement):
        if not statement.built:
            return NOT_BUILT
        return format_html("<pre>{}</pre>", json.dumps(statement.data, indent=2))
