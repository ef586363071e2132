from django.apps import AppConfig


class UiConfig(AppConfig):
    name = "academy.ui"
    label = "ui"
    verbose_name = "GOV.UK Frontend helpers"
