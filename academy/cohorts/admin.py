"""Django admin for administrators: cohorts, members and invitations (day-to-day work happens in the lead area)."""

from django.contrib import admin

from academy.cohorts.models import Cohort, CohortCourse, Export, Invitation, Membership, ReminderLog


class CohortCourseInline(admin.TabularInline):
    model = CohortCourse
    extra = 0
    raw_id_fields = ["course"]


@admin.register(Cohort)
class CohortAdmin(admin.ModelAdmin):
    list_display = ["name", "start_date", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["name"]
    filter_horizontal = ["leads"]
    inlines = [CohortCourseInline]
    readonly_fields = ["join_code", "created_by", "created_at", "updated_at"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "cohort", "joined_at", "source"]
    list_filter = ["source"]
    search_fields = ["user__email", "user__full_name", "cohort__name"]
    raw_id_fields = ["user", "cohort"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "cohort", "created_at", "expires_at", "accepted_at", "revoked_at"]
    search_fields = ["email", "cohort__name"]
    raw_id_fields = ["cohort", "invited_by", "accepted_by"]
    readonly_fields = ["token_hash"]


@admin.register(ReminderLog)
class ReminderLogAdmin(admin.ModelAdmin):
    list_display = ["membership", "course", "deadline", "kind", "sent_at"]
    list_filter = ["kind"]
    raw_id_fields = ["membership", "course"]


@admin.register(Export)
class ExportAdmin(admin.ModelAdmin):
    list_display = ["cohort", "kind", "format", "status", "rows_total", "created_at"]
    list_filter = ["status", "kind", "format"]
    raw_id_fields = ["cohort", "course", "requested_by"]
