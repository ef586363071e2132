from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "academy.privacy"
    label = "privacy"
    verbose_name = "Personal data"
    default_auto_field = "django.db.models.BigAutoField"
