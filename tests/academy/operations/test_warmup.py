"""A web worker loads and compiles its URLs as it starts, not in its first request (issue 14)."""

import os
import subprocess
import sys
from ast import literal_eval

from django.conf import settings
from django.urls import URLResolver, clear_url_caches, get_resolver, reverse

from academy.operations.warmup import warm_up


def _patterns(resolver):
    for pattern in resolver.url_patterns:
        yield pattern
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern)


def _compiled(pattern) -> bool:
    regex = pattern.pattern
    return "regex" in regex.__dict__ or bool(getattr(regex, "_regex_dict", None))


def test_warm_up_compiles_every_pattern_and_builds_the_reverse_tables():
    clear_url_caches()
    resolver = get_resolver()
    assert not resolver._populated

    count = warm_up()

    patterns = list(_patterns(resolver))
    assert count == len(patterns) > 100
    assert all(_compiled(pattern) for pattern in patterns)
    assert resolver._populated
    assert all(p._populated for p in patterns if isinstance(p, URLResolver))
    assert reverse("learning:dashboard") == "/my-learning/"  # the tables it built still answer


def test_the_wsgi_module_warms_up_before_a_worker_takes_a_request():
    code = (
        "import sys; import academy.wsgi; from django.urls import get_resolver; "
        "print(get_resolver()._populated, 'assessments.views' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=settings.BASE_DIR, timeout=120, check=True
    )
    assert result.stdout.split() == ["True", "True"]


FIRST_REQUEST_PARTS = """
import sys
from importlib import import_module

import academy.wsgi
from django.conf import settings
from django.contrib.messages.storage import default_storage
from django.core.cache import cache
from django.test import RequestFactory

from academy.celery import app
from academy.records.tasks import build_statement

request = RequestFactory().get("/")
request.session = import_module(settings.SESSION_ENGINE).SessionStore()
before = set(sys.modules)
backends_looked_up = []
looked_up = app._get_backend
app._get_backend = lambda: backends_looked_up.append(1) or looked_up()
app.conf.task_always_eager = False  # queued to the broker, as in production
build_statement.apply_async(kwargs={"statement_id": "none"})
request.session.get("anything")
cache.get("anything")
default_storage(request)
print(sorted(set(sys.modules) - before), len(backends_looked_up))
"""


def test_a_warmed_worker_imports_nothing_to_queue_a_task_or_read_the_session_cache_and_messages():
    result = subprocess.run(
        [sys.executable, "-c", FIRST_REQUEST_PARTS],
        capture_output=True, text=True, cwd=settings.BASE_DIR, timeout=120, check=True,
        env={**os.environ, "REDIS_URL": "", "REDIS_CACHE_URL": ""},  # the memory broker: nothing to reach
    )  # fmt: skip
    modules, backends_looked_up = result.stdout.rsplit(" ", 1)
    assert literal_eval(modules) == []
    assert backends_looked_up.strip() == "0"  # the result backend was set up by the warm-up


def test_the_warm_up_reaches_no_server_a_worker_starts_while_redis_is_down():
    code = "import sys; import academy.wsgi; from academy.celery import app; print(app.finalized, 'kombu.transport.redis' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, cwd=settings.BASE_DIR, timeout=120, check=True,
        env={**os.environ, "REDIS_URL": "redis://127.0.0.1:9/0", "REDIS_CACHE_URL": "redis://127.0.0.1:9/1"},
    )  # fmt: skip
    assert result.stdout.split() == ["True", "True"]


def test_a_worker_freezes_the_application_out_of_the_garbage_collectors_sight():
    code = "import gc; import academy.wsgi; print(gc.get_freeze_count(), len(gc.get_objects()))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=settings.BASE_DIR, timeout=120, check=True
    )
    frozen, still_tracked = map(int, result.stdout.split())
    # The application's objects (about a quarter of a million) are frozen; the collector walks only the few made
    # since (this script's own).
    assert frozen > 100_000
    assert still_tracked < frozen / 100
