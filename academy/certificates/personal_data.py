"""A learner's certificates in their data download, and what happens to them when the account is deleted.

Deletion keeps each certificate's verification record (code, course, dates, status, signed badge) so that a printed
certificate or a badge the learner kept still checks out as issued; the holder's name leaves the record and the
stored PDF (which prints the name) is deleted. The verification page then says the holder's details were removed.
The badge names the learner only by a salted hash of their email address, which nothing here can reverse.
"""

from django.db import transaction

from academy.certificates.models import Certificate

HOLDER_REMOVED = "holder_removed"


def learner_records(*, user) -> dict[str, list[dict]]:
    certificates = Certificate.objects.filter(enrolment__user=user).order_by("issued_at", "pk")
    return {
        "certificates": [
            {
                "code": certificate.code,
                "name_on_certificate": certificate.learner_name,
                "course": certificate.course_title,
                "completed_at": certificate.completed_at,
                "issued_at": certificate.issued_at,
                "valid_until": certificate.valid_until,
                "status": certificate.state_label,
                "verify_url": certificate.snapshot.get("verify_url", ""),
            }
            for certificate in certificates
        ]
    }


def remove_holder_details(*, user) -> int:
    """Take the holder's name out of each of their certificates and delete the PDFs; returns how many. Idempotent.

    PDFs are deleted after the transaction commits, so a rollback leaves every file in place.
    """
    names = []
    with transaction.atomic():
        for certificate in Certificate.objects.select_for_update().filter(enrolment__user=user):
            snapshot = dict(certificate.snapshot)
            snapshot["name"] = ""
            snapshot[HOLDER_REMOVED] = True
            certificate.snapshot = snapshot
            if certificate.pdf:
                names.append(certificate.pdf.name)
            certificate.pdf = ""
            certificate.save(update_fields=["snapshot", "pdf"])
        storage = Certificate._meta.get_field("pdf").storage
        transaction.on_commit(lambda: [storage.delete(name) for name in names if storage.exists(name)])
    return len(names)
