"""The stored PDF: what it says, that it never changes after issue, and where its QR code leads."""

import io

import pytest
from django.utils import timezone
from django.utils.dateformat import format as format_date
from pypdf import PdfReader

from academy.certificates.rendering import PAGE_HEIGHT, PAGE_WIDTH, render_certificate
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import issued_certificate, pdf_bytes
from tests.academy.certificates.qr import decode, matrix_from_pdf

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_pdf_shows_the_name_course_completion_date_and_code():
    certificate = issued_certificate(user=UserFactory(full_name="Grace Adeyemi"))
    text = pdf_text(pdf_bytes(certificate))
    completed = format_date(timezone.localdate(certificate.completed_at), "j F Y")
    assert "Grace Adeyemi" in text
    assert certificate.course_title in text
    assert f"Completed on {completed}" in text
    assert certificate.code in text
    assert "Commissioning Academy" in text


def test_the_pdf_is_one_a4_landscape_page():
    reader = PdfReader(io.BytesIO(pdf_bytes(issued_certificate())))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # 297 x 210 mm
    assert (round(PAGE_WIDTH), round(PAGE_HEIGHT)) == (842, 595)


def test_a_name_change_after_issue_does_not_change_the_certificate():
    learner = UserFactory(full_name="Sam Taylor")
    certificate = issued_certificate(user=learner)
    stored = pdf_bytes(certificate)
    learner.full_name = "Samira Taylor-Khan"
    learner.save()
    certificate.refresh_from_db()
    assert pdf_bytes(certificate) == stored
    assert "Sam Taylor" in pdf_text(pdf_bytes(certificate))
    assert "Samira" not in pdf_text(pdf_bytes(certificate))
    assert certificate.snapshot["name"] == "Sam Taylor"


def test_a_course_retitled_after_issue_does_not_change_the_certificate():
    certificate = issued_certificate()
    course = certificate.enrolment.course
    original_title = course.title
    course.title = "A completely new title"
    course.save_revision().publish()
    certificate.refresh_from_db()
    assert original_title in pdf_text(pdf_bytes(certificate))
    assert certificate.course_title == original_title


def test_the_qr_code_decodes_to_the_absolute_verification_url():
    certificate = issued_certificate()
    url = decode(matrix_from_pdf(pdf_bytes(certificate)))
    assert url == f"https://academy.example.org/certificates/verify/{certificate.code}/"
    assert url in pdf_text(pdf_bytes(certificate))  # printed too, for people without a phone


def test_names_beyond_western_european_characters_are_printed_faithfully():
    certificate = issued_certificate(user=UserFactory(full_name="Zoë Dvořák Nguyễn"))
    assert "Zoë Dvořák Nguyễn" in pdf_text(pdf_bytes(certificate))


def test_a_very_long_course_title_is_wrapped_not_cut():
    snapshot = {
        "name": "Alex Morgan",
        "course_title": "Commissioning, contracting and the public service mutual: " * 3,
        "completed_on": "2026-11-24",
        "issued_at": "2026-11-24T10:00:00+00:00",
        "valid_until": None,
        "code": "CA-7K3M-Q9XB-2HRT-V",
        "verify_url": "https://academy.example.org/certificates/verify/CA-7K3M-Q9XB-2HRT-V/",
    }
    text = " ".join(pdf_text(render_certificate(snapshot)).split())
    assert "Commissioning, contracting and the public service mutual: Commissioning" in text
