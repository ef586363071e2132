from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "academy.core"
    label = "core"
    verbose_name = "Shared core"

    def ready(self):
        from academy.core import pagecache

        pagecache.connect_receivers()
