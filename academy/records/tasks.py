"""Celery tasks: thin wrappers around academy.records.services, taking ids."""

from celery import shared_task

from academy.records import services


@shared_task(acks_late=True)
def deliver_statements(endpoint_id: int) -> int:
    """Send an endpoint's pending statements; a failure is recorded on the endpoint (back-off) for the sweep."""
    return services.deliver(endpoint_id=endpoint_id)


@shared_task(acks_late=True)
def build_statement(statement_id: str) -> bool:
    """Build a statement written unbuilt in its event's transaction and queue its deliveries. A statement already
    built is left alone, so a retry or a message delivered twice changes nothing; one lost, the sweep builds."""
    return services.build_statement(statement_id=statement_id)


@shared_task(acks_late=True)
def build_queued() -> int:
    """Build every statement written unbuilt so far and queue their deliveries (queued by a commit when no build was
    waiting). Building is idempotent, so a retry, or two of these at once, build each statement once."""
    return services.build_queued()


@shared_task(acks_late=True)
def sweep_statements() -> int:
    """Every minute, from beat: build statements left unbuilt, and queue delivery for endpoints with pending
    statements whose back-off is over."""
    return services.sweep()
