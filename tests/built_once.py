"""Data that many tests read, built once for a module (or a session) instead of once per test."""

import contextlib

from django.core.cache import cache
from django.db import transaction
from django.test import override_settings

from academy.celery import app as celery_app

# What tests/conftest.py's autouse fixtures give each test, which a module-scoped fixture runs before.
NO_SEARCH_INDEXING = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
SEARCH_INDEXING = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def flushes_the_database(item) -> bool:
    """Whether a test runs on a transactional database: it commits, and the database is emptied after it."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@contextlib.contextmanager
def rolled_back_at_the_end(django_db_blocker, *, search_index: bool = False, **settings):
    """Write in one transaction that is rolled back when the block ends; the tests inside run in savepoints of it,
    so what one test writes is gone for the next, and the built data is gone for the next module. Wagtail's search
    index is kept up to date only with ``search_index=True``, as for tests marked ``search_index``."""
    with (
        as_in_a_test(search_index=search_index),
        django_db_blocker.unblock(),
        override_settings(**settings),
        transaction.atomic(),
    ):
        yield
        transaction.set_rollback(True)


@contextlib.contextmanager
def as_in_a_test(*, search_index: bool = False):
    """Writes made outside any test (and committed) see the settings tests/conftest.py's autouse fixtures give one."""
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    try:
        with override_settings(TASKS=SEARCH_INDEXING if search_index else NO_SEARCH_INDEXING):
            yield
    finally:
        celery_app.conf.task_always_eager = eager
        cache.clear()


@contextlib.contextmanager
def built_for_the_module(request, build, **settings):
    """What ``build()`` returns (keep it to ids), built once for the test module by a module-scoped fixture, in a
    transaction rolled back after the module (see `rolled_back_at_the_end`). None in a module with tests that commit
    (they cannot run inside that transaction): there the test's own fixture builds it each time, as before."""
    if any(flushes_the_database(item) for item in request.session.items if item.module is request.module):
        yield None
        return
    request.getfixturevalue("django_db_setup")
    with rolled_back_at_the_end(request.getfixturevalue("django_db_blocker"), **settings):
        yield build()
