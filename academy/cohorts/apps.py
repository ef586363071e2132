from django.apps import AppConfig


class CohortsConfig(AppConfig):
    name = "academy.cohorts"
    label = "cohorts"
    verbose_name = "Cohorts"

    def ready(self):
        from academy.cohorts import integrations, receivers  # noqa: F401 - connects allauth's sign-up adapter
        from assessments.extensions import register_marking_scope
        from courses.extensions import register_enrolment_annotator, register_navigation_item

        register_navigation_item(integrations.navigation_item)
        register_enrolment_annotator(integrations.deadline_annotations)
        register_marking_scope(integrations.marking_scope)
