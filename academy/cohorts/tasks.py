"""Celery tasks: thin wrappers that take ids and call the services. Each is idempotent and safe to retry."""

from celery import shared_task
from django.conf import settings

from academy.cohorts.models import Cohort
from academy.cohorts.services import cohorts as cohort_services
from academy.cohorts.services import exports, reminders


@shared_task(acks_late=True)
def run_cohort_export(export_id: int) -> str | None:
    export = exports.run_export(export_id=export_id)
    return export.status if export is not None else None


@shared_task(acks_late=True)
def enrol_cohort_members(cohort_id: int) -> int:
    cohort = Cohort.objects.filter(pk=cohort_id).first()
    return cohort_services.enrol_members(cohort=cohort) if cohort is not None else 0


@shared_task(acks_late=True)
def send_deadline_reminders() -> int:
    """Daily, from beat: reminders for deadlines that are near or passed (each sent once)."""
    return reminders.send_deadline_reminders()


@shared_task(acks_late=True)
def send_weekly_digests() -> int:
    """Weekly, from beat: each lead's digest (once a week)."""
    return reminders.send_weekly_digests()


@shared_task(acks_late=True)
def delete_old_exports() -> int:
    """Daily, from beat: remove export files past ACADEMY_COHORT_EXPORT_KEEP_DAYS."""
    return exports.delete_old_exports(older_than_days=settings.ACADEMY_COHORT_EXPORT_KEEP_DAYS)
