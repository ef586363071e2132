"""Django admin: administrators create API tokens (the secret is shown once), see when each was last used, and
revoke them. Tokens are never deleted, so the record of who could read what stays."""

from django import forms
from django.contrib import admin, messages
from django.utils import timezone

from academy.api import tokens
from academy.api.models import ApiToken
from academy.audit import actions
from academy.audit import services as audit

SECRET_SHOWN_ONCE = (
    "Copy the token now: it is shown only once. Send it as “Authorization: Bearer {secret}”. "  # noqa: S105
    "Only a hash is kept, so a lost token cannot be recovered: revoke it and create another."
)


class ApiTokenForm(forms.ModelForm):
    organisations_text = forms.CharField(
        label="Organisations",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="One per line, as learners’ profiles name them (capitals and spacing do not matter).",
    )

    class Meta:
        model = ApiToken
        fields = ["name", "expires_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["organisations_text"].initial = "\n".join(self.instance.organisations)

    def clean_organisations_text(self) -> list[str]:
        names = tokens.normalise_organisations(self.cleaned_data["organisations_text"].splitlines())
        if not names:
            raise forms.ValidationError(tokens.NO_ORGANISATION)
        return names

    def clean_expires_at(self):
        expires_at = self.cleaned_data.get("expires_at")
        if expires_at is not None and expires_at <= timezone.now():
            raise forms.ValidationError("Choose a time in the future, or leave it empty for no expiry.")
        return expires_at


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    form = ApiTokenForm
    list_display = ["name", "prefix", "organisation_list", "status", "expires_at", "last_used_at", "created_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "prefix"]
    actions = ["revoke_selected"]
    readonly_fields = ["prefix", "created_at", "created_by", "revoked_at", "revoked_by", "last_used_at"]

    def get_fields(self, request, obj=None):
        editable = ["name", "organisations_text", "expires_at"]
        return editable if obj is None else ["name", "organisations_text", "expires_at", *self.readonly_fields]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="Organisations")
    def organisation_list(self, token: ApiToken) -> str:
        return ", ".join(token.organisations)

    @admin.display(description="Status")
    def status(self, token: ApiToken) -> str:
        if token.revoked_at is not None:
            return "Revoked"
        return "Active" if token.is_usable_at(timezone.now()) else "Expired"

    def save_model(self, request, obj, form, change):
        if change:
            obj.organisations = form.cleaned_data["organisations_text"]
            obj.save()
            audit.record(
                actions.API_TOKEN_CHANGED,
                actor=request.user,
                request=request,
                target=obj,
                detail={"organisations": obj.organisations, "fields": sorted(form.changed_data)},
            )
            return
        created = tokens.create_token(
            name=obj.name,
            organisations=form.cleaned_data["organisations_text"],
            expires_at=obj.expires_at,
            actor=request.user,
        )
        obj.pk = created.token.pk
        obj.__dict__.update({k: v for k, v in created.token.__dict__.items() if not k.startswith("_")})
        messages.warning(request, SECRET_SHOWN_ONCE.format(secret=created.secret))

    @admin.action(description="Revoke selected tokens", permissions=["change"])
    def revoke_selected(self, request, queryset):
        revoked = 0
        for token in queryset.filter(revoked_at__isnull=True):
            tokens.revoke_token(token=token, actor=request.user)
            revoked += 1
        messages.success(request, f"Revoked {revoked} token(s). They stop working at once.")
