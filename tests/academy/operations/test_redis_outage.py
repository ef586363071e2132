"""Redis down, met by one process: sessions and Wagtail fall through to the database, rate-limited actions fail
closed with the 'try again' page, and a task that cannot be published gives that page too; none of it a 500.

Redis is 'down' by pointing the cache at a loopback port nothing listens on."""

import socket

import pytest
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from kombu.exceptions import OperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

from academy.operations.middleware import ServiceUnavailableMiddleware
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db
CACHED_DB = "django.contrib.sessions.backends.cached_db"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again on leaving: connections are refused at once


def redis_down():
    """override_settings rather than pytest-django's settings: undone before the shared fixtures empty the cache."""
    return override_settings(
        CACHES={
            "default": {
                "BACKEND": "academy.core.cache.ResilientRedisCache",
                "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
                "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
            }
        },
        SESSION_ENGINE=CACHED_DB,
    )


def test_the_cache_misses_and_skips_writes_while_redis_is_down():
    with redis_down():
        cache.set("key", "value")
        assert cache.get("key", "missing") == "missing"
        assert "key" not in cache
        assert cache.get_many(["key"]) == {}
        assert cache.delete("key") is False


@pytest.mark.parametrize("key", ["allauth:rl:account:login:30/m/ip:ip:1.2.3.4", "academy:ratelimit:verify:1.2.3.4"])
def test_rate_limit_counters_fail_closed_while_redis_is_down(key):
    with redis_down(), pytest.raises(RedisConnectionError):
        cache.get(key, 0)


def test_a_session_saved_and_read_while_redis_is_down_comes_from_the_database():
    with redis_down():
        session = SessionStore()
        session["step"] = 3
        session.save()
        assert SessionStore(session.session_key).load() == {"step": 3}
        assert SessionStore().exists(session.session_key)
        session.delete()
        assert not SessionStore().exists(session.session_key)


def test_a_signed_in_learner_keeps_reading_lessons_while_redis_is_down(client):
    course = make_course(modules=1, lessons=1, slug="outage-reading")
    lesson = course.get_descendants().live().last().specific
    with override_settings(SESSION_ENGINE=CACHED_DB):
        client.force_login(UserFactory())  # written to the cache (memory here) and to the database
    with redis_down():
        assert client.get(reverse("learning:dashboard")).status_code == 200
        assert client.get(lesson.url).status_code == 200


def test_sign_in_fails_closed_with_the_try_again_page_while_its_rate_limit_cannot_be_counted(client):
    user = UserFactory()
    with redis_down():
        response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Try again in a minute" in response.content.decode()


def test_a_task_the_broker_would_not_take_gives_the_try_again_page(rf):
    outage = OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
    response = ServiceUnavailableMiddleware(lambda request: None).process_exception(rf.get("/"), outage)
    assert response.status_code == 503 and response["Retry-After"] == "30"
