"""Structured logs: one JSON object a line, each carrying the request id of the request (or task) it belongs to.

A request's id comes from a trusted proxy's header or is made here; every Celery task the request queues carries it
in the message headers, so a request and the work it caused can be followed across web nodes and workers.
"""

import contextvars
import json
import logging
import time
import uuid

from celery import signals

REQUEST_ID_HEADER = "academy_request_id"  # the Celery message header
request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")
task_var: contextvars.ContextVar[dict] = contextvars.ContextVar("task", default={})  # noqa: B039 - never mutated

task_logger = logging.getLogger("academy.tasks")
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def new_request_id() -> str:
    return uuid.uuid4().hex


class ContextFilter(logging.Filter):
    """Puts the current request id and task (if any) on every record, for both formats."""

    def filter(self, record):
        record.request_id = getattr(record, "request_id", "") or request_id_var.get() or "-"
        for key, value in task_var.get().items():
            setattr(record, key, getattr(record, key, value))
        return True


class JsonFormatter(logging.Formatter):
    converter = time.gmtime

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({key: value for key, value in vars(record).items() if key not in _STANDARD})
        if entry.get("request_id") == "-":
            del entry["request_id"]
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def _add_request_id(headers=None, **kwargs):
    request_id = request_id_var.get()
    if request_id and headers is not None and REQUEST_ID_HEADER not in headers:
        headers[REQUEST_ID_HEADER] = request_id


def _task_started(task_id=None, task=None, **kwargs):
    request_id = getattr(task.request, REQUEST_ID_HEADER, None) or (task.request.headers or {}).get(REQUEST_ID_HEADER)
    task.request._academy_tokens = (
        # Eager tasks (development) run inside the request: they keep its id.
        request_id_var.set(request_id or request_id_var.get() or new_request_id()),
        task_var.set({"task_id": task_id, "task": task.name}),
        time.monotonic(),
    )
    task_logger.info("task started", extra={"retries": task.request.retries})


def _task_finished(task_id=None, task=None, state=None, **kwargs):
    tokens = getattr(task.request, "_academy_tokens", None)
    if tokens is None:
        return
    request_token, task_token, started = tokens
    duration_ms = round((time.monotonic() - started) * 1000)
    task_logger.info("task %s", (state or "done").lower(), extra={"duration_ms": duration_ms})
    task_var.reset(task_token)
    request_id_var.reset(request_token)


def connect_task_signals() -> None:
    signals.before_task_publish.connect(_add_request_id, weak=False, dispatch_uid="academy-request-id")
    signals.task_prerun.connect(_task_started, weak=False, dispatch_uid="academy-task-started")
    signals.task_postrun.connect(_task_finished, weak=False, dispatch_uid="academy-task-finished")
