"""Each privileged action writes its audit entry where it happens: in the service, so every way in is covered."""

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse

from academy.audit import actions
from academy.audit.models import AuditEntry
from academy.certificates import services as certificates
from academy.cohorts.models import Export
from assessments.formats.gift import parse_gift
from assessments.services.questions import import_questions
from courses.services.progress import reset_progress
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import issued_certificate
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.assessments.factories import make_category
from tests.courses.factories import course_index, make_course
from tests.courses.importing.test_import_course import write_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user():
    return UserFactory(is_superuser=True, is_staff=True)


def only(action: str) -> AuditEntry:
    [entry] = AuditEntry.objects.filter(action=action)
    return entry


def test_a_progress_reset_is_recorded_with_its_reason(admin_user):
    certificate = issued_certificate()
    reset_progress(enrolment=certificate.enrolment, actor=admin_user, reason="Asked to start again")
    entry = only(actions.PROGRESS_RESET)
    assert entry.actor_id == admin_user.pk
    assert entry.detail["reason"] == "Asked to start again"
    assert entry.detail["learner_id"] == certificate.enrolment.user_id


def test_revoking_and_reissuing_certificates_are_recorded(admin_user):
    first = issued_certificate()
    replacement = certificates.reissue_certificate(certificate=first, actor=admin_user, reason="Name corrected")
    certificates.revoke_certificate(certificate=replacement, actor=admin_user, reason="Issued in error")
    assert only(actions.CERTIFICATE_REISSUED).detail["replacement"] == replacement.code
    revoked = only(actions.CERTIFICATE_REVOKED)
    assert (revoked.target_label, revoked.detail["reason"]) == (replacement.code, "Issued in error")


def test_a_refused_revocation_records_nothing(admin_user):
    certificate = issued_certificate()
    certificates.revoke_certificate(certificate=certificate, actor=admin_user, reason="Issued in error")
    with pytest.raises(certificates.CertificateError):
        certificates.revoke_certificate(certificate=certificate, actor=admin_user, reason="Again")
    assert AuditEntry.objects.filter(action=actions.CERTIFICATE_REVOKED).count() == 1


def test_a_question_import_is_recorded(admin_user):
    import_questions(
        result=parse_gift("::Q:: Yes? {T}"), category=make_category("Bank"), user=admin_user, file_name="q.gift"
    )
    entry = only(actions.QUESTIONS_IMPORTED)
    assert (entry.actor_id, entry.detail["file"], entry.detail["created"]) == (admin_user.pk, "q.gift", 1)


def test_a_course_import_is_recorded(tmp_path):
    course_index()
    call_command("import_course", str(write_course(tmp_path)), stdout=None)
    assert only(actions.COURSE_IMPORTED).target_type == "courses.coursepage"


def test_a_cohort_export_is_recorded_with_the_lead_and_the_address(client, settings, tmp_path):
    settings.ACADEMY_COHORT_EXPORT_ROOT = tmp_path / "exports"
    course = make_course(modules=1, lessons=1, slug="export-course")
    lead = make_lead()
    cohort = make_cohort(courses=[course], leads=[lead])
    add_learner(cohort, full_name="Alice Ahead")
    client.force_login(lead)
    client.post(reverse("cohorts:export_create", args=[cohort.pk]), {"kind": "dashboard", "format": "csv"})
    entry = only(actions.COHORT_EXPORTED)
    assert (entry.actor_id, entry.target_id, entry.ip_address) == (lead.pk, str(cohort.pk), "127.0.0.1")
    assert entry.detail == {"kind": "dashboard", "format": "csv", "rows": 1}


def test_downloading_a_prepared_cohort_export_is_recorded(client, settings, tmp_path):
    settings.ACADEMY_COHORT_EXPORT_ROOT = tmp_path / "exports"
    lead = make_lead()
    cohort = make_cohort(courses=[make_course(modules=1, lessons=1, slug="download-course")], leads=[lead])
    export = Export.objects.create(cohort=cohort, requested_by=lead, status=Export.Status.READY)
    export.file.save("x.csv", ContentFile(b"a,b\n"))
    client.force_login(lead)
    response = client.get(reverse("cohorts:export_download", args=[cohort.pk, export.pk]))
    assert response.status_code == 200
    assert only(actions.COHORT_EXPORTED).detail["downloaded_export"] == export.pk
