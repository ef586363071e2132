"""Reads that pages, the admin and other apps share: a learner's certificates, verification, My learning facts."""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from academy.certificates import badges, codes
from academy.certificates.models import Certificate, CertificateDesign, CertificatePolicy


class Outcome:
    """What the verification page tells someone who checks a code."""

    VALID = "valid"
    EXPIRED = "expired"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"
    UNKNOWN = "unknown"  # well formed, check character right, but no such certificate
    MISTYPED = "mistyped"  # shaped like a code, but the check character does not match
    INVALID = "invalid"  # not shaped like a code at all


@dataclass
class Verification:
    outcome: str
    code: str  # as typed, or canonical when it could be read
    certificate: Certificate | None = None
    badge: badges.BadgeCheck | None = None

    @property
    def found(self) -> bool:
        return self.certificate is not None


def owned_certificates(*, user) -> QuerySet[Certificate]:
    """Every certificate of ``user``, newest first, whatever its status (history included)."""
    return (
        Certificate.objects.filter(enrolment__user=user)
        .select_related("enrolment", "replaced_by")
        .order_by("-issued_at", "-pk")
    )


def design_for(*, policy: CertificatePolicy | None) -> CertificateDesign | None:
    """The design a course's certificates use now: its policy's design, else the default design, else none."""
    if policy is not None and policy.design_id is not None:
        return CertificateDesign.objects.select_related("logo").get(pk=policy.design_id)
    return CertificateDesign.objects.select_related("logo").filter(is_default=True).first()


def verify_code(*, text: str) -> Verification:
    """Read a typed code and look the certificate up; checks the signature of its stored badge. Two queries."""
    try:
        parsed = codes.parse(text)
    except codes.MistypedCode:
        return Verification(outcome=Outcome.MISTYPED, code=text)
    except codes.InvalidCode:
        return Verification(outcome=Outcome.INVALID, code=text)
    certificate = Certificate.objects.select_related("replaced_by").filter(code=parsed.canonical).first()
    if certificate is None:
        return Verification(outcome=Outcome.UNKNOWN, code=parsed.canonical)
    badge = badges.verify_credential(certificate.credential_jwt)
    if badge.valid and badge.credential.get("id") != f"urn:uuid:{certificate.credential_id}":
        badge = badges.BadgeCheck(valid=False, problem=badges.CLAIMS_MISMATCH)
    return Verification(
        outcome=certificate.state_at(timezone.now()), code=certificate.code, certificate=certificate, badge=badge
    )


def enrolment_certificates(*, user, enrolments: list) -> dict[int, dict]:
    """My learning's certificate facts per enrolment id (its live certificate), in one query."""
    ids = [enrolment.pk for enrolment in enrolments]
    if not ids:
        return {}
    live = Certificate.objects.filter(enrolment_id__in=ids, status=Certificate.Status.VALID).only(
        "enrolment_id", "code", "valid_until", "status"
    )
    return {
        certificate.enrolment_id: {
            "certificate_url": reverse("certificates:pdf", kwargs={"code": certificate.code}),
            "certificate_code": certificate.code,
            "certificate_state": certificate.state,
        }
        for certificate in live
    }


def revoked_positions(*, list_number: int) -> list[int]:
    """Positions set in revocation status list ``list_number``: certificates revoked or replaced. One query."""
    first = list_number * badges.STATUS_LIST_SIZE
    ids = (
        Certificate.objects.filter(pk__gte=first, pk__lt=first + badges.STATUS_LIST_SIZE)
        .exclude(status=Certificate.Status.VALID)
        .values_list("pk", flat=True)
    )
    return [pk - first for pk in ids]
