"""The feature apps' settings and their beat schedules, read from the environment with safe defaults.

Read after ``academy.settings.base`` (the framework, services and security), which it extends: it adds entries to
``CELERY_BEAT_SCHEDULE``. ``academy.settings`` is both.
"""

import os
from pathlib import Path

from celery.schedules import crontab

from academy.config import env_bool, env_list
from academy.settings.base import ACADEMY_BASE_URL, ACADEMY_SERVICE_NAME, BASE_DIR, CELERY_BEAT_SCHEDULE

# Page types that may sit in a module's sequence (courses reads this; it never imports the apps that add types).
ACADEMY_COURSE_ITEM_PAGE_TYPES = ["courses.LessonPage", "assessments.QuizPage"]

# Assessments: attempts past their time limit are closed by beat even if the learner never comes back.
CELERY_BEAT_SCHEDULE["assessments-close-overdue-attempts"] = {
    "task": "assessments.tasks.close_overdue_attempts",
    "schedule": 60.0,
}

# Certificates
ACADEMY_CERTIFICATE_ISSUER_NAME = os.environ.get("ACADEMY_CERTIFICATE_ISSUER_NAME", ACADEMY_SERVICE_NAME)
# Ed25519 private key that signs Open Badges (PEM, or base64 of the 32-byte key). Required in production; in
# development a key is generated once in ACADEMY_BADGE_SIGNING_KEY_FILE (under var/, never in git).
ACADEMY_BADGE_SIGNING_KEY = os.environ.get("ACADEMY_BADGE_SIGNING_KEY", "")
ACADEMY_BADGE_SIGNING_KEY_FILE = Path(
    os.environ.get("ACADEMY_BADGE_SIGNING_KEY_FILE", BASE_DIR / "var" / "badge-signing-key.pem")
)
ACADEMY_CERTIFICATE_FONT = os.environ.get("ACADEMY_CERTIFICATE_FONT", "")  # a Unicode TTF for non-Latin names
# Verification page look-ups allowed per client IP per minute (0 turns the limit off).
ACADEMY_CERTIFICATE_VERIFY_RATE_LIMIT = int(os.environ.get("ACADEMY_CERTIFICATE_VERIFY_RATE_LIMIT", "30"))
CELERY_BEAT_SCHEDULE["certificates-issue-missing"] = {
    "task": "academy.certificates.tasks.issue_missing_certificates",
    "schedule": 300.0,
}
CELERY_BEAT_SCHEDULE["certificates-recertification-reminders"] = {
    "task": "academy.certificates.tasks.send_recertification_reminders",
    "schedule": 3600.0,
}

# Cohorts

ACADEMY_COHORT_INVITATION_DAYS = int(os.environ.get("ACADEMY_COHORT_INVITATION_DAYS", "14"))
ACADEMY_COHORT_REMINDER_OFFSETS = [
    int(days) for days in env_list("ACADEMY_COHORT_REMINDER_OFFSETS", default=["7", "1"])
]
ACADEMY_COHORT_DASHBOARD_PAGE_SIZE = int(os.environ.get("ACADEMY_COHORT_DASHBOARD_PAGE_SIZE", "50"))
ACADEMY_COHORT_EXPORT_STREAM_MAX_ROWS = int(os.environ.get("ACADEMY_COHORT_EXPORT_STREAM_MAX_ROWS", "1000"))
ACADEMY_COHORT_EXPORT_ROOT = Path(os.environ.get("ACADEMY_COHORT_EXPORT_ROOT", BASE_DIR / "var" / "exports"))
ACADEMY_COHORT_EXPORT_KEEP_DAYS = int(os.environ.get("ACADEMY_COHORT_EXPORT_KEEP_DAYS", "7"))
ACADEMY_COHORT_UPLOAD_MAX_BYTES = int(os.environ.get("ACADEMY_COHORT_UPLOAD_MAX_BYTES", str(1024 * 1024)))
ACADEMY_COHORT_UPLOAD_MAX_ROWS = int(os.environ.get("ACADEMY_COHORT_UPLOAD_MAX_ROWS", "2000"))
CELERY_BEAT_SCHEDULE["cohorts-deadline-reminders"] = {
    "task": "academy.cohorts.tasks.send_deadline_reminders",
    "schedule": crontab(hour=8, minute=0),
}
CELERY_BEAT_SCHEDULE["cohorts-weekly-digest"] = {
    "task": "academy.cohorts.tasks.send_weekly_digests",
    "schedule": crontab(day_of_week="mon", hour=8, minute=30),
}
CELERY_BEAT_SCHEDULE["cohorts-delete-old-exports"] = {
    "task": "academy.cohorts.tasks.delete_old_exports",
    "schedule": crontab(hour=3, minute=15),
}


# Learning records out: xAPI statements to learning record stores (endpoints are set in the Django admin).
ACADEMY_XAPI_ENABLED = env_bool("ACADEMY_XAPI_ENABLED", default=True)  # write statements for events at all
ACADEMY_XAPI_ACTOR = os.environ.get("ACADEMY_XAPI_ACTOR", "mbox_sha1sum")  # or "account"
ACADEMY_XAPI_ACCOUNT_HOMEPAGE = os.environ.get("ACADEMY_XAPI_ACCOUNT_HOMEPAGE", ACADEMY_BASE_URL)
ACADEMY_XAPI_LANGUAGE = os.environ.get("ACADEMY_XAPI_LANGUAGE", "en-GB")
ACADEMY_XAPI_BATCH_SIZE = int(os.environ.get("ACADEMY_XAPI_BATCH_SIZE", "50"))
ACADEMY_XAPI_TIMEOUT = float(os.environ.get("ACADEMY_XAPI_TIMEOUT", "10"))
ACADEMY_XAPI_RETRY_SECONDS = int(os.environ.get("ACADEMY_XAPI_RETRY_SECONDS", "30"))
ACADEMY_XAPI_RETRY_MAX_SECONDS = int(os.environ.get("ACADEMY_XAPI_RETRY_MAX_SECONDS", "3600"))
CELERY_BEAT_SCHEDULE["records-send-statements"] = {
    "task": "academy.records.tasks.sweep_statements",
    "schedule": 60.0,
    "description": "Queue xAPI statements waiting for a learning record store (after a broker or LRS outage).",
}

# Sessions (development days and masterclasses): reminders this many minutes before a session (2 days, 2 hours).
ACADEMY_SESSION_REMINDER_MINUTES = [
    int(minutes) for minutes in env_list("ACADEMY_SESSION_REMINDER_MINUTES", default=["2880", "120"])
]
CELERY_BEAT_SCHEDULE["events-session-reminders"] = {
    "task": "academy.events.tasks.send_session_reminders",
    "schedule": 600.0,
    "description": "Remind learners of their sessions (2 days and 2 hours before, once each)",
}
# Personal data (academy.privacy, academy.audit): download my data, delete my account, retention. Days; 0 turns a
# rule off. The privacy notice states these periods: change it when you change them.
ACADEMY_MY_DATA_KEEP_HOURS = int(os.environ.get("ACADEMY_MY_DATA_KEEP_HOURS", "72"))
ACADEMY_INACTIVE_ACCOUNT_DAYS = int(os.environ.get("ACADEMY_INACTIVE_ACCOUNT_DAYS", "1095"))
ACADEMY_INACTIVE_ACCOUNT_WARNING_DAYS = int(os.environ.get("ACADEMY_INACTIVE_ACCOUNT_WARNING_DAYS", "30"))
ACADEMY_UPLOAD_KEEP_DAYS = int(os.environ.get("ACADEMY_UPLOAD_KEEP_DAYS", "90"))
ACADEMY_SENT_EMAIL_LOG_KEEP_DAYS = int(os.environ.get("ACADEMY_SENT_EMAIL_LOG_KEEP_DAYS", "365"))
ACADEMY_AUDIT_KEEP_DAYS = int(os.environ.get("ACADEMY_AUDIT_KEEP_DAYS", "2190"))
CELERY_BEAT_SCHEDULE["privacy-apply-retention"] = {
    "task": "academy.privacy.tasks.apply_retention",
    "schedule": crontab(hour=2, minute=45),
}
# Admin avatars are never fetched from Gravatar: that would send a hash of each staff member's email to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
