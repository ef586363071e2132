from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses"

    def ready(self):
        from courses import (
            learning_cache,
            receivers,  # noqa: F401 - connects the page event adapters
        )
        from courses.extensions import register_learning_source
        from courses.models import Enrolment, ItemCompletion

        register_learning_source(Enrolment, user_of=lambda row: row.user_id)
        register_learning_source(ItemCompletion, user_of=learning_cache.enrolment_owner)
