"""Django admin for enrolments: read-only progress and history, and "Reset progress" with a reason."""

from django.contrib import admin, messages
from django.template.response import TemplateResponse

from courses.forms import ResetProgressForm
from courses.models import Enrolment, ItemCompletion, ProgressEvent
from courses.services.progress import ProgressError, reset_progress


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return True  # shown only inside the enrolment's own page, which checks its permissions


class ProgressEventInline(ReadOnlyInline):
    model = ProgressEvent
    fields = readonly_fields = ["created_at", "kind", "item", "actor", "reason"]
    verbose_name_plural = "History"


class ItemCompletionInline(ReadOnlyInline):
    model = ItemCompletion
    fields = readonly_fields = ["item", "completed_at"]
    verbose_name_plural = "Completed items"


@admin.register(Enrolment)
class EnrolmentAdmin(admin.ModelAdmin):
    """Progress is changed only through the progress service, so every field here is read-only."""

    list_display = ["user", "course", "cycle", "is_current", "percent", "completed_at", "last_activity_at"]
    list_filter = ["is_current", "source", ("completed_at", admin.EmptyFieldListFilter)]
    list_select_related = ["user", "course"]
    search_fields = ["user__email", "user__full_name", "course__title"]
    date_hierarchy = "enrolled_at"
    readonly_fields = [
        "user",
        "course",
        "cycle",
        "is_current",
        "source",
        "enrolled_at",
        "last_activity_at",
        "completed_at",
        "percent",
        "required_total",
        "required_done",
        "next_item",
    ]
    fields = readonly_fields
    inlines = [ItemCompletionInline, ProgressEventInline]
    actions = ["reset_progress_action"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # the history of learning is kept; "Reset progress" starts a new cycle instead

    @admin.action(description="Reset progress of the selected enrolments", permissions=["change"])
    def reset_progress_action(self, request, queryset):
        """Ask for a reason on an intermediate page, then reset each current enrolment through the service."""
        form = ResetProgressForm(request.POST if "apply" in request.POST else None)
        enrolments = list(queryset.select_related("user", "course").order_by("pk"))
        if form.is_valid():
            reset, skipped = 0, 0
            for enrolment in enrolments:
                try:
                    reset_progress(enrolment=enrolment, actor=request.user, reason=form.cleaned_data["reason"])
                except ProgressError:  # an earlier cycle: only the current one can be reset
                    skipped += 1
                else:
                    reset += 1
            self.message_user(request, f"Progress reset for {reset} enrolment{'s' if reset != 1 else ''}.")
            if skipped:
                self.message_user(
                    request,
                    f"{skipped} earlier cycle{'s were' if skipped != 1 else ' was'} skipped: "
                    "only a learner's current enrolment can be reset.",
                    level=messages.WARNING,
                )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Reset progress",
            "opts": self.model._meta,
            "selected": enrolments,
            "form": form,
            "action": "reset_progress_action",
            "submit_label": "Reset progress",
            "cancel_label": "No, take me back",
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/courses/enrolment/reset_progress.html", context)
