"""Request ids and request logs, and a clear "try again" page when object storage or Redis is unreachable."""

import logging
import re
import time

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from kombu.exceptions import OperationalError as BrokerUnreachable
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from academy.core.clientip import client_ip, from_trusted_proxy
from academy.operations.logs import new_request_id, request_id_var

logger = logging.getLogger("academy.requests")
outage_logger = logging.getLogger("academy.outages")
REQUEST_ID_PATTERN = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
RETRY_AFTER = 30
QUIET_PATHS = ("/static/", "/health/live")


class RequestLogMiddleware:
    """Gives each request an id (a trusted proxy's, or a new one), answers with it, and logs the request as one line."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        request.request_id = self._request_id(request)
        token = request_id_var.set(request.request_id)
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request.request_id
            # The record's fields (the client's address above all) are worked out only when it will be written.
            if logger.isEnabledFor(logging.INFO) and not request.path.startswith(QUIET_PATHS):
                user = getattr(request, "user", None)
                logger.info(
                    "%s %s %s",
                    request.method,
                    request.path,
                    response.status_code,
                    extra={
                        "method": request.method,
                        "path": request.path,
                        "status": response.status_code,
                        "duration_ms": round((time.monotonic() - started) * 1000, 1),
                        "client_ip": client_ip(request),
                        "user_id": user.pk if user is not None and user.is_authenticated else None,
                    },
                )
            return response
        finally:
            request_id_var.reset(token)

    @staticmethod
    def _request_id(request) -> str:
        # From META rather than request.headers, which would copy every header of the request to read this one.
        header = request.META.get("HTTP_" + settings.ACADEMY_REQUEST_ID_HEADER.upper().replace("-", "_"), "")
        # Only a proxy we trust may name the request: anyone else could forge ids to muddle the logs.
        if header and REQUEST_ID_PATTERN.match(header) and from_trusted_proxy(request):
            return header
        return new_request_id()


def is_temporarily_unavailable(exception: BaseException) -> bool:
    """True when object storage, Redis or the task broker (Redis, after the publish retries) could not be reached, or
    storage answered with a server error: worth trying again in a moment, unlike a fault in the service itself."""
    if isinstance(exception, BotoCoreError | RedisConnectionError | RedisTimeoutError | BrokerUnreachable):
        return True
    if isinstance(exception, ClientError):
        status = exception.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
        return status >= 500
    return False


class ServiceUnavailableMiddleware:
    """Object storage or Redis down: a clear page asking the visitor to try again shortly (503, Retry-After), not a 500.

    Rendered without the request, like the 500 page: the session (in Redis) may be what is missing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_temporarily_unavailable(exception):
            return None
        outage_logger.warning("Unavailable: %r", exception)
        context = {"service_name": settings.ACADEMY_SERVICE_NAME, "support_email": settings.ACADEMY_SUPPORT_EMAIL}
        response = HttpResponse(loader.get_template("503.html").render(context), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
