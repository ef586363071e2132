"""Liveness and readiness for load balancers and the process manager (django-health-check).

Liveness says only that this process answers. Readiness says it can serve: the database, the cache (Redis), every
configured storage (each written, read and deleted), and, when tasks go to a broker, that a Celery worker answers a
ping. A node that is not ready answers 500 with the failing checks named.
"""

import datetime

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from health_check.checks import Cache, Database, Storage
from health_check.contrib.celery import Ping
from health_check.views import HealthCheckView

from academy.celery import app as celery_app

STORAGE_ALIASES = ("default", "certificates", "cohort_exports")


@never_cache
def live(request):
    return JsonResponse({"status": "ok"})


def readiness_checks() -> list:
    checks = [Database(), Cache()]
    checks += [Storage(alias=alias) for alias in STORAGE_ALIASES if alias in settings.STORAGES]
    if not celery_app.conf.task_always_eager:
        timeout = datetime.timedelta(seconds=settings.ACADEMY_HEALTH_WORKER_TIMEOUT)
        checks.append(Ping(app=celery_app, timeout=timeout, limit=1))
    return checks


class ReadinessView(HealthCheckView):
    def get_checks(self):
        return readiness_checks()
