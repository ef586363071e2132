from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "academy.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from academy.accounts import receivers  # noqa: F401 - connects allauth's sign-in signal
