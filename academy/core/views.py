"""Project-wide views: health check and the GOV.UK-style error pages."""

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader


def healthz(request):
    """Liveness and database check for load balancers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


RETRY_AFTER_SECONDS = 60


def too_many_requests(request, exception=None):
    """Rate limited (allauth's limits and the service's own): the service's page, and when to come back."""
    response = render(request, "429.html", status=429)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request):
    # No request context: the database may be the thing that failed.
    return HttpResponse(
        loader.get_template("500.html").render(
            {"service_name": settings.ACADEMY_SERVICE_NAME, "support_email": settings.ACADEMY_SUPPORT_EMAIL}
        ),
        status=500,
    )


def error_preview(request, status: int):
    """DEBUG only: see an error page as visitors do."""
    views = {400: bad_request, 403: permission_denied, 404: page_not_found, 429: too_many_requests}
    if status == 500:
        return server_error(request)
    return views.get(status, page_not_found)(request)
