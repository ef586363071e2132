"""An admin mixin that writes an audit entry for every change made through a model's admin pages.

Used by the configuration that decides who may sign in or where personal data goes (identity providers, API tokens,
learning record stores). Field names are recorded, never values: a secret never reaches the log.
"""

from academy.audit import services


class AuditedAdminMixin:
    audit_action: str = ""  # one of academy.audit.actions

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        services.record(
            self.audit_action,
            actor=request.user,
            request=request,
            target=obj,
            detail={"change": "changed" if change else "created", "fields": sorted(form.changed_data)},
        )

    def delete_model(self, request, obj):
        services.record(
            self.audit_action, actor=request.user, request=request, target=obj, detail={"change": "deleted"}
        )
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            services.record(
                self.audit_action, actor=request.user, request=request, target=obj, detail={"change": "deleted"}
            )
        super().delete_queryset(request, queryset)
