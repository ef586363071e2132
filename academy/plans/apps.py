from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "academy.plans"
    label = "plans"
    verbose_name = "100-day plans and peer groups"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from academy.certificates import requirements
        from academy.plans import completion
        from courses.extensions import register_navigation_item

        requirements.register(completion.REQUIREMENT)
        register_navigation_item(completion.navigation_item)
