"""Migrate the SQLite test database once, not once per pytest process.

Running every migration (Django's, Wagtail's, ours with their data: groups, permissions, locale, site, workflow) takes
about 25 s of CPU. With pytest-xdist each worker did it again, and `make test` runs pytest twice. Instead, the first
process to need the database migrates it as Django always does and saves a copy (and its serialized contents, for
serialized rollback) under ``var/``; every other process copies that file into its in-memory database with SQLite's
backup API, which takes milliseconds. The copy is named after a hash of every migration file and of the project's
sources, so any change that could change the migrated database makes a fresh one. After a test that commits (browser
tests, concurrency), the same copy puts the database back (see tests/conftest.py). PostgreSQL (CI) is untouched.
Set ``ACADEMY_TEST_DB_TEMPLATE=0`` to migrate in every process as before.
"""

import contextlib
import fcntl
import hashlib
import json
import os
import sqlite3
import sys
from pathlib import Path

from django.conf import settings
from django.db.backends.base.creation import BaseDatabaseCreation

SOURCES = ("academy", "courses", "assessments")


def _fingerprint() -> str:
    """A hash of what decides the migrated database: every migration's file, the project's code and settings."""
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    files = {Path(sys.modules[migration.__module__].__file__) for migration in loader.disk_migrations.values()}
    for source in SOURCES:
        files.update((settings.BASE_DIR / source).rglob("*.py"))
    files = {path.resolve() for path in files}  # `.venv/bin/python` and pytest's script may name the venv differently
    digest = hashlib.sha256(repr(settings.INSTALLED_APPS).encode())
    for path in sorted(files):
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@contextlib.contextmanager
def _locked(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the other workers wait while the first one migrates
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _from_template(creation, template: Path, verbosity: int, autoclobber: bool, keepdb: bool) -> str:
    """`create_test_db` with the migrations replaced by a copy of the template."""
    from django.core.management import call_command

    connection = creation.connection
    name = creation._get_test_db_name()
    creation._create_test_db(verbosity, autoclobber, keepdb)
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = name
    connection.settings_dict["NAME"] = name
    connection.ensure_connection()
    with contextlib.closing(sqlite3.connect(template)) as source:
        source.backup(connection.connection)
    call_command("createcachetable", database=connection.alias)
    return name


def _save_template(connection, template: Path) -> None:
    partial = template.with_suffix(f".{os.getpid()}.partial")
    with contextlib.closing(sqlite3.connect(partial)) as target:
        connection.ensure_connection()
        connection.connection.backup(target)
    partial.replace(template)  # last, so a template that exists is complete
    for stale in template.parent.glob(f"{connection.alias}-*.sqlite3"):
        if stale != template:
            stale.unlink(missing_ok=True)


@contextlib.contextmanager
def migrate_once():
    """While active, an in-memory SQLite test database is copied from the saved, migrated template."""
    original = BaseDatabaseCreation.create_test_db

    def create_test_db(self, verbosity=1, autoclobber=False, serialize=True, keepdb=False):
        if self.connection.vendor != "sqlite" or not self.is_in_memory_db(self._get_test_db_name()):
            return original(self, verbosity, autoclobber, serialize, keepdb)
        template = settings.BASE_DIR / "var" / "test-databases" / f"{self.connection.alias}-{_fingerprint()}.sqlite3"
        with _locked(template):
            if template.exists():
                name = _from_template(self, template, verbosity, autoclobber, keepdb)
            else:
                name = original(self, verbosity, autoclobber, serialize=False, keepdb=keepdb)
                _save_template(self.connection, template)
        self.connection.migrated_template = template
        _mark(self.connection, "migrated")
        if serialize:
            # Django reloads these rows before each test with serialized rollback; `restore` below has already put
            # the whole database back after the test before, so there is nothing to reload.
            self.connection._test_serialized_contents = "[]"
        return name

    original_serialize = BaseDatabaseCreation.serialize_db_to_string

    def serialize_db_to_string(self):
        # Django 5 serializes after `create_test_db` (in `setup_databases`), which would replace the "[]" above with
        # every migrated row, reloaded before each transactional test for nothing (about 0.3 s a test).
        if getattr(self.connection, "migrated_template", None) is not None:
            return "[]"
        return original_serialize(self)

    if os.environ.get("ACADEMY_TEST_DB_TEMPLATE", "1") == "0":
        yield
        return
    BaseDatabaseCreation.create_test_db = create_test_db
    BaseDatabaseCreation.serialize_db_to_string = serialize_db_to_string
    try:
        yield
    finally:
        BaseDatabaseCreation.create_test_db = original
        BaseDatabaseCreation.serialize_db_to_string = original_serialize


def restore(connection, copy: sqlite3.Connection | None = None) -> bool:
    """Put the whole database back as migrated (after a test that committed), or as ``copy`` holds it: milliseconds,
    where emptying it and reloading the serialized rows takes about half a second. False, and nothing done, if the
    database was not made from a template."""
    template = getattr(connection, "migrated_template", None)
    if template is None:
        return False
    connection.ensure_connection()
    with contextlib.closing(sqlite3.connect(template)) if copy is None else contextlib.nullcontext(copy) as source:
        source.backup(connection.connection)
    if copy is None:
        _mark(connection, "migrated")
    else:
        connection.known_state = None  # a copy `built_on` did not take: what it holds is the caller's to know
    return True


def copy_of(connection) -> sqlite3.Connection | None:
    """The database as it is now, in memory, for `restore`: a browser test module that needs the demo loads it once
    and puts it back for its next test. None where `restore` cannot be used (PostgreSQL)."""
    if getattr(connection, "migrated_template", None) is None:
        return None
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    connection.ensure_connection()
    connection.connection.backup(copy)
    return copy


def _mark(connection, state: str) -> None:
    """Note that the database now holds ``state``, and how many rows SQLite had changed on it by then."""
    connection.ensure_connection()
    connection.known_state = (state, connection.connection.total_changes)


def _known_state(connection) -> str | None:
    """The state noted last if no row has been written since (nor is a transaction open), else None."""
    known = getattr(connection, "known_state", None)
    if known is None or connection.in_atomic_block:
        return None
    state, changes = known
    return state if connection.connection.total_changes == changes else None


_snapshots: dict[str, tuple[sqlite3.Connection, object]] = {}

# What the demo's builds read besides the code (whose changes make a new template, so new saved snapshots too).
DEMO_DATA = ("courses/demo/content",)


def built_on(name: str, build, *, saved: bool = False):
    """What ``build()`` returns (keep it to ids), with the rows it wrote. A transactional test (browser tests) whose
    database is still exactly as a known state (as migrated, say, or that plus the demo site) builds it only the
    first time in this process: afterwards the database is put back from a copy taken then, in milliseconds.
    Anywhere else (inside a test's transaction, after other writes, on PostgreSQL) it is simply built.

    ``saved``: keep the copy (and the value, as JSON) next to the migrated template too, so the next process, and
    the next run, copies it instead of building it again (the demo takes seconds; xdist workers wait for the one
    that builds it). Only for builds whose rows alone are the result: no files written, no factory sequences that a
    later factory call in this process would repeat. A change of the code, the demo's data files, or the ACADEMY_
    environment makes a new copy."""
    from django.core.cache import cache
    from django.db import connection

    base = _known_state(connection)
    if base is None:
        return build()
    state = f"{base} + {name}"
    if state in _snapshots:
        copy, value = _snapshots[state]
        restore(connection, copy)
        cache.clear()  # Wagtail's caches may name the pages the database had before
    elif saved and getattr(connection, "migrated_template", None) is not None:
        path = _saved_snapshot_path(connection, state)
        with _locked(path):
            if path.exists():
                with contextlib.closing(sqlite3.connect(path)) as copy:
                    restore(connection, copy)
                value = json.loads(path.with_suffix(".json").read_text())
                cache.clear()
            else:
                value = build()
                path.with_suffix(".json").write_text(json.dumps(value))
                _save_snapshot(connection, path)
        _snapshots[state] = (copy_of(connection), value)
    else:
        value = build()
        _snapshots[state] = (copy_of(connection), value)
    _mark(connection, state)
    return value


def _saved_snapshot_path(connection, state: str) -> Path:
    template = connection.migrated_template
    digest = hashlib.sha256(state.encode())
    for folder in DEMO_DATA:
        for path in sorted((settings.BASE_DIR / folder).rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(path.read_bytes())
    digest.update(repr(sorted((k, v) for k, v in os.environ.items() if k.startswith("ACADEMY_"))).encode())
    return template.with_name(f"{template.stem}-{digest.hexdigest()[:16]}.sqlite3")


def _save_snapshot(connection, path: Path) -> None:
    partial = path.with_suffix(f".{os.getpid()}.partial")
    with contextlib.closing(sqlite3.connect(partial)) as target:
        connection.connection.backup(target)
    partial.replace(path)  # last, so a snapshot that exists is complete (its value was written before)
    template = connection.migrated_template
    for stale in path.parent.glob(f"{connection.alias}-*-*"):  # snapshots of templates since replaced
        if not stale.name.startswith(f"{template.stem}-"):
            stale.unlink(missing_ok=True)


def build_ahead() -> None:
    """Migrate the template now, if it is missing, in a process of its own: `make test` starts this in the background
    as soon as the virtualenv is ready, so the migrations (about 13 s) run while npm installs, the assets build and
    pytest's workers start and collect, and the workers, waiting on the lock, then copy it. Anything else (PostgreSQL,
    a template already there) returns at once; a failure leaves the workers to migrate as before."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings")
    django.setup()
    from django.db import connection

    if connection.vendor != "sqlite" or os.environ.get("ACADEMY_TEST_DB_TEMPLATE", "1") == "0":
        return
    with migrate_once():
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)


if __name__ == "__main__":
    build_ahead()
