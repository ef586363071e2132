"""The API matches its OpenAPI description for any input: schemathesis generates requests from the published schema
(valid and invalid) and checks every response (no server errors, documented status codes, content types and
bodies that match the schemas). Bounded to a few examples per operation so it runs in seconds."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

pytestmark = pytest.mark.django_db

ORGANISATIONS_BUILT_ONCE = True  # tests/academy/api/conftest.py: each test's changes are rolled back after it

EXAMPLES = 15


@pytest.fixture
def wsgi_app():
    """Django's WSGI handler, minus closing the connection after each request (the test's transaction holds the
    data), as Django's own test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield WSGIHandler()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _operations(app):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


# schemathesis' own pytest plugin (from_fixture) does not run under pytest 9, so the same checks run here by hand:
# one Hypothesis search per operation and mode, bounded to EXAMPLES requests each.
@pytest.mark.parametrize("mode", [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE])
def test_the_api_matches_its_openapi_description(wsgi_app, north, south, mode):
    operations = _operations(wsgi_app)
    assert len(operations) == 8
    headers = {"Authorization": f"Bearer {north.secret}"}
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )
        def check(case):
            # A well-formed cursor the API never gave out is refused (400) by design; every other request the
            # schema allows must be accepted.
            excluded = [positive_data_acceptance] if (case.query and case.query.get("cursor")) else []
            send = headers
            if mode == schemathesis.GenerationMode.NEGATIVE:
                if (case.headers or {}).get("Authorization") is not None:
                    send = {}  # the case's own (invalid) Authorization header is the invalid part: keep it
                elif case.query and not isinstance(case.query.get("cursor", ""), str):
                    # A cursor of another type (null, a list) is dropped when the URL is written, so the request
                    # that arrives is a valid one: nothing invalid reaches the API to be rejected.
                    excluded.append(negative_data_rejection)
            case.call_and_validate(headers=send, excluded_checks=excluded)

        check()


def test_the_schema_is_published_with_a_docs_page(client):
    document = client.get("/api/v1/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert {"/api/v1/learners", "/api/v1/enrolments", "/api/v1/certificates", "/api/v1/cohorts"} <= set(
        document["paths"]
    )
    assert document["components"]["securitySchemes"]["TokenAuth"]["scheme"] == "bearer"
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert b"cdn.jsdelivr" not in docs.content  # served from our static files, so the CSP holds
