"""Adapters from other apps' events to certificate services."""

from django.db import transaction
from django.dispatch import receiver

from academy.certificates.tasks import issue_certificate
from courses.signals import course_completed


@receiver(course_completed, dispatch_uid="certificates.queue_certificate")
def queue_certificate(sender, enrolment, **kwargs):
    """A course was completed: issue its certificate in a task, once the completion has committed."""
    enrolment_id = enrolment.pk
    transaction.on_commit(lambda: issue_certificate.delay(enrolment_id))
