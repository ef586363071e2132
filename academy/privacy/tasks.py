"""Celery tasks: thin wrappers that take ids and call the services. Each is idempotent and safe to retry."""

from celery import shared_task

from academy.privacy import retention, services


@shared_task(acks_late=True)
def prepare_data_export(export_id: int) -> str | None:
    export = services.prepare_export(export_id=export_id)
    return export.status if export is not None else None


@shared_task(acks_late=True)
def apply_retention() -> dict:
    report = retention.apply_retention()
    return {"warned": len(report.warned), "deleted": len(report.deleted), "exports": report.exports}
