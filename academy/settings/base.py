"""Settings for the Commissioning Academy, read from the environment with safe defaults.

Embedded default (no variables set): SQLite file, Celery tasks run eagerly in-process, emails to the console.
Production (ACADEMY_ENVIRONMENT=production): PostgreSQL via DATABASE_URL, Redis via REDIS_URL, secure cookies and
HSTS, and a refusal to start with an insecure SECRET_KEY, empty ALLOWED_HOSTS or no public https address
(ACADEMY_BASE_URL).

The feature apps' own settings (courses, assessments, certificates, cohorts, records, events, privacy) and their beat
schedules are in ``academy.settings.features``; ``academy.settings`` is both.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from wagtail.embeds import oembed_providers

from academy.config import (
    DEVELOPMENT_SECRET_KEY,
    base_url,
    base_url_problems,
    default_allowed_email_domains,
    env_bool,
    env_list,
    production_settings_problems,
    s3_storages,
    trusted_proxies,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent

ENVIRONMENT = os.environ.get("ACADEMY_ENVIRONMENT", "development").strip().lower()
if ENVIRONMENT not in {"development", "production"}:
    raise ImproperlyConfigured("ACADEMY_ENVIRONMENT must be 'development' or 'production'.")
PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = os.environ.get("SECRET_KEY", DEVELOPMENT_SECRET_KEY)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=[] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", default=[])

if PRODUCTION:
    _problems = production_settings_problems(os.environ)
    if _problems:
        raise ImproperlyConfigured("Refusing to start in production: " + " ".join(_problems))
elif _problems := base_url_problems(os.environ, production=False):
    raise ImproperlyConfigured(" ".join(_problems))

# The service's public address: the one setting for every absolute link (emails, certificates, QR codes, badges,
# Wagtail's admin emails). Required in production; http://127.0.0.1:8000 in development.
ACADEMY_BASE_URL = base_url(os.environ, production=PRODUCTION)
WAGTAILADMIN_BASE_URL = ACADEMY_BASE_URL

INSTALLED_APPS = [
    "academy.accounts",
    "academy.audit",
    "academy.privacy",
    "academy.demo",
    "academy.cohorts",
    "academy.certificates",
    "academy.api",
    "academy.records",
    "academy.events",
    "academy.plans",
    "academy.core",
    "academy.operations",
    "courses",
    "assessments",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "academy.accounts.wagtail_apps.AcademyUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_celery_beat",
    "health_check",
    "ninja",  # the HR API; its Swagger UI is served from static files, not a CDN
]

MIDDLEWARE = [
    "academy.operations.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous pages served from the cache before the session, CSRF, auth... run (keeping the headers they added).
    "academy.core.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "academy.accounts.staff_mfa.StaffTwoFactorMiddleware",
    "academy.audit.middleware.AuditMiddleware",
    "academy.core.middleware.ContentSecurityPolicyMiddleware",
    "academy.core.routecache.RouteCacheMiddleware",  # the site, route and view restrictions Wagtail would look up
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "academy.operations.middleware.ServiceUnavailableMiddleware",
]

ROOT_URLCONF = "academy.urls"
WSGI_APPLICATION = "academy.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "academy.core.context_processors.service",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "academy.core.postgresql"  # a health check without a round trip
    # Parameters bound by the server, and a statement a connection has run DATABASE_PREPARE_THRESHOLD times
    # prepared there (psycopg): PostgreSQL then parses and plans it once a connection. Measured for issue 14, it
    # halved the database's CPU on a quiz submission. Behind PgBouncer in transaction mode set it to "" (prepared
    # statements live in one server connection).
    _prepare_threshold = os.environ.get("DATABASE_PREPARE_THRESHOLD", "5")
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True, prepare_threshold=int(_prepare_threshold) if _prepare_threshold else None
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
# The cache may share the Redis server but should use its own database number (e.g. /1 beside a broker on /0).
REDIS_CACHE_URL = os.environ.get("REDIS_CACHE_URL", REDIS_URL)
if REDIS_CACHE_URL:
    CACHES = {
        "default": {
            # While Redis is down, reads miss and writes are skipped (sessions and Wagtail fall through to the
            # database), except rate-limit counters, which fail closed: the 'try again' page (academy.core.cache).
            "BACKEND": "academy.core.cache.ResilientRedisCache",
            "LOCATION": REDIS_CACHE_URL,
            # A Redis that stops answering fails a request in seconds, not at gunicorn's timeout.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    # Every web process reads sessions from Redis; the database copy keeps people signed in while Redis is down.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole anonymous pages kept in the cache (academy.core.pagecache); 0 turns the page cache off.
ACADEMY_PAGE_CACHE_SECONDS = int(os.environ.get("ACADEMY_PAGE_CACHE_SECONDS", "3600"))

# Celery: a real broker when REDIS_URL is set, otherwise every task runs eagerly in the calling process.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = "Europe/London"
# Beat reads its schedule from the database (django-celery-beat), editable in the Django admin under *Periodic
# tasks*. The entries below are the defaults: a migration seeds them, and beat adds any that are missing when it
# starts, but never overwrites an administrator's change (academy.operations.beat.DatabaseScheduler).
CELERY_BEAT_SCHEDULE: dict = {}
CELERY_BEAT_SCHEDULER = "academy.operations.beat:DatabaseScheduler"
# A message a worker took but never acknowledged (the worker died) goes back to the queue after this many seconds.
# Workers look for such messages every `unacked_restore_interval` seconds (kombu otherwise scans only every tenth
# look, about every 100 seconds, whatever the timeout).
_visibility_timeout = int(os.environ.get("ACADEMY_CELERY_VISIBILITY_TIMEOUT", "3600"))
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": _visibility_timeout,
    "unacked_restore_interval": min(10, _visibility_timeout),
    "unacked_restore_throttle": 1,
}
# A Redis restart of a few seconds: publishing a task retries for about 5s before giving up (the request then gets
# the 'try again' page). Emails do not wait: they are rows in an outbox that beat's sweep sends (academy.accounts.mail).
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 5, "interval_start": 0.2, "interval_step": 0.5, "interval_max": 1.5}
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_WORKER_SEND_TASK_EVENTS = False

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if env_bool("ACADEMY_FAST_PASSWORD_HASHER", default=False):
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The service's name: in the header, every email (and their subjects) and authenticator apps.
ACADEMY_SERVICE_NAME = os.environ.get("ACADEMY_SERVICE_NAME", "Commissioning Academy")

# django-allauth
ACCOUNT_ADAPTER = "academy.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "academy.accounts.signup_fields.ProfileSignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"{ACADEMY_SERVICE_NAME}: "
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}
MFA_ADAPTER = "academy.accounts.adapter.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = ACADEMY_SERVICE_NAME
# Single sign-on: each organisation's OpenID Connect provider is a row in the Django admin ("Organisation identity
# providers"); allauth's OpenID Connect provider reads them through the adapter, with this project's ID token checks.
SOCIALACCOUNT_ADAPTER = "academy.accounts.sso.adapter.SocialAccountAdapter"
SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {
        "provider_class": "academy.accounts.sso.provider.OrganisationProvider",
        "OAUTH_PKCE_ENABLED": True,
    }
}
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True  # an existing account is linked only by an email the provider verified
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_REQUESTS_TIMEOUT = 10
# Staff (administrators, authors, reviewers, markers, cohort leads) must use two-factor authentication or sign in
# through a provider marked as multi-factor. On by default in production; off by default in development and tests.
ACADEMY_REQUIRE_STAFF_MFA = env_bool("ACADEMY_REQUIRE_STAFF_MFA", default=PRODUCTION)
# Permissions that make a person staff for that rule (superusers and is_staff always are).
ACADEMY_STAFF_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "cohorts.lead_cohorts",
    "cohorts.manage_all_cohorts",
    "assessments.mark_attempt",
]
LOGIN_REDIRECT_URL = "/"
LOGIN_URL = "account_login"
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"

# Who may sign up (or add an email address). Unset: anyone, except under `make run` (DEBUG development), where the
# demo's own domains and public-sector ones are allowed (config.DEVELOPMENT_ALLOWED_EMAIL_DOMAINS). Empty: anyone.
ACADEMY_ALLOWED_EMAIL_DOMAINS = env_list(
    "ACADEMY_ALLOWED_EMAIL_DOMAINS", default=default_allowed_email_domains(production=PRODUCTION, debug=DEBUG)
)
ACADEMY_SUPPORT_EMAIL = os.environ.get("ACADEMY_SUPPORT_EMAIL", "support@commissioning-academy.example")

# Emails whose message never reached a worker (the broker was down) are sent from the outbox by this sweep.
CELERY_BEAT_SCHEDULE["accounts-send-pending-emails"] = {
    "task": "academy.accounts.tasks.send_pending_emails",
    "schedule": 60.0,
}

# Email: console by default; any Django backend (SMTP, GOV.UK Notify via django-gov-notify) by setting.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "emails"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Commissioning Academy <no-reply@commissioning-academy.example>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "academy" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION

# Wagtail
WAGTAIL_SITE_NAME = ACADEMY_SERVICE_NAME
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "academy.core.search"}}  # the database backend, with any text accepted
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_PASSWORD_RESET_ENABLED = False  # people reset passwords through the site's own (rate-limited) journey
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Only the video services the public pages' Content Security Policy lets learners' browsers frame (frame-src).
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [oembed_providers.youtube, oembed_providers.vimeo]}
]

# Security
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True

# Logs: one JSON object a line in production (request id, client address, task id), plain text in development.
ACADEMY_LOG_FORMAT = os.environ.get("ACADEMY_LOG_FORMAT", "json" if PRODUCTION else "text").strip().lower()
if ACADEMY_LOG_FORMAT not in {"json", "text"}:
    raise ImproperlyConfigured("ACADEMY_LOG_FORMAT must be 'json' or 'text'.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"context": {"()": "academy.operations.logs.ContextFilter"}},
    "formatters": {
        "json": {"()": "academy.operations.logs.JsonFormatter"},
        "text": {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": ACADEMY_LOG_FORMAT, "filters": ["context"]}
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

ACCOUNT_FORMS = {
    "login": "academy.accounts.forms.LoginForm",
    "signup": "academy.accounts.forms.SignupForm",
    "reset_password": "academy.accounts.forms.ResetPasswordForm",
    "reset_password_from_key": "academy.accounts.forms.ResetPasswordKeyForm",
    "change_password": "academy.accounts.forms.ChangePasswordForm",
    "set_password": "academy.accounts.forms.SetPasswordForm",
    "add_email": "academy.accounts.forms.ChangeEmailForm",
    "reauthenticate": "academy.accounts.forms.ReauthenticateForm",
}
MFA_FORMS = {
    "authenticate": "academy.accounts.forms.AuthenticateForm",
    "reauthenticate": "academy.accounts.forms.MFAReauthenticateForm",
    "activate_totp": "academy.accounts.forms.ActivateTOTPForm",
}


# Wagtail's scheduled publishing ("Go live at" / "Expire at") happens only when publish_scheduled runs.
CELERY_BEAT_SCHEDULE["wagtail-publish-scheduled"] = {
    "task": "academy.operations.tasks.publish_scheduled_pages",
    "schedule": 60.0,
}

# PDFs hold personal data: their own storage, never served from MEDIA_URL (downloads go through an owner-only view).
STORAGES["certificates"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": os.environ.get("ACADEMY_CERTIFICATE_ROOT", str(BASE_DIR / "var" / "certificates"))},
}

# Object storage: with ACADEMY_S3_BUCKET set, media, certificates and exports go to one private S3 bucket
# (django-storages); otherwise local directories. Lesson images are then served by signed URLs from the storage's
# origin, which the Content Security Policy must let browsers load.
STORAGES.update(s3_storages(os.environ))
ACADEMY_MEDIA_ORIGIN = ""
if "S3" in STORAGES["default"]["BACKEND"]:
    _endpoint = STORAGES["default"]["OPTIONS"]["endpoint_url"]
    _region = STORAGES["default"]["OPTIONS"]["region_name"]
    ACADEMY_MEDIA_ORIGIN = (
        f"{urlsplit(_endpoint).scheme}://{urlsplit(_endpoint).netloc}"
        if _endpoint
        else f"https://*.s3.{_region}.amazonaws.com"
    )

# Behind a proxy or load balancer: the addresses (or CIDR networks) of the proxies whose X-Forwarded-For header is
# believed. Empty (the default): the connecting address is the client's, and X-Forwarded-For is ignored.
ACADEMY_TRUSTED_PROXIES = trusted_proxies(os.environ)
# A request id from a trusted proxy's header (e.g. X-Request-ID) is kept; otherwise one is made for each request.
ACADEMY_REQUEST_ID_HEADER = os.environ.get("ACADEMY_REQUEST_ID_HEADER", "X-Request-ID")

# Readiness (/health/ready): how long to wait for a Celery worker to answer a ping.
ACADEMY_HEALTH_WORKER_TIMEOUT = float(os.environ.get("ACADEMY_HEALTH_WORKER_TIMEOUT", "2"))
