"""Retention, run daily by beat: inactive accounts are warned and then deleted; old downloads, uploads and logs go.

Every period is a setting (days; 0 turns that rule off):
- ACADEMY_INACTIVE_ACCOUNT_DAYS: an account nobody has signed in to for this long is deleted (academy.privacy.
  services.delete_account), ACADEMY_INACTIVE_ACCOUNT_WARNING_DAYS after its owner was emailed a warning. Signing in
  cancels the warning. Staff accounts are never deleted this way.
- ACADEMY_MY_DATA_KEEP_HOURS: data downloads are removed once they expire.
- ACADEMY_UPLOAD_KEEP_DAYS: the rows of uploaded invitation lists (names and addresses) are removed.
- ACADEMY_SENT_EMAIL_LOG_KEEP_DAYS, ACADEMY_AUDIT_KEEP_DAYS: the log of emails sent and the audit log.
Cohort exports have their own rule (ACADEMY_COHORT_EXPORT_KEEP_DAYS, academy.cohorts.tasks.delete_old_exports).
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from academy.accounts.models import SentEmail
from academy.audit import actions
from academy.audit.services import purge_entries_older_than
from academy.cohorts.services.personal_data import delete_old_invitation_batches
from academy.core.links import absolute_url
from academy.privacy import services
from academy.privacy.models import DataExport

logger = logging.getLogger(__name__)
STALE_PENDING = timedelta(days=1)


@dataclass
class RetentionReport:
    warned: list[int] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)
    exports: int = 0
    uploads: int = 0
    sent_emails: int = 0
    audit_entries: int = 0


def apply_retention(*, now: datetime | None = None) -> RetentionReport:
    now = now or timezone.now()
    report = RetentionReport()
    _inactive_accounts(now, report)
    expired = DataExport.objects.filter(
        Q(expires_at__lte=now)
        | Q(status=DataExport.Status.PENDING, created_at__lte=now - STALE_PENDING)
        | Q(status=DataExport.Status.FAILED)
    )
    for export in expired:
        services.delete_export(export)
        report.exports += 1
    if settings.ACADEMY_UPLOAD_KEEP_DAYS:
        report.uploads = delete_old_invitation_batches(before=now - timedelta(days=settings.ACADEMY_UPLOAD_KEEP_DAYS))
    if settings.ACADEMY_SENT_EMAIL_LOG_KEEP_DAYS:
        cutoff = now - timedelta(days=settings.ACADEMY_SENT_EMAIL_LOG_KEEP_DAYS)
        report.sent_emails, _ = SentEmail.objects.filter(sent_at__lt=cutoff).delete()
    if settings.ACADEMY_AUDIT_KEEP_DAYS:
        report.audit_entries = purge_entries_older_than(now - timedelta(days=settings.ACADEMY_AUDIT_KEEP_DAYS))
    logger.info("Retention: %s", report)
    return report


def _inactive_accounts(now: datetime, report: RetentionReport) -> None:
    days, notice = settings.ACADEMY_INACTIVE_ACCOUNT_DAYS, settings.ACADEMY_INACTIVE_ACCOUNT_WARNING_DAYS
    if not days:
        return
    people = (
        get_user_model()
        .objects.filter(erased_at__isnull=True, is_staff=False, is_superuser=False)
        .annotate(last_seen=Coalesce("last_login", "date_joined"))
    )
    # Signed in since the warning: the warning no longer applies.
    people.filter(inactivity_warning_sent_at__isnull=False, last_seen__gt=F("inactivity_warning_sent_at")).update(
        inactivity_warning_sent_at=None
    )
    warned_long_enough = people.filter(
        inactivity_warning_sent_at__lte=now - timedelta(days=notice),
        last_seen__lte=now - timedelta(days=days - notice),
    )
    for person in warned_long_enough:
        services.delete_account(user=person, action=actions.INACTIVE_ACCOUNT_DELETED)
        report.deleted.append(person.pk)
    to_warn = people.filter(inactivity_warning_sent_at__isnull=True, last_seen__lte=now - timedelta(days=days - notice))
    for person in to_warn:
        person.inactivity_warning_sent_at = now
        person.save(update_fields=["inactivity_warning_sent_at"])
        services.send_email(
            person,
            "inactive_warning",
            {"deletion_date": now + timedelta(days=notice), "sign_in_url": absolute_url(reverse("account_login"))},
        )
        report.warned.append(person.pk)
