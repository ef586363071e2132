from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from academy.accounts.models import OutgoingEmail, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "organisation", "is_staff", "is_active", "date_joined"]
    search_fields = ["email", "full_name", "organisation"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Profile", {"fields": ("full_name", "organisation", "job_title")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "full_name", "password1", "password2")}),)


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(admin.ModelAdmin):
    """The outbox, to see what is waiting and why an email was given up on (sent emails are deleted)."""

    list_display = ["subject", "created_at", "attempts", "last_error"]
    readonly_fields = ["subject", "body", "html", "to", "from_email", "created_at", "attempts", "last_error"]

    def has_add_permission(self, request):
        return False
