"""Adapters from other apps' in-transaction signals to the statement outbox: build the statement, record it."""

from django.conf import settings
from django.dispatch import receiver

from academy.certificates.signals import certificate_issued
from academy.records import services, statements
from assessments.models import QuizPage
from assessments.signals import attempt_graded, attempt_started
from courses.models import ProgressEvent
from courses.selectors import course_for_page, current_enrolments
from courses.signals import progress_recorded


@receiver(progress_recorded, dispatch_uid="records.progress")
def progress(sender, event, **kwargs):
    """Registered, item completed (lessons; a quiz has its own graded statement) and course completed."""
    if not settings.ACADEMY_XAPI_ENABLED:
        return
    enrolment = event.enrolment
    if event.kind == ProgressEvent.Kind.ENROLLED:
        statement = statements.registered(enrolment, timestamp=event.created_at)
    elif event.kind == ProgressEvent.Kind.COURSE_COMPLETED:
        statement = statements.course_completed(enrolment, timestamp=event.created_at)
    elif event.kind == ProgressEvent.Kind.ITEM_COMPLETED and event.item_id is not None:
        item = event.item.specific
        if isinstance(item, QuizPage):
            return
        statement = statements.item_completed(enrolment, item, timestamp=event.created_at)
    else:
        return
    services.record(statement, user=enrolment.user)


@receiver(attempt_started, dispatch_uid="records.attempt_started")
def quiz_attempted(sender, attempt, **kwargs):
    if settings.ACADEMY_XAPI_ENABLED:
        services.record(statements.quiz_attempted(attempt, enrolment_id=_enrolment_id(attempt)), user=attempt.user)


@receiver(attempt_graded, dispatch_uid="records.attempt_graded")
def quiz_graded(sender, attempt, **kwargs):
    if settings.ACADEMY_XAPI_ENABLED:
        services.record(statements.quiz_graded(attempt, enrolment_id=_enrolment_id(attempt)), user=attempt.user)


@receiver(certificate_issued, dispatch_uid="records.certificate_issued")
def certificate_earned(sender, certificate, **kwargs):
    if settings.ACADEMY_XAPI_ENABLED and certificate.enrolment_id is not None:
        services.record(statements.certificate_earned(certificate), user=certificate.enrolment.user)


def _enrolment_id(attempt) -> int | None:
    course = course_for_page(page=attempt.quiz)
    return current_enrolments(user_id=attempt.user_id, course_ids=[course.pk]).values_list("pk", flat=True).first()
