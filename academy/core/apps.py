from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "academy.core"
    label = "core"
    verbose_name = "Shared core"
