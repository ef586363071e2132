"""Work a web worker would otherwise do on its first request, done once as it starts (``academy.wsgi``): import the
URLconf and every view module it names, compile each URL pattern's regular expression, and build the tables
``reverse`` reads; set up what a request uses lazily (the Celery app and its broker transport, the caches, the
session engine, the message storage). Nothing here opens a connection: a worker starts while Redis or the
database is down.

Measured for issue 14: a fresh gunicorn worker spent about 0.3 s of CPU on the URLs in its first request. With 200
quiz submissions arriving at once on four fresh workers, that was a fifth of all the CPU the requests used (py-spy),
and every learner who came first to a worker after a deploy or a restart waited for it. Once the URLs were warmed,
py-spy found the next: the first task a worker queued finalised the Celery app (importing every task module and
Celery's built-in tasks), imported the broker's transport and the event dispatcher and looked up the result backend
among the installed entry points: about 14% of the same burst.

Then the garbage collector: a worker holds about 260,000 objects once the application is loaded, and a full
collection walks them all (120 ms of CPU here). The first full collection came within a worker's first hundred
requests or so: four workers, half a second of CPU in the first burst of submissions. ``freeze_the_heap`` collects
once as the worker starts and moves what survives (the application: modules, models, URLs, settings) out of the
collector's sight, so later collections walk only what requests made (``gc.freeze``).
"""

import gc
from importlib import import_module

from django.conf import settings
from django.core.cache import caches
from django.urls import URLResolver, get_resolver
from django.utils.module_loading import import_string


def warm_up() -> int:
    """Load and compile every URL pattern and set up the lazy parts of a request; how many URL patterns there are."""
    _set_up_lazy_parts()
    return _compile(get_resolver())


def freeze_the_heap() -> int:
    """Collect once, then leave every object that survived out of later collections; how many were frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def _compile(resolver: URLResolver) -> int:
    resolver.reverse_dict  # noqa: B018 - builds (and keeps) the resolver's reverse tables for the active language
    count = 0
    for pattern in resolver.url_patterns:
        pattern.pattern.regex  # noqa: B018 - compiled once and kept by Django's descriptor
        count += 1
        if isinstance(pattern, URLResolver):
            count += _compile(pattern)
    return count


def _set_up_lazy_parts() -> None:
    from academy.celery import app

    app.finalize(auto=True)  # imports every task module; registers Celery's built-in tasks
    app.Task  # noqa: B018 - the app's task base class, built on first use
    app.amqp  # noqa: B018 - the message protocol, with its producer pool's settings
    app.events.Dispatcher  # noqa: B018 - imported when a task is sent
    app.backend  # noqa: B018 - the result backend (none kept), looked up among entry points when a task is sent
    app.connection_for_write().release()  # imports the broker's transport; a connection opens only when used
    import_module(settings.SESSION_ENGINE)
    import_string(settings.SESSION_SERIALIZER)
    import_string(settings.MESSAGE_STORAGE)
    for alias in settings.CACHES:
        caches[alias]  # imports and builds the backend; its client connects on first use
