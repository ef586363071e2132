import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.core.cache import cache
from django.db import connections

from academy.celery import app as celery_app

BROWSER_TESTS = Path(__file__).resolve().parent / "e2e"


def pytest_ignore_collect(collection_path, config):
    """`-m e2e` selects exactly the browser tests, which are the tests in tests/e2e/ (marked by their path there), and
    `-m "not e2e"` everything else (as `make test` runs them): leave the other side's modules unimported instead of
    importing them only to deselect every test in them, about 2.5 s of CPU for each process (and each xdist worker
    collects). None: pytest's own rules decide."""
    markexpr = " ".join(config.getoption("markexpr", "").split())
    path = Path(collection_path).resolve()
    inside = path == BROWSER_TESTS or BROWSER_TESTS in path.parents
    if markexpr == "e2e" and not inside and path not in BROWSER_TESTS.parents:
        return True
    if markexpr == "not e2e" and inside:
        return True
    return None


def pytest_configure(config):
    """For the browser tests, xdist hands out the test files in the order tests/e2e/conftest.py gives them (longest
    first) instead of those with the most tests first."""
    if " ".join(config.getoption("markexpr", "").split()) == "e2e" and hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False


def _flushes_the_database(item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(items):
    """Tests on a transactional database (browser tests, concurrency, the real worker) end with Django emptying the
    database, which would take the data migrations' rows (groups, permissions, locale, site, workflow) from every later
    test on the same worker. They run with serialized rollback, so Django keeps a copy of the freshly migrated
    database, and `pytest_runtest_teardown` below puts it back after each of them."""
    for item in items:
        if _flushes_the_database(item):
            marker = item.get_closest_marker("django_db")
            kwargs = dict(marker.kwargs) if marker else {}
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**kwargs), append=False)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Migrate the SQLite test database once per change of the migrations, not once per worker and run."""
    from tests.database_template import migrate_once

    with migrate_once():
        yield


_session = {}


@pytest.fixture(scope="session", autouse=True)
def _keep_the_db_blocker(django_db_blocker):
    _session["blocker"] = django_db_blocker


@pytest.fixture(autouse=True)
def _note_a_test_that_ran(request):
    """Set up only for tests that were not skipped by a marker, so only they are followed by a restore."""
    _session["ran"] = request.node.nodeid


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    blocker = _session.get("blocker")
    ran = _session.pop("ran", None) == item.nodeid
    # After the last test the test databases are gone (the connection names the real database again): never touch it.
    if blocker is None or nextitem is None or not ran or not _flushes_the_database(item):
        return
    from django.apps import apps
    from django.core.management import call_command
    from django.core.management.color import no_style

    from tests.database_template import restore

    with blocker.unblock():
        for connection in connections.all():
            if restore(connection):  # SQLite: a copy of the migrated database
                continue
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                # Empty first (without re-creating content types and permissions under new ids), then reload, then
                # move each id sequence past the reloaded rows (PostgreSQL's flush restarts them at 1).
                call_command(
                    "flush", database=connection.alias, interactive=False, inhibit_post_migrate=True, verbosity=0
                )
                connection.creation.deserialize_db_from_string(contents)
                statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True))
                with connection.cursor() as cursor:
                    for statement in statements:
                        cursor.execute(statement)


@pytest.fixture(scope="session", autouse=True)
def _a_redis_cache_of_its_own_per_worker():
    """Parallel workers share one Redis in CI and every test empties the cache (FLUSHDB): give each worker its own
    Redis database, so one worker's clean start never wipes another's rate-limit counts mid-test."""
    from django.conf import settings
    from django.test import override_settings

    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    cache_settings = settings.CACHES["default"]
    if not worker.startswith("gw") or worker == "gw0" or "Redis" not in cache_settings["BACKEND"]:
        yield
        return
    parts = urlsplit(cache_settings["LOCATION"])
    database = (int(parts.path.strip("/") or 0) - 1 - int(worker[2:])) % 16  # CI: gw0 keeps 15, the broker has 14
    location = urlunsplit(parts._replace(path=f"/{database}"))
    with override_settings(CACHES={"default": {**cache_settings, "LOCATION": location}}):
        yield


@pytest.fixture(autouse=True)
def _isolated_cache():
    # Rate limits and Wagtail caches live in the cache (Redis in CI): start every test clean.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _wagtail_indexes_only_where_needed(request, settings):
    """Wagtail's search and reference indexes are updated by django-tasks on every save, which costs about 40% of
    building a course. Tests that search mark themselves ``search_index`` and get the indexes kept up to date."""
    backend = "immediate.ImmediateBackend" if request.node.get_closest_marker("search_index") else "dummy.DummyBackend"
    settings.TASKS = {"default": {"BACKEND": f"django_tasks.backends.{backend}"}}


@pytest.fixture(autouse=True)
def _eager_celery_unless_real_worker(request, settings):
    """Tasks run in-process unless a test asks for the real worker (and one is running, in CI)."""
    wants_worker = request.node.get_closest_marker("real_worker") is not None
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = not (wants_worker and settings.REDIS_URL)
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture
def site_root(db):
    """The demo home page and standard pages, as `load_demo` makes them (loaded once per process for browser tests,
    see `built_on`)."""
    from courses.demo.site import load_demo_site
    from courses.models import HomePage
    from tests.database_template import built_on

    built = []
    pk = built_on("demo site", lambda: built.append(load_demo_site()) or built[0].pk, saved=True)
    return built[0] if built else HomePage.objects.get(pk=pk)


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker, tmp_path_factory):
    """A real worker process when REDIS_URL is set; None (tasks run eagerly) otherwise."""
    from django.conf import settings

    if not settings.REDIS_URL:
        yield None
        return
    from tests.worker import start_worker

    (settings.BASE_DIR / "var").mkdir(exist_ok=True)
    email_dir = tmp_path_factory.mktemp("worker-emails")
    with django_db_blocker.unblock():
        process = start_worker(email_dir=email_dir)
    process.email_dir = email_dir
    yield process
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture
def sent_emails(request, mailoutbox):
    """Emails sent so far as (to, subject, body): from the worker's files, or Django's outbox when eager."""

    def read():
        worker = request.getfixturevalue("celery_worker_process") if "real_worker" in request.keywords else None
        if worker is None:
            return [(m.to, m.subject, m.body) for m in mailoutbox]
        import email

        messages = []
        for path in sorted(worker.email_dir.glob("*.log")):
            for chunk in path.read_text().split("-" * 79):
                if chunk.strip():
                    msg = email.message_from_string(chunk.strip())
                    part = msg.get_payload(0) if msg.is_multipart() else msg
                    body = part.get_payload(decode=True).decode()
                    messages.append(([msg["To"]], msg["Subject"], body))
        return messages

    return read
