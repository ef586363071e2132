"""The one rate limiter: fixed-window counters kept in the cache (Redis in production, shared by every process).

A window opens with the first counted event for a scope and a client, and closes ``period`` seconds later. Views
either count every request against the client's address (``allow``: certificate verification) or count only
failures against a key of their own and look before acting (``hits``/``hit``: cohort join codes, per learner).
"""

from django.core.cache import cache

from academy.core.clientip import client_ip


def _key(scope: str, who: str) -> str:
    return f"academy:ratelimit:{scope}:{who}"


def hits(scope: str, who: str) -> int:
    """How many events ``who`` has had counted in ``scope`` in the open window (0 when none is open)."""
    return cache.get(_key(scope, who), 0)


def hit(scope: str, who: str, *, period: int) -> int:
    """Count one event for ``who`` in ``scope``, opening a ``period``-second window if none is open; the new count."""
    key = _key(scope, who)
    cache.add(key, 0, timeout=period)
    try:
        return cache.incr(key)  # keeps the window's expiry
    except ValueError:  # the window closed between add and incr
        cache.set(key, 1, timeout=period)
        return 1


def allow(request, *, scope: str, limit: int, period: int = 60) -> bool:
    """Count this request; False once the client has made more than ``limit`` in the open ``period``-second window.

    A ``limit`` of 0 or less turns the limit off.
    """
    if limit <= 0:
        return True
    return hit(scope, client_ip(request), period=period) <= limit
