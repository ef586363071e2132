from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "academy.certificates"
    label = "certificates"
    verbose_name = "Certificates"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from academy.certificates import checks, receivers  # noqa: F401 - connect the receivers and checks
        from academy.certificates.models import Certificate
        from academy.certificates.selectors import enrolment_certificates
        from courses.extensions import register_enrolment_annotator, register_learning_source, register_navigation_item
        from courses.learning_cache import enrolment_owner

        register_enrolment_annotator(enrolment_certificates)
        register_learning_source(Certificate, user_of=enrolment_owner)
        register_navigation_item(navigation_item)


def navigation_item(request) -> dict:
    from academy.core.links import fixed_url

    href = fixed_url("certificates:list")
    return {"text": "My certificates", "href": href, "prefix": href}
