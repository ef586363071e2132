from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "academy.audit"
    label = "audit"
    verbose_name = "Audit log"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from academy.audit import receivers  # noqa: F401 - records sign-ins and role changes
