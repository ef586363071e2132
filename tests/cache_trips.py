"""Counting a request's round trips to the cache: the tests that pin how few a page needs."""

from django.core.cache import caches


def round_trips(monkeypatch, fetch) -> list[tuple[str, object]]:
    """The ``get`` and ``get_many`` calls to the default cache while ``fetch()`` runs, each one round trip."""
    backend = caches["default"]
    calls, depth = [], []

    def counted(method):
        original = getattr(backend, method)

        def call(*args, **kwargs):
            if not depth:  # the local-memory cache's get_many calls its get: one round trip
                calls.append((method, args[0]))
            depth.append(method)
            try:
                return original(*args, **kwargs)
            finally:
                depth.pop()

        monkeypatch.setattr(backend, method, call)

    counted("get")
    counted("get_many")
    fetch()
    return calls
