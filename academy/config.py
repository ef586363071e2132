"""Reading settings from the environment, and the checks production must pass before it starts."""

import os
from collections.abc import Mapping

DEVELOPMENT_SECRET_KEY = "django-insecure-development-key-for-the-commissioning-academy-do-not-use"  # noqa: S105

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off", ""}

SECRET_KEY_MISSING = "SECRET_KEY is not set."  # noqa: S105 - a message, not a key
SECRET_KEY_INSECURE = "SECRET_KEY is the development default or starts with 'django-insecure'."  # noqa: S105
SECRET_KEY_TOO_SHORT = "SECRET_KEY must be at least 50 characters with at least 5 different characters."  # noqa: S105
DEBUG_ON = "DEBUG must be off."
ALLOWED_HOSTS_MISSING = "ALLOWED_HOSTS must name the host(s) the service answers on."
DATABASE_URL_MISSING = "DATABASE_URL must point at PostgreSQL."
REDIS_URL_MISSING = "REDIS_URL must be set (Celery broker and cache)."


def env_bool(name: str, *, default: bool, environ: Mapping[str, str] | None = None) -> bool:
    raw = (environ if environ is not None else os.environ).get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE_VALUES:
        return True
    if value in FALSE_VALUES:
        return False
    raise ValueError(f"{name} must be true or false, not {raw!r}.")


def env_list(name: str, *, default: list[str], environ: Mapping[str, str] | None = None) -> list[str]:
    raw = (environ if environ is not None else os.environ).get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def production_settings_problems(environ: Mapping[str, str]) -> list[str]:
    """Every reason the given environment is unsafe to run in production; empty when it is fine."""
    problems = []
    key = environ.get("SECRET_KEY", "")
    if not key:
        problems.append(SECRET_KEY_MISSING)
    elif key == DEVELOPMENT_SECRET_KEY or key.startswith("django-insecure"):
        problems.append(SECRET_KEY_INSECURE)
    elif len(key) < 50 or len(set(key)) < 5:
        problems.append(SECRET_KEY_TOO_SHORT)
    if env_bool("DEBUG", default=False, environ=environ):
        problems.append(DEBUG_ON)
    if not env_list("ALLOWED_HOSTS", default=[], environ=environ):
        problems.append(ALLOWED_HOSTS_MISSING)
    if not environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        problems.append(DATABASE_URL_MISSING)
    if not environ.get("REDIS_URL"):
        problems.append(REDIS_URL_MISSING)
    return problems
