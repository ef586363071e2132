from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses"

    def ready(self):
        from courses import receivers  # noqa: F401 - connects the page event adapters
