"""The PostgreSQL health check without a round trip: a kept connection is reused without asking the server, and one
the server has ended is found out and replaced before the request's first query."""

import os
import subprocess
import sys
import time

import pytest
from django.db import connections

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def pg():
    connection = connections["default"]
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    assert type(connection).__module__ == "academy.core.postgresql.base"
    connection.ensure_connection()
    return connection


def backend_pid(conn) -> int:
    with conn.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def test_an_idle_connection_is_usable_without_a_query(pg, monkeypatch):
    def no_round_trip(*args, **kwargs):
        raise AssertionError("the health check sent a query")

    monkeypatch.setattr(type(pg.connection), "cursor", no_round_trip)
    assert pg.is_usable()


def test_a_connection_the_server_ended_is_not_usable_and_the_next_query_reconnects(pg):
    before = backend_pid(pg)
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [before])
            assert cursor.fetchone()[0] is True
    finally:
        other.close()
    deadline = time.monotonic() + 5
    while pg.is_usable() and time.monotonic() < deadline:  # the server's goodbye arrives at once, but not instantly
        time.sleep(0.05)
    assert not pg.is_usable()
    # What Django does at a request's start: the failed check closes the connection, the next query opens another.
    pg.health_check_done = False
    pg.close_if_health_check_failed()
    assert backend_pid(pg) != before


def test_a_closed_connection_is_not_usable(pg):
    pg.connection.close()
    assert not pg.is_usable()
    pg.close()


def test_parameters_are_bound_by_the_server_and_a_statement_run_often_is_prepared_once(pg, django_user_model):
    """Issue 14: PostgreSQL parses and plans a statement a connection runs often once, not on every request."""
    assert pg.connection.prepare_threshold == 5
    user = django_user_model.objects.create(email="prepared@example.org")
    for _ in range(pg.connection.prepare_threshold + 1):
        assert django_user_model.objects.filter(pk=user.pk).values_list("email", flat=True).get() == user.email
    with pg.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [statement for (statement,) in cursor.fetchall()]
    table = django_user_model._meta.db_table
    assert [s for s in prepared if f'FROM "{table}" WHERE "{table}"."id" = $1' in s], prepared


def test_the_prepare_threshold_can_be_turned_off_for_a_pooler():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['OPTIONS'])"
    )
    env = {**os.environ, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test", "DATABASE_PREPARE_THRESHOLD": ""}
    env["DJANGO_SETTINGS_MODULE"] = "academy.settings"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert "'prepare_threshold': None" in result.stdout and "'server_side_binding': True" in result.stdout
