import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from academy import config

ROOT = Path(__file__).resolve().parent.parent
GOOD = {
    "SECRET_KEY": "x" * 30 + "abcdefghijklmnopqrstuvwxyz0123456789",
    "DEBUG": "false",
    "ALLOWED_HOSTS": "academy.example.org",
    "DATABASE_URL": "postgres://academy@db/academy",
    "REDIS_URL": "redis://redis:6379/0",
    "ACADEMY_BASE_URL": "https://academy.example.org",
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


def test_production_refuses_to_start_without_a_public_address():
    env = {k: v for k, v in GOOD.items() if k != "ACADEMY_BASE_URL"}
    assert config.production_settings_problems(env) == [config.BASE_URL_MISSING]


@pytest.mark.parametrize(
    "address",
    ["http://127.0.0.1:8000", "https://127.0.0.1", "https://localhost:8443", "https://[::1]", "https://0.0.0.0"],
)
def test_production_refuses_a_loopback_public_address(address):
    assert config.BASE_URL_LOOPBACK in config.production_settings_problems({**GOOD, "ACADEMY_BASE_URL": address})


def test_production_refuses_a_public_address_without_https():
    problems = config.production_settings_problems({**GOOD, "ACADEMY_BASE_URL": "http://academy.example.org"})
    assert problems == [config.BASE_URL_NOT_HTTPS]


@pytest.mark.parametrize(
    "address",
    [
        "academy.example.org",
        "ftp://academy.example.org",
        "https://",
        "https://academy.example.org/learning",
        "https://academy.example.org/?x=1",
        "https://academy.example.org:port",
        "https://user:secret@academy.example.org",
    ],
)
def test_a_public_address_that_is_not_a_scheme_and_host_is_refused_in_every_environment(address):
    env = {"ACADEMY_BASE_URL": address}
    assert config.base_url_problems(env, production=False) == [config.BASE_URL_INVALID]
    assert config.BASE_URL_INVALID in config.production_settings_problems({**GOOD, **env})


def test_a_trailing_slash_on_the_public_address_is_dropped():
    assert config.base_url({"ACADEMY_BASE_URL": " https://academy.example.org/ "}, production=True) == (
        "https://academy.example.org"
    )
    assert config.production_settings_problems({**GOOD, "ACADEMY_BASE_URL": "https://academy.example.org/"}) == []


def test_development_defaults_the_public_address_to_the_local_server():
    assert config.base_url({}, production=False) == config.DEVELOPMENT_BASE_URL == "http://127.0.0.1:8000"
    assert config.base_url_problems({}, production=False) == []


def test_a_wagtail_admin_address_that_differs_from_the_public_address_is_refused():
    env = {**GOOD, "WAGTAILADMIN_BASE_URL": "https://old.example.org"}
    assert config.production_settings_problems(env) == [config.WAGTAILADMIN_BASE_URL_SET]
    assert config.base_url_problems({"WAGTAILADMIN_BASE_URL": "https://old.example.org"}, production=False) == [
        config.WAGTAILADMIN_BASE_URL_SET
    ]
    assert config.production_settings_problems({**GOOD, "WAGTAILADMIN_BASE_URL": GOOD["ACADEMY_BASE_URL"]}) == []


def test_the_wagtail_admin_address_is_the_public_address():
    assert settings.WAGTAILADMIN_BASE_URL == settings.ACADEMY_BASE_URL


def test_starting_in_production_without_a_public_address_exits_with_a_clear_message():
    env = {k: v for k, v in os.environ.items() if k not in GOOD}
    env.update({k: v for k, v in GOOD.items() if k != "ACADEMY_BASE_URL"})
    env["ACADEMY_ENVIRONMENT"] = "production"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "Refusing to start in production" in result.stderr
    assert config.BASE_URL_MISSING in result.stderr


def test_starting_in_development_with_a_malformed_public_address_exits_with_a_clear_message():
    env = {k: v for k, v in os.environ.items() if k not in GOOD}
    env["ACADEMY_BASE_URL"] = "academy.example.org"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert config.BASE_URL_INVALID in result.stderr


def test_make_run_allows_the_demo_domains_and_public_sector_domains_by_default():
    assert config.default_allowed_email_domains(production=False, debug=True) == [
        "*.example",
        "*.gov.uk",
        "*.nhs.uk",
        "*.police.uk",
        "*.mod.uk",
    ]


def test_without_debug_or_in_production_the_allow_list_is_empty_unless_set():
    assert config.default_allowed_email_domains(production=False, debug=False) == []
    assert config.default_allowed_email_domains(production=True, debug=True) == []


def _allow_list_in(env_changes: dict) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "ACADEMY_ALLOWED_EMAIL_DOMAINS"}}
    env.update(env_changes)
    code = (
        "from django.conf import settings; print(settings.ACADEMY_ALLOWED_EMAIL_DOMAINS)"  # reading settings is enough
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
    return result.stdout.strip()


def test_the_setting_wins_over_the_development_default_and_empty_means_anyone():
    assert _allow_list_in({"DEBUG": "true"}) == str(list(config.DEVELOPMENT_ALLOWED_EMAIL_DOMAINS))
    assert _allow_list_in({"DEBUG": "true", "ACADEMY_ALLOWED_EMAIL_DOMAINS": "council.gov.uk"}) == "['council.gov.uk']"
    assert _allow_list_in({"DEBUG": "true", "ACADEMY_ALLOWED_EMAIL_DOMAINS": ""}) == "[]"


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
        "from django.conf import settings as s; "
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
    with pytest.raises(ValueError, match="DEBUG must be true or false"):
        config.env_bool("DEBUG", default=False, environ={"DEBUG": "perhaps"})


def test_with_an_s3_bucket_every_stored_file_goes_to_the_bucket():
    # The certificates' own local storage is only the default: object storage, when set, replaces it too.
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "academy.settings",
        "ACADEMY_S3_BUCKET": "academy-files",
        "ACADEMY_S3_ENDPOINT_URL": "http://127.0.0.1:9",
        "AWS_ACCESS_KEY_ID": "key",
        "AWS_SECRET_ACCESS_KEY": "secret",
    }
    code = "from django.conf import settings; print(sorted({k: v['BACKEND'] for k, v in settings.STORAGES.items()}.items()))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    backends = dict(eval(result.stdout))  # noqa: S307 - our own subprocess's printed list of pairs
    assert (
        backends["certificates"]
        == backends["cohort_exports"]
        == backends["default"]
        == "storages.backends.s3.S3Storage"
    )
