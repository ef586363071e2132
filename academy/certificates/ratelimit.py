"""A fixed-window request limit per client IP, kept in the cache (Redis in production, shared by every process)."""

import time

from allauth.account.adapter import get_adapter
from django.core.cache import cache
from django.core.exceptions import PermissionDenied


def client_ip(request) -> str:
    """The client's address as allauth reads it (honouring its trusted proxy settings), so limits agree."""
    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        return "unknown"


def allow(request, *, scope: str, limit: int, period: int = 60) -> bool:
    """Count this request; False once the client has made more than ``limit`` in the current ``period`` seconds."""
    if limit <= 0:
        return True
    window = int(time.time() // period)
    key = f"academy:ratelimit:{scope}:{client_ip(request)}:{window}"
    cache.add(key, 0, timeout=period + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period + 5)
        count = 1
    return count <= limit
