"""Celery tasks: thin wrappers that take ids and call the certificate services. All are idempotent."""

from celery import shared_task

from academy.certificates import services


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(Exception,),
    dont_autoretry_for=(services.CertificateError,),
    retry_backoff=True,
    retry_backoff_max=300,
    retry_kwargs={"max_retries": 8},
)
def issue_certificate(self, enrolment_id: int) -> str:
    """Issue the certificate for a completed enrolment (or find the one already issued); returns its code, or "" when
    it waits for another requirement (the app that owns that requirement queues this task again once it is met)."""
    try:
        return services.issue_certificate(enrolment_id=enrolment_id).code
    except services.CertificateWaiting:
        return ""


@shared_task(acks_late=True)
def send_recertification_reminders() -> int:
    """Run by beat: remind learners whose recertification window has opened (once per certificate)."""
    return services.send_recertification_reminders()


@shared_task(acks_late=True)
def issue_missing_certificates() -> int:
    """Run by beat: queue the certificate of every completion whose own task never ran (e.g. the broker was down)."""
    missing = services.enrolments_missing_a_certificate()
    for enrolment_id in missing:
        issue_certificate.delay(enrolment_id)
    return len(missing)
