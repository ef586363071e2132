from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "academy.records"
    label = "records"
    verbose_name = "Learning records (xAPI)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from academy.records import receivers  # noqa: F401 - connect the receivers
