"""Request ids and request logs, and a clear "try again" page when object storage is unreachable."""

import logging
import re
import time

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.shortcuts import render

from academy.core.clientip import client_ip, from_trusted_proxy
from academy.operations.logs import new_request_id, request_id_var

logger = logging.getLogger("academy.requests")
storage_logger = logging.getLogger("academy.storage")
REQUEST_ID_PATTERN = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
STORAGE_RETRY_AFTER = 30
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
            if not request.path.startswith(QUIET_PATHS):
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
        header = request.headers.get(settings.ACADEMY_REQUEST_ID_HEADER, "")
        # Only a proxy we trust may name the request: anyone else could forge ids to muddle the logs.
        if header and REQUEST_ID_PATTERN.match(header) and from_trusted_proxy(request):
            return header
        return new_request_id()


def is_storage_unavailable(exception: BaseException) -> bool:
    """True when object storage could not be reached or answered with a server error (worth trying again)."""
    if isinstance(exception, BotoCoreError):
        return True
    if isinstance(exception, ClientError):
        status = exception.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
        return status >= 500
    return False


class StorageUnavailableMiddleware:
    """Object storage down: a clear page asking the visitor to try again shortly (503 with Retry-After), not a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_storage_unavailable(exception):
            return None
        storage_logger.warning("Object storage unavailable: %s", exception)
        response = render(request, "503.html", {"retry_after": STORAGE_RETRY_AFTER}, status=503)
        response["Retry-After"] = str(STORAGE_RETRY_AFTER)
        return response
