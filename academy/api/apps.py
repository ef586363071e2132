from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "academy.api"
    label = "api"
    verbose_name = "HR and reporting API"
    default_auto_field = "django.db.models.BigAutoField"
