"""Issuing, revoking and reissuing certificates; recertification reminders and retakes.

Rules:
- One original certificate per enrolment (learner, course, cycle), and at most one valid one: both are database
  constraints, so issuing is idempotent under retries and concurrent workers, and reissues cannot race.
- The PDF and the signed badge are made once, from a snapshot taken at issue; nothing here ever rewrites them.
  Slow work (rendering, signing) happens before the short transaction that inserts the row.
- A reissue makes a new certificate with a new code; the old one becomes superseded and keeps its code and PDF.
- The design (logo, signatory, CPD hours) is the course's current one, copied into the snapshot at issue: editing a
  design changes certificates issued (or reissued) afterwards, never one already issued.
- A learner is reminded once per certificate when its recertification window opens, and may then retake the course
  as a new cycle; the old enrolment and certificate stay as history.
"""

import hashlib
import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from academy.accounts.mail import queue_email
from academy.audit import actions
from academy.audit import services as audit
from academy.certificates import badges, links, requirements
from academy.certificates.codes import new_code
from academy.certificates.logos import logo_for_certificate
from academy.certificates.models import Certificate, CertificateDesign, CertificatePolicy, RecertificationReminder
from academy.certificates.rendering import render_certificate
from academy.certificates.selectors import design_for
from academy.certificates.signals import certificate_issued
from academy.core.links import absolute_url
from courses.models import Enrolment
from courses.services.progress import start_again

logger = logging.getLogger(__name__)
MISSING_GRACE = timedelta(minutes=5)
MISSING_BATCH = 500

NOT_COMPLETE = "A certificate can only be issued for a completed course."
REQUIREMENTS_UNMET = "This certificate is waiting for: {}"
NO_LEARNER = "This certificate's learner account no longer exists."
REASON_REQUIRED = "Enter the reason"
ONLY_VALID_REVOKED = "Only a valid certificate can be revoked."
ONLY_VALID_REISSUED = "Only a valid certificate can be reissued."
NOT_YOURS = "This is not your certificate."
NOT_YET = "You can start the course again once the renewal period for this certificate opens."
NAME_MISSING = "(name not recorded)"
ATTEMPTS = 3  # a clash of 60-bit codes is vanishingly rare; the loop is for completeness


class CertificateError(Exception):
    """A certificate rule was broken; the message is fit to show to the person."""


class CertificateWaiting(CertificateError):
    """The course is complete but another requirement (a session, a plan) is not met yet: not a failure."""


def issue_certificate(*, enrolment_id: int) -> Certificate:
    """The certificate for a completed enrolment: issued now, or the one already issued. Idempotent.

    Safe to retry and to run twice at once: the loser of a race finds the winner's certificate. The learner is
    emailed once, by whichever call inserted the row, after it commits.
    """
    existing = _original_for(enrolment_id)
    if existing is not None:
        return existing
    enrolment = Enrolment.objects.select_related("user", "course").get(pk=enrolment_id)
    if not enrolment.is_complete:
        raise CertificateError(NOT_COMPLETE)
    if missing := requirements.unmet(enrolment):
        raise CertificateWaiting(REQUIREMENTS_UNMET.format("; ".join(missing)))
    policy = CertificatePolicy.objects.filter(course_id=enrolment.course_id).first()
    valid_until, recertify_from = _validity(policy, enrolment.completed_at)
    for _ in range(ATTEMPTS):
        certificate, credential = _prepare(
            enrolment=enrolment,
            policy=policy,
            completed_at=enrolment.completed_at,
            valid_until=valid_until,
            recertify_from=recertify_from,
        )
        try:
            with transaction.atomic():
                _save_signed(certificate, credential)
                _email_learner(certificate, template="certificate_issued")
                certificate_issued.send(sender=Certificate, certificate=certificate)
        except IntegrityError:
            certificate.pdf.delete(save=False)
            existing = _original_for(enrolment_id)
            if existing is not None:
                return existing
            continue
        except BaseException:
            certificate.pdf.delete(save=False)  # the row was rolled back: leave no orphan PDF behind
            raise
        logger.info("Issued certificate %s for enrolment %s", certificate.code, enrolment_id)
        return certificate
    raise CertificateError("Could not find an unused certificate code.")


def revoke_certificate(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Revoke a valid certificate. The reason is shown on the public verification page and emailed to the learner;
    the revocation status list badge verifiers read shows it at once (it is built from the table on each request)."""
    reason = _required_reason(reason)
    with transaction.atomic():
        current = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if current.status != Certificate.Status.VALID:
            raise CertificateError(ONLY_VALID_REVOKED)
        _change_status(current, Certificate.Status.REVOKED, actor=actor, reason=reason)
        if current.enrolment_id is not None:  # an erased learner has no address to tell
            _email_learner(current, template="certificate_revoked", reason=reason)
        audit.record(actions.CERTIFICATE_REVOKED, actor=actor, target=current, detail={"reason": reason})
    return current


def reissue_certificate(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Replace a valid certificate with a new one (new code, the learner's current name); the old is superseded.

    The new certificate keeps the completion date and expiry of the one it replaces.
    """
    reason = _required_reason(reason)
    if certificate.status != Certificate.Status.VALID:
        raise CertificateError(ONLY_VALID_REISSUED)
    if certificate.enrolment_id is None:
        raise CertificateError(NO_LEARNER)
    enrolment = Enrolment.objects.select_related("user", "course").get(pk=certificate.enrolment_id)
    policy = CertificatePolicy.objects.filter(course_id=enrolment.course_id).first()
    replacement, credential = _prepare(
        enrolment=enrolment,
        policy=policy,
        completed_at=certificate.completed_at,
        valid_until=certificate.valid_until,
        recertify_from=certificate.recertify_from,
        replaces=certificate,
    )
    try:
        with transaction.atomic():
            current = Certificate.objects.select_for_update().get(pk=certificate.pk)
            if current.status != Certificate.Status.VALID:
                raise CertificateError(ONLY_VALID_REISSUED)
            _change_status(current, Certificate.Status.SUPERSEDED, actor=actor, reason=reason)
            _save_signed(replacement, credential)
            _email_learner(replacement, template="certificate_reissued", reason=reason)
            certificate_issued.send(sender=Certificate, certificate=replacement)
            audit.record(
                actions.CERTIFICATE_REISSUED,
                actor=actor,
                target=current,
                detail={"reason": reason, "replacement": replacement.code, "name": replacement.learner_name},
            )
    except BaseException:
        replacement.pdf.delete(save=False)
        raise
    return replacement


def enrolments_missing_a_certificate(*, now: datetime | None = None, grace: timedelta = MISSING_GRACE) -> list[int]:
    """Completed enrolments with no certificate, completed more than ``grace`` ago (the usual task has had its chance).

    A completion queues its certificate when it commits; if the queue was unreachable then (a broker restart longer
    than the publish retries), nothing else would. Beat's sweep finds them here.
    """
    cutoff = (now or timezone.now()) - grace
    has_certificate = Certificate.objects.filter(enrolment=OuterRef("pk"))
    candidates = (
        Enrolment.objects.filter(completed_at__isnull=False, completed_at__lte=cutoff)
        .exclude(Exists(has_certificate))
        .order_by("completed_at")
    )
    if not requirements.registered():
        return list(candidates.values_list("pk", flat=True)[:MISSING_BATCH])
    # Completions still waiting for another requirement (a session, a plan) are skipped here, not queued to fail.
    return [e.pk for e in candidates.select_related("user", "course")[:MISSING_BATCH] if not requirements.unmet(e)]


def send_recertification_reminders(*, now: datetime | None = None) -> int:
    """Email each learner whose certificate's recertification window has opened, once per certificate.

    Skips certificates already renewed by a later cycle. Idempotent: the reminder log is unique per certificate and
    is written in the same transaction that queues the email. Returns the number of reminders sent.
    """
    now = now or timezone.now()
    renewed = Certificate.objects.filter(
        status=Certificate.Status.VALID,
        enrolment__user_id=OuterRef("enrolment__user_id"),
        enrolment__course_id=OuterRef("enrolment__course_id"),
        enrolment__cycle__gt=OuterRef("enrolment__cycle"),
    )
    due = (
        Certificate.objects.filter(
            status=Certificate.Status.VALID,
            recertify_from__lte=now,
            valid_until__gt=now,
            reminder__isnull=True,
            enrolment__isnull=False,
        )
        .exclude(Exists(renewed))
        .select_related("enrolment__user")
        .order_by("pk")
    )
    sent = 0
    for certificate in due.iterator(chunk_size=500):
        with transaction.atomic():
            _, created = RecertificationReminder.objects.get_or_create(certificate=certificate)
            if created:
                _email_learner(certificate, template="recertification_reminder")
                sent += 1
    return sent


def can_recertify(certificate: Certificate, *, now: datetime | None = None) -> bool:
    """True once the certificate's recertification window has opened (or it has expired)."""
    now = now or timezone.now()
    return (
        certificate.status == Certificate.Status.VALID
        and certificate.recertify_from is not None
        and certificate.recertify_from <= now
    )


def start_recertification(*, certificate: Certificate, user) -> Enrolment:
    """The learner retakes the course as a new cycle; the completed cycle and its certificate stay as history.

    Allowed only to the certificate's owner once the window has opened. Idempotent: if the learner has already
    started again, their current enrolment is returned.
    """
    enrolment = certificate.enrolment
    if enrolment is None or enrolment.user_id != user.pk:
        raise CertificateError(NOT_YOURS)
    if not can_recertify(certificate):
        raise CertificateError(NOT_YET)
    if not enrolment.is_current:
        current = Enrolment.objects.filter(user=user, course_id=enrolment.course_id, is_current=True).first()
        if current is not None:
            return current
    return start_again(enrolment=enrolment, actor=user)


# Internal helpers ---------------------------------------------------------------------------------------------


def _original_for(enrolment_id: int) -> Certificate | None:
    return Certificate.objects.filter(enrolment_id=enrolment_id, replaces__isnull=True).first()


def _validity(policy: CertificatePolicy | None, completed_at: datetime) -> tuple[datetime | None, datetime | None]:
    if policy is None or not policy.validity_days:
        return None, None
    valid_until = completed_at + timedelta(days=policy.validity_days)
    return valid_until, valid_until - timedelta(days=policy.recertification_window_days or 0)


def _prepare(
    *,
    enrolment: Enrolment,
    policy: CertificatePolicy | None,
    completed_at: datetime,
    valid_until: datetime | None,
    recertify_from: datetime | None,
    replaces: Certificate | None = None,
) -> tuple[Certificate, dict]:
    """An unsaved certificate with its snapshot and stored PDF (the slow part, done once), and its unsigned badge."""
    user, course = enrolment.user, enrolment.course
    issued_at = timezone.now()
    code = new_code()
    design = design_for(policy=policy)
    logo = logo_for_certificate(design.logo) if design is not None and design.logo is not None else None
    snapshot = {
        "name": user.full_name.strip() or NAME_MISSING,
        "course_title": course.title,
        "completed_on": timezone.localdate(completed_at).isoformat(),
        "issued_at": issued_at.isoformat(),
        "valid_until": valid_until.isoformat() if valid_until else None,
        "code": code,
        "verify_url": links.verify_url(code),
        "service_name": settings.ACADEMY_SERVICE_NAME,
        "design": _design_snapshot(design, logo=logo),
        "achievements": requirements.named(enrolment),
    }
    certificate = Certificate(
        code=code,
        enrolment=enrolment,
        replaces=replaces,
        issued_at=issued_at,
        completed_at=completed_at,
        valid_until=valid_until,
        recertify_from=recertify_from,
        snapshot=snapshot,
    )
    credential = badges.build_credential(
        credential_id=str(certificate.credential_id),
        email=user.email,
        course_id=course.pk,
        course_title=course.title,
        description=(policy.achievement_description if policy else "") or course.summary,
        criteria_url=links.page_url(course),
        valid_from=issued_at,
        valid_until=valid_until,
        awarded=completed_at,
    )
    certificate.pdf.save(f"{code}.pdf", ContentFile(render_certificate(snapshot, logo=logo)), save=False)
    return certificate, credential


def _design_snapshot(design: CertificateDesign | None, *, logo: bytes | None) -> dict | None:
    """What the certificate shows of ``design``, as it is now; the logo's image and a hash of the bytes drawn."""
    if design is None:
        return None
    return {
        "id": design.pk,
        "name": design.name,
        "logo": {
            "image_id": design.logo.pk,
            "title": design.logo.title,
            "alt_text": design.logo_alt_text,
            "sha256": hashlib.sha256(logo).hexdigest(),
        }
        if logo is not None
        else None,
        "signatory_name": design.signatory_name,
        "signatory_role": design.signatory_role,
        "cpd_hours": str(design.cpd_hours) if design.cpd_hours is not None else None,
    }


def _save_signed(certificate: Certificate, credential: dict) -> None:
    """Insert the certificate, then sign its badge with its revocation status entry (which needs the row's id)."""
    certificate.save()
    credential["credentialStatus"] = badges.credential_status(certificate.pk)
    certificate.credential_jwt = badges.sign_credential(credential)
    certificate.save(update_fields=["credential_jwt"])


def _required_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(REASON_REQUIRED)
    return reason


def _change_status(certificate: Certificate, status: str, *, actor, reason: str) -> None:
    certificate.status = status
    certificate.status_reason = reason
    certificate.status_changed_at = timezone.now()
    certificate.status_changed_by = actor
    certificate.save(update_fields=["status", "status_reason", "status_changed_at", "status_changed_by"])


def _email_learner(certificate: Certificate, *, template: str, reason: str = "") -> None:
    """Queue a service email about ``certificate`` to its learner, sent after the transaction commits."""
    user = certificate.enrolment.user
    context = {
        "certificate": certificate,
        "name": user.full_name or "",
        "service_name": settings.ACADEMY_SERVICE_NAME,
        "certificates_url": absolute_url(reverse("certificates:list")),
        "verify_url": certificate.snapshot["verify_url"],
        "reason": reason,
    }
    subject = render_to_string(f"certificates/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"certificates/email/{template}.txt", context)
    queue_email(EmailMessage(subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body=body, to=[user.email]))
