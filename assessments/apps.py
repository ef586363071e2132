from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = "Assessments"

    def ready(self):
        from assessments.course_items import QuizImporter
        from courses.extensions import register_item_importer

        register_item_importer("quiz", QuizImporter())
