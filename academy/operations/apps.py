from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "academy.operations"
    label = "operations"
    verbose_name = "Operations"

    def ready(self):
        from academy.operations import logs

        logs.connect_task_signals()
