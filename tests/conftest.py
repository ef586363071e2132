import os
import sys
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.core.cache import cache
from django.db import connections

from academy.celery import app as celery_app
from tests.built_once import flushes_the_database

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


def pytest_collection_modifyitems(items):
    """Tests on a transactional database (browser tests, concurrency, the real worker) end with Django emptying the
    database, which would take the data migrations' rows (groups, permissions, locale, site, workflow) from every later
    test on the same worker. They run with serialized rollback, so Django keeps a copy of the freshly migrated
    database, and `pytest_runtest_teardown` below puts it back after each of them."""
    for item in items:
        if flushes_the_database(item):
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
    if blocker is None or nextitem is None or not ran or not flushes_the_database(item):
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


@pytest.fixture(scope="session", autouse=True)
def _static_files_listed_once():
    """WhiteNoise lists and stats every static file (Wagtail's admin has hundreds) each time its middleware is made,
    which Django's test client does once per client: about 40 ms a test. The listing is kept per process for the
    settings it depends on, so a test that changes one of them still gets a fresh one."""
    from django.conf import settings
    from whitenoise.middleware import WhiteNoiseMiddleware

    original = WhiteNoiseMiddleware.add_files_from_finders
    listed = {}

    def add_files_from_finders(self):
        key = repr(
            [
                getattr(settings, name, None)
                for name in (
                    "INSTALLED_APPS",
                    "STATIC_URL",
                    "STATICFILES_DIRS",
                    "STATICFILES_FINDERS",
                    "WHITENOISE_STATIC_PREFIX",
                    "WHITENOISE_MAX_AGE",
                    "WHITENOISE_ALLOW_ALL_ORIGINS",
                    "WHITENOISE_CHARSET",
                    "WHITENOISE_MIMETYPES",
                    "WHITENOISE_ADD_HEADERS_FUNCTION",
                    "WHITENOISE_INDEX_FILE",
                    "WHITENOISE_IMMUTABLE_FILE_TEST",
                    "DEBUG",
                    "FORCE_SCRIPT_NAME",
                )
            ]
        )
        if key not in listed:
            before = dict(self.files)
            original(self)
            listed[key] = {url: file for url, file in self.files.items() if before.get(url) is not file}
        self.files.update(listed[key])

    WhiteNoiseMiddleware.add_files_from_finders = add_files_from_finders
    yield
    WhiteNoiseMiddleware.add_files_from_finders = original


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


def _builds_courses(module: ModuleType) -> bool:
    """Whether a test module reaches tests/courses/factories.py through what it (or a conftest above it) imports."""
    seen = set()

    def reaches(module: ModuleType) -> bool:
        if module.__name__ == "tests.courses.factories":
            return True
        seen.add(module.__name__)
        for value in vars(module).values():
            name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
            if not isinstance(name, str) or not name.startswith("tests.") or name in seen or name not in sys.modules:
                continue
            if reaches(sys.modules[name]):
                return True
        return False

    package = module.__name__.rpartition(".")[0]
    conftests = []
    while package:
        conftests.append(sys.modules.get(f"{package}.conftest"))
        package = package.rpartition(".")[0]
    return any(reaches(candidate) for candidate in (module, *conftests) if candidate is not None)


@pytest.fixture(scope="module", autouse=True)
def _course_index_built_once(request):
    """Nearly every course test starts by making the home page and the course index (about 0.1 s: the demo site's
    home page is parsed from its files, Wagtail's placeholder deleted, both published). On SQLite, a module that
    builds courses starts from a copy of the database with the two already there, made once per process, and the
    database goes back to as migrated after it. Modules with transactional tests, and PostgreSQL, build them in each
    test as before."""
    items = [item for item in request.session.items if item.module is request.module]
    if not _builds_courses(request.module) or any(flushes_the_database(item) for item in items):
        yield
        return
    request.getfixturevalue("django_db_setup")
    from tests.built_once import as_in_a_test
    from tests.courses.factories import course_index
    from tests.database_template import built_on, restore

    search_index = any(item.get_closest_marker("search_index") for item in items)

    def build():
        with as_in_a_test(search_index=search_index):
            return course_index().pk

    if getattr(connections["default"], "migrated_template", None) is None:  # PostgreSQL, or no template
        yield
        return
    blocker = request.getfixturevalue("django_db_blocker")
    with blocker.unblock():
        restore(connections["default"])
        built_on("course index, indexed" if search_index else "course index", build)
    cache.clear()
    yield
    with blocker.unblock():
        restore(connections["default"])
    cache.clear()


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
