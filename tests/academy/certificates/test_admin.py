"""Administrators revoke and reissue certificates in the Django admin, one at a time or in bulk, with a reason."""

import io

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse
from pypdf import PdfReader

from academy.certificates.models import Certificate
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import issued_certificate, pdf_bytes

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:certificates_certificate_changelist")


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def certificates():
    return [issued_certificate(slug=f"admin-course-{number}") for number in range(3)]


def action(client, name: str, certificates, **extra):
    data = {"action": name, ACTION_CHECKBOX_NAME: [c.pk for c in certificates], **extra}
    return client.post(CHANGELIST, data, follow=bool(extra))


def test_bulk_revoke_asks_for_a_reason_first(admin_client, certificates):
    response = action(admin_client, "revoke_selected", certificates)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Revoke certificates" in page
    for certificate in certificates:
        assert certificate.code in page
    assert Certificate.objects.filter(status="revoked").count() == 0


def test_bulk_revoke_without_a_reason_changes_nothing(admin_client, certificates):
    response = action(admin_client, "revoke_selected", certificates, apply="Revoke", reason="  ")
    assert "Enter the reason" in response.content.decode()
    assert Certificate.objects.filter(status="revoked").count() == 0


def test_bulk_revoke_with_a_reason_revokes_every_selected_certificate(admin_client, certificates):
    response = action(admin_client, "revoke_selected", certificates[:2], apply="Revoke", reason="Cohort withdrawn")
    assert "Revoked 2 certificate(s)." in response.content.decode()
    revoked = Certificate.objects.filter(status="revoked")
    assert sorted(c.code for c in revoked) == sorted(c.code for c in certificates[:2])
    assert {c.status_reason for c in revoked} == {"Cohort withdrawn"}
    assert all(c.status_changed_by.is_superuser for c in revoked)
    assert Certificate.objects.get(pk=certificates[2].pk).status == "valid"


def test_bulk_reissue_gives_new_codes_and_marks_the_old_ones_superseded(
    admin_client, certificates, mailoutbox, django_capture_on_commit_callbacks
):
    learner = certificates[0].enrolment.user
    learner.full_name = "Corrected Name"
    learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        action(admin_client, "reissue_selected", certificates, apply="Reissue", reason="Name corrections")
    for old in certificates:
        old.refresh_from_db()
        assert old.status == "superseded"
        new = old.replaced_by
        assert new.code != old.code and new.status == "valid"
        assert new.completed_at == old.completed_at and new.valid_until == old.valid_until
        assert new.enrolment_id == old.enrolment_id
    new_text = PdfReader(io.BytesIO(pdf_bytes(certificates[0].replaced_by))).pages[0].extract_text()
    assert "Corrected Name" in new_text
    assert len(mailoutbox) == 3
    assert "has been reissued" in mailoutbox[0].subject


def test_a_revoked_certificate_cannot_be_reissued_and_the_admin_is_told(admin_client, certificates):
    action(admin_client, "revoke_selected", certificates[:1], apply="Revoke", reason="Fraud")
    response = action(admin_client, "reissue_selected", certificates[:1], apply="Reissue", reason="Try")
    assert "Only a valid certificate can be reissued." in response.content.decode()
    assert Certificate.objects.count() == 3


def test_one_certificate_is_revoked_from_its_own_page(admin_client, certificates):
    certificate = certificates[0]
    change_page = admin_client.get(reverse("admin:certificates_certificate_change", args=[certificate.pk]))
    revoke_url = reverse("admin:certificates_revoke", args=[certificate.pk])
    assert revoke_url in change_page.content.decode()
    assert admin_client.get(revoke_url).status_code == 200
    response = admin_client.post(revoke_url, {"reason": "Completed by someone else"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.status_reason == "Completed by someone else"


def test_one_certificate_is_reissued_from_its_own_page_and_the_admin_lands_on_the_new_one(admin_client, certificates):
    certificate = certificates[0]
    response = admin_client.post(reverse("admin:certificates_reissue", args=[certificate.pk]), {"reason": "Typo"})
    certificate.refresh_from_db()
    assert response["Location"] == reverse("admin:certificates_certificate_change", args=[certificate.replaced_by.pk])


def test_the_admin_downloads_the_stored_pdf(admin_client, certificates):
    response = admin_client.get(reverse("admin:certificates_pdf", args=[certificates[0].pk]))
    assert b"".join(response.streaming_content) == pdf_bytes(certificates[0])


def test_learners_cannot_reach_the_certificate_admin(client, certificates):
    client.force_login(certificates[0].enrolment.user)
    response = client.post(reverse("admin:certificates_revoke", args=[certificates[0].pk]), {"reason": "x"})
    assert response.status_code == 302
    assert Certificate.objects.get(pk=certificates[0].pk).status == "valid"


def test_certificates_cannot_be_added_or_deleted_in_the_admin(admin_client, certificates):
    assert admin_client.get(reverse("admin:certificates_certificate_add")).status_code == 403
    delete = reverse("admin:certificates_certificate_delete", args=[certificates[0].pk])
    assert admin_client.get(delete).status_code == 403


def test_the_certificate_list_is_searchable_by_learner_email(admin_client, certificates):
    email = certificates[1].enrolment.user.email
    page = admin_client.get(CHANGELIST, {"q": email}).content.decode()
    assert certificates[1].code in page
    assert certificates[0].code not in page
