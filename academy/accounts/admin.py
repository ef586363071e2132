from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.urls import reverse

from academy.accounts.models import OrganisationIdentityProvider, OutgoingEmail, User
from academy.accounts.sso.forms import IdentityProviderForm
from academy.audit import actions
from academy.audit.admin import AuditedAdminMixin
from academy.core.links import absolute_url


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


@admin.register(OrganisationIdentityProvider)
class OrganisationIdentityProviderAdmin(AuditedAdminMixin, admin.ModelAdmin):
    """Single sign-on: one row per organisation's OpenID Connect provider ("Sign in with <name>")."""

    audit_action = actions.SSO_CONFIGURATION_CHANGED

    form = IdentityProviderForm
    list_display = ["name", "slug", "server_url", "counts_as_mfa", "enabled"]
    list_filter = ["enabled", "counts_as_mfa"]
    search_fields = ["name", "slug", "organisation", "allowed_email_domains"]
    readonly_fields = ["callback_address"]
    fieldsets = (
        (None, {"fields": ("name", "slug", "organisation", "enabled")}),
        ("Provider", {"fields": ("server_url", "client_id", "client_secret", "callback_address")}),
        ("Who may sign in", {"fields": ("allowed_email_domains", "tenant_ids", "counts_as_mfa")}),
    )

    @admin.display(description="redirect (callback) address to register with the provider")
    def callback_address(self, obj) -> str:
        if not obj or not obj.slug:
            return "Shown once the provider is saved."
        return absolute_url(reverse("openid_connect_callback", kwargs={"provider_id": obj.slug}))
