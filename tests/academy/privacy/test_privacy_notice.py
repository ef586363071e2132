"""The privacy notice states the periods the service actually uses (its defaults) and the rights it offers."""

from pathlib import Path

from django.conf import settings

NOTICE = (Path(settings.BASE_DIR) / "courses" / "demo" / "content" / "site" / "02-privacy.md").read_text()


def test_the_notice_states_the_default_retention_periods():
    assert f"{settings.ACADEMY_INACTIVE_ACCOUNT_DAYS // 365} years" in NOTICE
    assert f"{settings.ACADEMY_INACTIVE_ACCOUNT_WARNING_DAYS} days" in NOTICE
    assert f"{settings.ACADEMY_MY_DATA_KEEP_HOURS} hours" in NOTICE
    assert f"{settings.ACADEMY_COHORT_EXPORT_KEEP_DAYS} days" in NOTICE
    assert f"{settings.ACADEMY_UPLOAD_KEEP_DAYS} days" in NOTICE
    assert f"{settings.ACADEMY_SENT_EMAIL_LOG_KEEP_DAYS // 365} year" in NOTICE
    assert f"{settings.ACADEMY_AUDIT_KEEP_DAYS // 365} years" in NOTICE


def test_the_notice_names_the_account_pages_that_exercise_the_rights():
    for words in ("“Your details”", "“Download your data”", "“Delete your account”", "Removed learner", "Gravatar"):
        assert words in NOTICE
