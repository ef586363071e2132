from celery import shared_task

from assessments.services.attempts import close_overdue_attempts as close


@shared_task(acks_late=True)
def close_overdue_attempts() -> int:
    """Submit open attempts past their time limit with the answers saved so far (Celery beat, every minute)."""
    return close()
