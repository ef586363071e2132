"""The cache (Redis) as a Redis outage should meet it: a miss, not an error page, for everything with another home.

While Redis cannot be reached, reads miss and writes and deletes are skipped, so callers fall through to their own
copy: cached_db sessions read the database, Wagtail recomputes its site root paths. Rate-limit counters are the
exception: a counter that silently read zero would lift every limit during the outage, so their errors propagate
and the request gets the 'try again' page (academy.operations.middleware): rate-limited actions fail closed.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("academy.outages")
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
# allauth's limits (allauth.core.internal.ratelimit) and the service's own (academy.core.ratelimit).
FAIL_CLOSED_PREFIXES = ("allauth:rl:", "academy:ratelimit:")
LOG_EVERY_SECONDS = 10.0


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client builds a new ``redis.Redis`` for every cache call; redis-py's constructor fills in some 170
    response callbacks, which cost more CPU than the round trip itself (about 0.6 ms a call, two calls a cached page).
    One client per connection pool instead: a ``redis.Redis`` holds no connection of its own (its pool lends one for
    each command and checks the process id after a fork), so reusing it changes nothing else."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))  # pools live as long as this object, so their ids stay theirs
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, with get/get_many/has_key/set/delete that miss or do nothing while Redis is unreachable
    (add and incr, used only by counters, still raise)."""

    _last_logged = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def _fall_through(self, operation: str, key, error: Exception) -> None:
        keys = key if isinstance(key, list | tuple) else [key]
        if any(str(each).startswith(FAIL_CLOSED_PREFIXES) for each in keys):
            raise error
        # One line every few seconds per process, not one per request for the length of the outage.
        now = time.monotonic()
        if now - ResilientRedisCache._last_logged >= LOG_EVERY_SECONDS:
            ResilientRedisCache._last_logged = now
            logger.warning("Cache unreachable (%s skipped, falling through): %r", operation, error)

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNREACHABLE as error:
            self._fall_through("get", key, error)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except UNREACHABLE as error:
            self._fall_through("get_many", list(keys), error)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except UNREACHABLE as error:
            self._fall_through("has_key", key, error)
            return False

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except UNREACHABLE as error:
            self._fall_through("set", key, error)

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except UNREACHABLE as error:
            self._fall_through("delete", key, error)
            return False
