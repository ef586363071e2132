from django.contrib import admin

from academy.events.models import Attendance, Booking, Session


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["title", "cohort", "starts_at", "capacity", "required", "status"]
    list_filter = ["status", "required"]
    search_fields = ["title", "cohort__name"]
    raw_id_fields = ["cohort"]
    readonly_fields = ["uid", "sequence"]


@admin.register(Booking)
class BookingAdmin(admin.ModelAdmin):
    list_display = ["session", "user", "status", "queued_at", "promoted_at"]
    list_filter = ["status"]
    raw_id_fields = ["session", "user"]


@admin.register(Attendance)
class AttendanceAdmin(admin.ModelAdmin):
    list_display = ["session", "user", "status", "recorded_at"]
    list_filter = ["status"]
    raw_id_fields = ["session", "user", "recorded_by"]
