from django.conf import settings


def service(request):
    """The service's name and support address, shown in the layout on every page."""
    return {
        "service_name": settings.ACADEMY_SERVICE_NAME,
        "support_email": settings.ACADEMY_SUPPORT_EMAIL,
    }
