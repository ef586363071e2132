"""Redis down, met by one process: sessions fall through to the database, rate-limited actions fail closed with the
'try again' page, and a task that cannot be published gives that page too; none of it a 500.

Redis is 'down' by pointing the caches at a loopback port nothing listens on."""

import socket

import pytest
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.cache import caches
from django.test import override_settings
from django.urls import reverse
from kombu.exceptions import OperationalError

from academy.operations.middleware import ServiceUnavailableMiddleware
from tests.accounts.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again on leaving: connections are refused at once


def caches_at(location: str) -> dict:
    options = {"socket_connect_timeout": 1, "socket_timeout": 1}
    return {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": location, "OPTIONS": options},
        "fallthrough": {"BACKEND": "academy.core.cache.ResilientRedisCache", "LOCATION": location, "OPTIONS": options},
    }


@pytest.fixture
def redis_down():
    # override_settings, not pytest-django's settings: restored before the shared fixtures empty the cache.
    with override_settings(
        CACHES=caches_at(f"redis://127.0.0.1:{closed_port()}/0"),
        SESSION_ENGINE="django.contrib.sessions.backends.cached_db",
        SESSION_CACHE_ALIAS="fallthrough",
    ):
        yield


def test_the_fallthrough_cache_misses_and_skips_writes_while_redis_is_down(redis_down):
    cache = caches["fallthrough"]
    cache.set("key", "value")
    assert cache.get("key", "missing") == "missing"
    assert "key" not in cache
    assert cache.get_many(["key"]) == {}
    assert cache.delete("key") is False


def test_a_session_saved_and_read_while_redis_is_down_comes_from_the_database(redis_down):
    session = SessionStore()
    session["step"] = 3
    session.save()
    assert SessionStore(session.session_key).load() == {"step": 3}
    assert SessionStore().exists(session.session_key)
    session.delete()
    assert not SessionStore().exists(session.session_key)


def test_a_signed_in_learner_keeps_using_the_service_while_redis_is_down(client):
    with override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cached_db"):
        client.force_login(UserFactory())  # written to the cache (memory here) and to the database
    with override_settings(
        CACHES=caches_at(f"redis://127.0.0.1:{closed_port()}/0"),
        SESSION_ENGINE="django.contrib.sessions.backends.cached_db",
        SESSION_CACHE_ALIAS="fallthrough",
    ):
        assert client.get(reverse("learning:dashboard")).status_code == 200


def test_sign_in_fails_closed_with_the_try_again_page_while_its_rate_limit_cannot_be_counted(client, redis_down):
    user = UserFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Try again in a minute" in response.content.decode()


def test_a_task_the_broker_would_not_take_gives_the_try_again_page(rf):
    outage = OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
    response = ServiceUnavailableMiddleware(lambda request: None).process_exception(rf.get("/"), outage)
    assert response.status_code == 503 and response["Retry-After"] == "30"
