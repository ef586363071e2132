import os
import subprocess
import sys
from pathlib import Path

from academy import config

ROOT = Path(__file__).resolve().parent.parent
GOOD = {
    "SECRET_KEY": "x" * 30 + "abcdefghijklmnopqrstuvwxyz0123456789",
    "DEBUG": "false",
    "ALLOWED_HOSTS": "academy.example.org",
    "DATABASE_URL": "postgres://academy@db/academy",
    "REDIS_URL": "redis://redis:6379/0",
}


def test_a_complete_production_environment_has_no_problems():
    assert config.production_settings_problems(GOOD) == []


def test_production_refuses_the_development_secret_key():
    env = {**GOOD, "SECRET_KEY": config.DEVELOPMENT_SECRET_KEY}
    assert config.SECRET_KEY_INSECURE in config.production_settings_problems(env)


def test_production_refuses_a_missing_or_short_secret_key():
    assert config.SECRET_KEY_MISSING in config.production_settings_problems({**GOOD, "SECRET_KEY": ""})
    assert config.SECRET_KEY_TOO_SHORT in config.production_settings_problems({**GOOD, "SECRET_KEY": "short"})


def test_production_refuses_debug_empty_hosts_sqlite_and_no_redis():
    env = {**GOOD, "DEBUG": "true", "ALLOWED_HOSTS": "", "DATABASE_URL": "sqlite:///db.sqlite3", "REDIS_URL": ""}
    problems = config.production_settings_problems(env)
    for expected in [
        config.DEBUG_ON,
        config.ALLOWED_HOSTS_MISSING,
        config.DATABASE_URL_MISSING,
        config.REDIS_URL_MISSING,
    ]:
        assert expected in problems


def test_starting_in_production_with_an_insecure_key_exits_with_a_clear_message():
    env = {k: v for k, v in os.environ.items() if k not in GOOD}
    env.update({**GOOD, "ACADEMY_ENVIRONMENT": "production", "SECRET_KEY": config.DEVELOPMENT_SECRET_KEY})
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "Refusing to start in production" in result.stderr
    assert config.SECRET_KEY_INSECURE in result.stderr


def test_production_settings_turn_on_secure_cookies_and_hsts():
    env = {k: v for k, v in os.environ.items() if k not in GOOD}
    env.update({**GOOD, "ACADEMY_ENVIRONMENT": "production"})
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0, s.DEBUG)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "academy.settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True", "False"]


def test_env_bool_rejects_nonsense():
    import pytest

    with pytest.raises(ValueError, match="DEBUG must be true or false"):
        config.env_bool("DEBUG", default=False, environ={"DEBUG": "perhaps"})
