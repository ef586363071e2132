from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "academy.core"
    label = "core"
    verbose_name = "Shared core"

    def ready(self):
        from academy.core import pagecache, userfacts

        pagecache.connect_receivers()
        userfacts.connect_receivers()
