"""Structured logs: a request id per request (a trusted proxy's or a new one), carried into the tasks it queues."""

import ipaddress
import json
import logging

import pytest
from celery import shared_task, signals

from academy.celery import app as celery_app
from academy.operations.logs import REQUEST_ID_HEADER, ContextFilter, JsonFormatter, request_id_var

pytestmark = pytest.mark.django_db


@shared_task
def note_the_request_id() -> str:
    logging.getLogger("academy.tests").info("inside the task")
    return request_id_var.get()


def as_json(record: logging.LogRecord) -> dict:
    ContextFilter().filter(record)
    return json.loads(JsonFormatter().format(record))


def test_every_response_names_its_request_id_and_the_request_is_logged_as_json(client, caplog):
    with caplog.at_level(logging.INFO, logger="academy.requests"):
        response = client.get("/health/ready?format=json", REMOTE_ADDR="203.0.113.9")
    request_id = response["X-Request-ID"]
    assert len(request_id) == 32
    (record,) = [r for r in caplog.records if r.name == "academy.requests"]
    entry = as_json(record)
    assert entry["request_id"] == request_id
    assert entry["method"] == "GET" and entry["path"] == "/health/ready" and entry["status"] == 200
    assert entry["client_ip"] == "203.0.113.9"
    assert entry["duration_ms"] >= 0 and entry["level"] == "INFO"


def test_a_request_id_from_an_untrusted_client_is_replaced(client):
    response = client.get("/health/live", HTTP_X_REQUEST_ID="forged-by-a-client-1234", REMOTE_ADDR="203.0.113.9")
    assert response["X-Request-ID"] != "forged-by-a-client-1234"


def test_a_trusted_proxys_request_id_is_kept(client, settings):
    settings.ACADEMY_TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.0/8")]
    response = client.get("/health/live", HTTP_X_REQUEST_ID="lb-7f3a9c21e0", REMOTE_ADDR="10.0.0.5")
    assert response["X-Request-ID"] == "lb-7f3a9c21e0"


def test_a_queued_task_carries_the_request_id_in_its_message_headers():
    published = []

    def record(headers=None, **kwargs):
        published.append(dict(headers))

    signals.before_task_publish.connect(record, weak=False)
    token = request_id_var.set("req-123456789")
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = False  # publish (to an in-memory broker) instead of running it
    try:
        with celery_app.connection_for_write("memory://") as in_memory:
            note_the_request_id.apply_async(connection=in_memory)
    finally:
        celery_app.conf.task_always_eager = previous
        request_id_var.reset(token)
        signals.before_task_publish.disconnect(record)
    assert published[-1][REQUEST_ID_HEADER] == "req-123456789"


def test_a_task_logs_with_the_request_id_it_was_queued_under(caplog):
    with caplog.at_level(logging.INFO):
        result = note_the_request_id.apply(headers={REQUEST_ID_HEADER: "req-abcdef123"})
    assert result.get() == "req-abcdef123"
    entries = [as_json(r) for r in caplog.records if r.name in {"academy.tests", "academy.tasks"}]
    assert [e["message"] for e in entries] == ["task started", "inside the task", "task success"]
    assert {e["request_id"] for e in entries} == {"req-abcdef123"}
    assert {e["task"] for e in entries} == {note_the_request_id.name}
    assert request_id_var.get() == ""
