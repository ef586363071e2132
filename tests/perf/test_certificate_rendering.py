"""Benchmark: certificates rendered, signed and issued per second per core (DESIGN: dozens of PDFs a second).

Baseline, measured in the same run: a trivial one-line A4 PDF from the same library. Figures are printed as rates and
as ratios to that baseline, with the machine noted.
"""

import io
import time

import pytest
from django.utils import timezone
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from academy.certificates import badges, services
from academy.certificates.models import Certificate
from academy.certificates.rendering import render_certificate
from courses.models import Enrolment
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course
from tests.perf.conftest import machine, rate

pytestmark = pytest.mark.perf

BUDGET_PER_SECOND = 24  # "dozens of PDFs per second per core"
SNAPSHOT = {
    "name": "Priya Ramanathan-Whitfield",
    "course_title": "Commissioning and mutualisation: working with public service mutuals",
    "completed_on": "2026-11-24",
    "issued_at": "2026-11-24T10:00:00+00:00",
    "valid_until": "2029-11-24T10:00:00+00:00",
    "code": "CA-7K3M-Q9XB-2HRT-V",
    "verify_url": "https://academy.example.org/certificates/verify/CA-7K3M-Q9XB-2HRT-V/",
    "service_name": "Commissioning Academy",
}


DESIGN = {
    "signatory_name": "Dr Helen Okafor",
    "signatory_role": "Director of Learning",
    "cpd_hours": "7.5",
    "logo": {"alt_text": "Northshire County Council"},
}


def logo_rendition() -> bytes:
    """A logo as the issue service passes it: a JPEG rendition at most 720 x 216 pixels (see logos.RENDITION)."""
    buffer = io.BytesIO()
    Image.new("RGB", (720, 216), (15, 90, 87)).save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


def trivial_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Hello")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def certificate_settings(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "certificates")},
        },
    }
    settings.ACADEMY_BADGE_SIGNING_KEY_FILE = tmp_path / "badge-key.pem"


def test_certificate_pdfs_rendered_per_second_per_core():
    baseline = rate(trivial_pdf)
    certificates = rate(lambda: render_certificate(SNAPSHOT))
    unicode_name = rate(lambda: render_certificate({**SNAPSHOT, "name": "Zoë Dvořák Nguyễn"}))
    logo = logo_rendition()
    designed = rate(lambda: render_certificate({**SNAPSHOT, "design": DESIGN}, logo=logo))
    print(f"\n[bench] machine: {machine()}")
    print(f"[bench] baseline, one-line PDF: {baseline:,.0f}/s")
    print(
        f"[bench] tagged certificate PDF (Latin name): {certificates:,.1f}/s per core = "
        f"{certificates / baseline:.3f} x baseline"
    )
    print(
        f"[bench] tagged certificate PDF (Vietnamese name, fallback font): {unicode_name:,.1f}/s = "
        f"{unicode_name / baseline:.3f} x baseline"
    )
    print(
        f"[bench] tagged certificate PDF (design with logo, signatory, CPD): {designed:,.1f}/s = "
        f"{designed / baseline:.3f} x baseline"
    )
    assert certificates >= BUDGET_PER_SECOND
    assert designed >= BUDGET_PER_SECOND


@pytest.mark.django_db
def test_certificates_issued_per_second_per_core_end_to_end():
    """Render, sign, store and insert: the whole task, against the test database."""
    course = make_course(modules=1, lessons=1, slug="bench-course")
    count = 100
    now = timezone.now()
    users = [UserFactory(verified=False) for _ in range(count)]
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(user=user, course=course, completed_at=now, percent=100) for user in users
    )
    credential = badges.build_credential(
        credential_id="00000000-0000-4000-8000-000000000000",
        email="bench@council.gov.uk",
        course_id=course.pk,
        course_title=course.title,
        description=course.summary,
        criteria_url="https://academy.example/courses/bench-course/",
        valid_from=now,
        valid_until=None,
        awarded=now,
    )
    baseline = rate(trivial_pdf)
    signing = rate(lambda: badges.sign_credential(credential))
    start = time.perf_counter()
    for enrolment in enrolments:
        services.issue_certificate(enrolment_id=enrolment.pk)
    issued = count / (time.perf_counter() - start)
    print(f"\n[bench] machine: {machine()}")
    print(f"[bench] baseline, one-line PDF: {baseline:,.0f}/s")
    print(f"[bench] badge signed (EdDSA VC-JWT): {signing:,.0f}/s = {signing / baseline:.2f} x baseline")
    print(f"[bench] certificate issued end to end: {issued:,.1f}/s per core = {issued / baseline:.3f} x baseline")
    assert Certificate.objects.count() == count
    assert issued >= BUDGET_PER_SECOND / 2
