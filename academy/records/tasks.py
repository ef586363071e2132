"""Celery tasks: thin wrappers around academy.records.services, taking ids."""

from celery import shared_task

from academy.records import services


@shared_task(acks_late=True)
def deliver_statements(endpoint_id: int) -> int:
    """Send an endpoint's pending statements; a failure is recorded on the endpoint (back-off) for the sweep."""
    return services.deliver(endpoint_id=endpoint_id)


@shared_task(acks_late=True)
def sweep_statements() -> int:
    """Every minute, from beat: queue delivery for endpoints with pending statements whose back-off is over."""
    return services.sweep()
