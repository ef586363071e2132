from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "academy.events"
    label = "events"
    verbose_name = "Sessions"

    def ready(self):
        from academy.certificates import requirements
        from academy.cohorts import extensions as cohort_extensions
        from academy.events import integrations, receivers  # noqa: F401 - connects cohorts' learner_removed
        from academy.events.models import Attendance, Booking, Session
        from courses import extensions as course_extensions

        requirements.register(integrations.ATTENDANCE_REQUIREMENT)
        cohort_extensions.register_dashboard_column(integrations.ATTENDANCE_COLUMN)
        cohort_extensions.register_lead_section(integrations.SESSIONS_SECTION)
        course_extensions.register_learning_panel(integrations.upcoming_sessions_panel)
        course_extensions.register_enrolment_annotator(integrations.certificate_waiting)
        course_extensions.register_learning_source(Session)
        course_extensions.register_learning_source(Booking, user_of=lambda row: row.user_id)
        course_extensions.register_learning_source(Attendance, user_of=lambda row: row.user_id)
