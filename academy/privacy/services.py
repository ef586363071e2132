"""The learner's data rights: download my data, delete my account.

Deleting an account keeps an anonymous placeholder and deletes or anonymises everything that names the person:
- deleted: quiz attempts and answers, data downloads, email addresses, password, two-factor devices, linked
  sign-in providers, invitations to their addresses, reminder choices, emails waiting and the log of emails sent,
  100-day plans (with their versions, feedback and comments) and comments written on others' plans, places at
  sessions still to come (the next person waiting is promoted), xAPI statements still held here;
- anonymised: the account (name "Removed learner", an address at removed.invalid, no roles, cannot sign in), the
  reasons written on their progress history, their certificates (name removed, PDFs deleted, verification kept);
- kept, anonymous: enrolments, completions and cohort memberships (a lead's counts stay right; the learner shows
  as "Removed learner"), and the audit log's entries (kept for ACADEMY_AUDIT_KEEP_DAYS).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from academy.accounts.erasure import addresses_of, anonymise_user
from academy.accounts.mail import queue_email
from academy.audit import actions
from academy.audit import services as audit
from academy.certificates import personal_data as certificates
from academy.cohorts.services import personal_data as cohorts
from academy.core.links import absolute_url
from academy.events import personal_data as events
from academy.plans import personal_data as plans
from academy.privacy import archive, tasks  # tasks call these services, which queue tasks: read at call time
from academy.privacy.models import DataExport
from academy.records import personal_data as records
from assessments.services import personal_data as assessments
from courses.selectors import personal_data as courses

logger = logging.getLogger(__name__)


def request_export(*, user, request=None) -> DataExport:
    """Start preparing a data download (a task, on commit); an export already being prepared is reused."""
    pending = DataExport.objects.filter(user=user, status=DataExport.Status.PENDING).first()
    if pending is not None:
        return pending
    export = DataExport.objects.create(user=user)
    audit.record(actions.MY_DATA_REQUESTED, actor=user, request=request, target=export)
    transaction.on_commit(lambda: tasks.prepare_data_export.delay(export_id=export.pk))
    return export


def prepare_export(*, export_id: int) -> DataExport | None:
    """Write the archive, mark it ready until ACADEMY_MY_DATA_KEEP_HOURS from now, email its owner. Idempotent."""
    export = DataExport.objects.select_related("user").filter(pk=export_id).first()
    if export is None or export.status != DataExport.Status.PENDING:
        return export
    try:
        content = archive.build_archive(user=export.user, service_name=settings.ACADEMY_SERVICE_NAME)
        export.file.save(f"{export.user_id}-{export.pk}.zip", ContentFile(content), save=False)
    except Exception:
        logger.exception("Data download %s failed", export.pk)
        DataExport.objects.filter(pk=export.pk).update(status=DataExport.Status.FAILED)
        raise
    now = timezone.now()
    with transaction.atomic():
        export.status = DataExport.Status.READY
        export.ready_at = now
        export.expires_at = now + timedelta(hours=settings.ACADEMY_MY_DATA_KEEP_HOURS)
        export.save(update_fields=["file", "status", "ready_at", "expires_at"])
        send_email(export.user, "my_data_ready", {"export": export, "url": absolute_url(reverse("privacy:my_data"))})
    return export


def delete_export(export: DataExport) -> None:
    name = export.file.name
    storage = export.file.storage
    export.delete()
    if name:
        transaction.on_commit(lambda: storage.exists(name) and storage.delete(name))


def delete_account(*, user, request=None, action: str = actions.ACCOUNT_DELETED) -> None:
    """Delete the person's account as described above, in one transaction. Safe to run twice."""
    with transaction.atomic():
        audit.record(
            action,
            actor=user if action == actions.ACCOUNT_DELETED else None,
            request=request,
            target=audit.Target(type="accounts.user", id=str(user.pk), label=f"Account {user.pk}"),
        )
        addresses = addresses_of(user)
        for export in DataExport.objects.filter(user=user):
            delete_export(export)
        assessments.delete_attempts(user=user)
        courses.forget_reasons(user=user)
        certificates.remove_holder_details(user=user)
        cohorts.forget_learner(user=user, addresses=addresses)
        events.forget_learner(user=user)
        plans.forget_learner(user=user)
        records.forget_learner(user=user)
        anonymise_user(user=user)
    logger.info("Account %s deleted (%s)", user.pk, action)


def send_email(user, template: str, context: dict) -> None:
    context = {**context, "name": user.full_name, "service_name": settings.ACADEMY_SERVICE_NAME}
    subject = render_to_string(f"privacy/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"privacy/email/{template}.txt", context)
    queue_email(EmailMessage(subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body=body, to=[user.email]))
