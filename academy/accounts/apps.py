from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "academy.accounts"
    label = "accounts"
    verbose_name = "Accounts"
