"""The baseline for the soak: a bare one-view Django app (no database, no middleware) under the same gunicorn."""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(DEBUG=False, SECRET_KEY="bare-baseline-" + "x" * 40, ALLOWED_HOSTS=["*"], ROOT_URLCONF=__name__)


def hello(request):
    return HttpResponse("Hello")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
