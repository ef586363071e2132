"""Reading settings from the environment, and the checks production must pass before it starts."""

import ipaddress
import os
from collections.abc import Mapping
from urllib.parse import urlsplit

from botocore.config import Config as BotoConfig

DEVELOPMENT_SECRET_KEY = "django-insecure-development-key-for-the-commissioning-academy-do-not-use"  # noqa: S105
# The public address when none is configured: development only (`make run` serves here).
DEVELOPMENT_BASE_URL = "http://127.0.0.1:8000"
# Who may sign up under `make run` (DEBUG development) when ACADEMY_ALLOWED_EMAIL_DOMAINS is not set: the demo's
# accounts (all under .example, a name reserved for examples that no real address uses) and public-sector domains,
# so the sign-up page's "use your work email address" is true of the demo too.
DEVELOPMENT_ALLOWED_EMAIL_DOMAINS = ("*.example", "*.gov.uk", "*.nhs.uk", "*.police.uk", "*.mod.uk")

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off", ""}

SECRET_KEY_MISSING = "SECRET_KEY is not set."  # noqa: S105 - a message, not a key
SECRET_KEY_INSECURE = "SECRET_KEY is the development default or starts with 'django-insecure'."  # noqa: S105
SECRET_KEY_TOO_SHORT = "SECRET_KEY must be at least 50 characters with at least 5 different characters."  # noqa: S105
DEBUG_ON = "DEBUG must be off."
ALLOWED_HOSTS_MISSING = "ALLOWED_HOSTS must name the host(s) the service answers on."
DATABASE_URL_MISSING = "DATABASE_URL must point at PostgreSQL."
REDIS_URL_MISSING = "REDIS_URL must be set (Celery broker and cache)."
BASE_URL_MISSING = (
    "ACADEMY_BASE_URL must be set to the service's public address, for example https://academy.example.org."
)
BASE_URL_INVALID = (
    "ACADEMY_BASE_URL must be an address such as https://academy.example.org: http:// or https:// and a host name, "
    "with no path, query or fragment."
)
BASE_URL_NOT_HTTPS = "ACADEMY_BASE_URL must start with https:// in production."
BASE_URL_LOOPBACK = (
    "ACADEMY_BASE_URL must be the public address, not a loopback address such as 127.0.0.1 or localhost."
)
WAGTAILADMIN_BASE_URL_SET = (
    "WAGTAILADMIN_BASE_URL is derived from ACADEMY_BASE_URL and no longer read: set the public address in "
    "ACADEMY_BASE_URL and remove WAGTAILADMIN_BASE_URL."
)


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


def default_allowed_email_domains(*, production: bool, debug: bool) -> list[str]:
    """The allow-list when ACADEMY_ALLOWED_EMAIL_DOMAINS is unset: the demo's under `make run`, else none (anyone)."""
    return list(DEVELOPMENT_ALLOWED_EMAIL_DOMAINS) if debug and not production else []


def base_url(environ: Mapping[str, str], *, production: bool) -> str:
    """ACADEMY_BASE_URL without a trailing slash; unset, it is the development address, or empty in production."""
    raw = environ.get("ACADEMY_BASE_URL", "").strip()
    if not raw:
        return "" if production else DEVELOPMENT_BASE_URL
    return raw.rstrip("/")


def base_url_problems(environ: Mapping[str, str], *, production: bool) -> list[str]:
    """What is wrong with the public address: its shape always; in production, also http and loopback hosts."""
    problems = []
    value = base_url(environ, production=production)
    wagtail_value = environ.get("WAGTAILADMIN_BASE_URL", "").strip().rstrip("/")
    if wagtail_value and wagtail_value != value:
        # Two settings for one address drift apart: refuse rather than silently ignore the old one.
        problems.append(WAGTAILADMIN_BASE_URL_SET)
    if not value:
        return [*problems, BASE_URL_MISSING]
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return [*problems, BASE_URL_INVALID]
    if (
        parts.scheme not in {"http", "https"}
        or not parts.hostname
        or parts.path
        or parts.query
        or parts.fragment
        or parts.username
        or parts.password
    ):
        return [*problems, BASE_URL_INVALID]
    if production:
        if parts.scheme != "https":
            problems.append(BASE_URL_NOT_HTTPS)
        if is_loopback_host(parts.hostname):
            problems.append(BASE_URL_LOOPBACK)
    return problems


def is_loopback_host(host: str) -> bool:
    """True for names and addresses that only ever reach this machine (localhost, 127.0.0.0/8, ::1, 0.0.0.0)."""
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


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
    problems.extend(base_url_problems(environ, production=True))
    return problems


TRUSTED_PROXY_INVALID = (
    "ACADEMY_TRUSTED_PROXIES must be a comma-separated list of addresses or networks (CIDR), such as "
    "10.0.0.0/8,127.0.0.1; {value!r} is not one."
)
S3_ENDPOINT_INVALID = "ACADEMY_S3_ENDPOINT_URL must be an http:// or https:// address, such as https://s3.example.org."


def trusted_proxies(environ: Mapping[str, str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """The networks whose X-Forwarded-For we believe (ACADEMY_TRUSTED_PROXIES); none by default."""
    networks = []
    for item in env_list("ACADEMY_TRUSTED_PROXIES", default=[], environ=environ):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ValueError(TRUSTED_PROXY_INVALID.format(value=item)) from None
    return networks


def s3_storages(environ: Mapping[str, str]) -> dict[str, dict]:
    """STORAGES entries for object storage when ACADEMY_S3_BUCKET is set; empty (local files) otherwise.

    One private bucket, a prefix per kind of file. Nothing is public: every URL the storage hands out is signed and
    expires after ACADEMY_S3_URL_EXPIRY seconds; certificates and exports are streamed after the access check.
    Credentials come from boto3's usual chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, an instance role...).
    """
    bucket = environ.get("ACADEMY_S3_BUCKET", "").strip()
    if not bucket:
        return {}
    endpoint = environ.get("ACADEMY_S3_ENDPOINT_URL", "").strip() or None
    if endpoint and urlsplit(endpoint).scheme not in {"http", "https"}:
        raise ValueError(S3_ENDPOINT_INVALID)
    common = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": environ.get("ACADEMY_S3_REGION", "eu-west-2"),
        "default_acl": None,  # the bucket's own (private) policy, never public-read
        "querystring_auth": True,
        "querystring_expire": int(environ.get("ACADEMY_S3_URL_EXPIRY", "300")),
        "file_overwrite": False,
        "addressing_style": "path" if endpoint else None,
        "signature_version": "s3v4",
        # Fail fast when storage is down, so the learner sees "try again" and the task retries, not a hung worker.
        "client_config": BotoConfig(
            connect_timeout=5, read_timeout=30, retries={"max_attempts": 2, "mode": "standard"}
        ),
    }
    backend = "storages.backends.s3.S3Storage"
    return {
        "default": {"BACKEND": backend, "OPTIONS": {**common, "location": "media"}},
        "certificates": {"BACKEND": backend, "OPTIONS": {**common, "location": "certificates"}},
        "cohort_exports": {"BACKEND": backend, "OPTIONS": {**common, "location": "exports"}},
    }
