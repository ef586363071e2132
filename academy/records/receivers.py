"""Adapters from other apps' in-transaction signals to the statement outbox: build the statement, record it (a quiz's
is recorded unbuilt and built after the commit)."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone

from academy.certificates.signals import certificate_issued
from academy.core.links import absolute_url
from academy.events import signals as events_signals
from academy.plans import signals as plans_signals
from academy.records import deferred, services, statements
from academy.records.models import LRSEndpoint
from assessments.models import QuizPage
from assessments.signals import attempt_graded, attempt_started
from courses.models import ProgressEvent
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
    """Unbuilt (``academy.records.deferred``): a task builds it once the attempt commits."""
    if settings.ACADEMY_XAPI_ENABLED:
        services.record_unbuilt(
            kind=deferred.QUIZ_ATTEMPTED,
            source_id=attempt.pk,
            user=attempt.user,
            verb="attempted",
            timestamp=attempt.started_at or timezone.now(),
        )


@receiver(attempt_graded, dispatch_uid="records.attempt_graded")
def quiz_graded(sender, attempt, **kwargs):
    """Unbuilt, as ``quiz_attempted``: a submission's transaction writes one row and waits for no other query."""
    if settings.ACADEMY_XAPI_ENABLED:
        services.record_unbuilt(
            kind=deferred.QUIZ_GRADED,
            source_id=attempt.pk,
            user=attempt.user,
            verb=statements.quiz_graded_verb(attempt),
            timestamp=attempt.submitted_at or timezone.now(),
        )


@receiver(certificate_issued, dispatch_uid="records.certificate_issued")
def certificate_earned(sender, certificate, **kwargs):
    if settings.ACADEMY_XAPI_ENABLED and certificate.enrolment_id is not None:
        services.record(statements.certificate_earned(certificate), user=certificate.enrolment.user)


@receiver(events_signals.attended, dispatch_uid="records.session_attended")
def session_attended(sender, attendance, session, **kwargs):
    if settings.ACADEMY_XAPI_ENABLED:
        statement = statements.session_attended(
            user=attendance.user,
            session_id=absolute_url(reverse("events:session", args=[session.pk])),
            title=session.title,
            attended_at=session.starts_at,
            cohort=session.cohort,
        )
        services.record(statement, user=attendance.user)


@receiver(plans_signals.plan_submitted, dispatch_uid="records.plan_submitted")
def plan_submitted(sender, plan, version, **kwargs):
    if settings.ACADEMY_XAPI_ENABLED:
        statement = statements.plan_submitted(
            user=plan.owner,
            plan_id=_plan_id(plan),
            title=_plan_title(plan),
            submitted_at=version.submitted_at,
            cohort=plan.cohort,
        )
        services.record(statement, user=plan.owner)


@receiver(plans_signals.plan_accepted, dispatch_uid="records.plan_accepted")
def plan_accepted(sender, plan, **kwargs):
    if settings.ACADEMY_XAPI_ENABLED:
        statement = statements.plan_accepted(
            user=plan.owner,
            plan_id=_plan_id(plan),
            title=_plan_title(plan),
            accepted_at=plan.accepted_at,
            reviewer=plan.accepted_by,
            cohort=plan.cohort,
        )
        services.record(statement, user=plan.owner)


def _plan_id(plan) -> str:
    return absolute_url(reverse("plans:plan", args=[plan.pk]))


def _plan_title(plan) -> str:
    return plan.title.strip() or "100-day plan"


post_save.connect(services.endpoints_changed, sender=LRSEndpoint, dispatch_uid="records.endpoint_saved")
post_delete.connect(services.endpoints_changed, sender=LRSEndpoint, dispatch_uid="records.endpoint_deleted")
