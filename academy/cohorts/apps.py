from django.apps import AppConfig


class CohortsConfig(AppConfig):
    name = "academy.cohorts"
    label = "cohorts"
    verbose_name = "Cohorts"

    def ready(self):
        from academy.accounts.staff_mfa import register_staff_check
        from academy.cohorts import integrations, receivers  # noqa: F401 - connects allauth's sign-up adapter
        from academy.cohorts.models import Cohort, CohortCourse, Membership
        from academy.cohorts.selectors.access import may_lead
        from assessments.extensions import register_marking_scope
        from courses.extensions import register_enrolment_annotator, register_learning_source, register_navigation_item

        register_navigation_item(integrations.navigation_item)
        register_enrolment_annotator(integrations.deadline_annotations)
        register_learning_source(Membership, user_of=lambda row: row.user_id)
        register_learning_source(Cohort)  # its status and start date: deadlines
        register_learning_source(CohortCourse)  # deadlines; which cohort's plan a course's certificate waits for
        register_marking_scope(integrations.marking_scope)
        register_staff_check(may_lead)  # a cohort's lead is staff even outside the "Cohort leads" group
