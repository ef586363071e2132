"""Retention, with the clock given: inactive accounts warned then deleted; old downloads, uploads and logs removed."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from academy.accounts.models import SentEmail, User
from academy.audit import actions
from academy.audit.models import AuditEntry
from academy.cohorts.models import InvitationBatch
from academy.privacy.models import DataExport
from academy.privacy.retention import apply_retention
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import make_cohort
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db
NOW = timezone.now()


@pytest.fixture(autouse=True)
def periods(settings):
    settings.ACADEMY_INACTIVE_ACCOUNT_DAYS = 365
    settings.ACADEMY_INACTIVE_ACCOUNT_WARNING_DAYS = 30
    settings.ACADEMY_UPLOAD_KEEP_DAYS = 90
    settings.ACADEMY_SENT_EMAIL_LOG_KEEP_DAYS = 365
    settings.ACADEMY_AUDIT_KEEP_DAYS = 730


def last_seen(days_ago: int, **fields) -> User:
    return UserFactory(last_login=NOW - timedelta(days=days_ago), date_joined=NOW - timedelta(days=2000), **fields)


def run(*, days_later: int = 0, **kwargs):
    return apply_retention(now=NOW + timedelta(days=days_later), **kwargs)


def test_an_inactive_account_is_warned_then_deleted_after_the_notice(django_capture_on_commit_callbacks, mailoutbox):
    person = last_seen(340, email="idle@council.gov.uk")
    with django_capture_on_commit_callbacks(execute=True):
        report = run()
    assert report.warned == [person.pk] and report.deleted == []
    [warning] = [m for m in mailoutbox if m.to == ["idle@council.gov.uk"]]
    assert "will be deleted" in warning.subject
    assert run(days_later=29).deleted == []  # the notice has not run out
    assert run(days_later=30).deleted == [person.pk]
    assert User.objects.get(pk=person.pk).erased_at is not None
    assert AuditEntry.objects.filter(action=actions.INACTIVE_ACCOUNT_DELETED, target_id=str(person.pk)).exists()


def test_an_account_is_warned_once(mailoutbox):
    last_seen(340)
    run()
    assert run(days_later=1).warned == []


def test_signing_in_after_the_warning_keeps_the_account():
    person = last_seen(340)
    run()
    User.objects.filter(pk=person.pk).update(last_login=NOW + timedelta(days=5))
    assert run(days_later=40).deleted == []
    person.refresh_from_db()
    assert person.erased_at is None and person.inactivity_warning_sent_at is None


def test_active_staff_and_already_deleted_accounts_are_left_alone():
    last_seen(10)
    last_seen(1000, is_staff=True)
    last_seen(1000, is_superuser=True, is_staff=True)
    assert run().warned == []


def test_a_never_used_account_counts_from_when_it_was_made():
    person = UserFactory(last_login=None, date_joined=NOW - timedelta(days=400))
    assert run().warned == [person.pk]


def test_zero_days_turns_account_deletion_off(settings):
    settings.ACADEMY_INACTIVE_ACCOUNT_DAYS = 0
    last_seen(5000)
    assert run(days_later=100).warned == []


def test_expired_downloads_and_their_files_are_removed(django_capture_on_commit_callbacks):
    user = UserFactory()
    export = DataExport.objects.create(user=user, status=DataExport.Status.READY, expires_at=NOW + timedelta(hours=1))
    export.file.save("x.zip", ContentFile(b"zip"))
    storage, name = export.file.storage, export.file.name
    assert run().exports == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert run(days_later=1).exports == 1
    assert not DataExport.objects.exists() and not storage.exists(name)


def test_old_upload_records_sent_email_log_and_audit_entries_are_removed():
    cohort = make_cohort(courses=[make_course(modules=1, lessons=1)])
    batch = InvitationBatch.objects.create(cohort=cohort, source="csv")
    InvitationBatch.objects.filter(pk=batch.pk).update(created_at=NOW - timedelta(days=91))
    SentEmail.objects.create(recipient="a@council.gov.uk", subject="Old", sent_at=NOW - timedelta(days=366))
    SentEmail.objects.create(recipient="a@council.gov.uk", subject="New", sent_at=NOW - timedelta(days=1))
    AuditEntry.objects.create(action=actions.STAFF_SIGN_IN, created_at=NOW - timedelta(days=731))
    AuditEntry.objects.create(action=actions.STAFF_SIGN_IN, created_at=NOW - timedelta(days=1))
    report = run()
    assert (report.uploads, report.sent_emails, report.audit_entries) == (1, 1, 1)
    assert list(SentEmail.objects.values_list("subject", flat=True)) == ["New"]
    assert AuditEntry.objects.filter(action=actions.STAFF_SIGN_IN).count() == 1


def test_beat_runs_retention_daily():
    task = PeriodicTask.objects.get(name="privacy-apply-retention")
    assert task.task == "academy.privacy.tasks.apply_retention"
    assert (task.crontab.hour, task.crontab.minute) == ("2", "45")
