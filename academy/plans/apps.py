from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "academy.plans"
    label = "plans"
    verbose_name = "100-day plans and peer groups"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from academy.certificates import requirements
        from academy.cohorts import extensions as cohort_extensions
        from academy.plans import completion, dashboard, receivers  # noqa: F401 - receivers: the dashboard's table
        from academy.plans.models import CohortPlanSettings, Plan, PlanTemplate
        from courses.extensions import (
            register_enrolment_annotator,
            register_learning_panel,
            register_learning_source,
            register_navigation_item,
        )

        requirements.register(completion.REQUIREMENT)
        register_navigation_item(completion.navigation_item)
        register_enrolment_annotator(completion.certificate_waiting)
        register_learning_panel(completion.learning_panel)
        register_learning_source(Plan, user_of=lambda row: row.owner_id)
        register_learning_source(CohortPlanSettings)
        register_learning_source(PlanTemplate)
        cohort_extensions.register_dashboard_column(dashboard.PLAN_COLUMN)
        cohort_extensions.register_lead_section(dashboard.PLANS_SECTION)
