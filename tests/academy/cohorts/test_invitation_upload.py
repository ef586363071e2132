"""Inviting by CSV upload or a typed list: a result for every row, file-level errors, and all or nothing."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from academy.cohorts import csv_import
from academy.cohorts.csv_import import Invitee
from academy.cohorts.models import Invitation, InvitationBatch
from academy.cohorts.services import invitations as services
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import add_learner, make_cohort

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(course, lead):
    return make_cohort(courses=[course], leads=[lead])


@pytest.fixture
def signed_in(client, lead):
    client.force_login(lead)
    return client


def upload(client, cohort, content: bytes, name: str = "people.csv"):
    return client.post(
        reverse("cohorts:invite_upload", args=[cohort.pk]), {"file": SimpleUploadedFile(name, content, "text/csv")}
    )


def results_of(batch: InvitationBatch) -> dict[str, tuple[str, str]]:
    return {row["email"]: (row["outcome"], row["reason"]) for row in batch.results}


def test_every_kind_of_row_gets_its_own_result(
    signed_in, cohort, settings, django_capture_on_commit_callbacks, mailoutbox
):
    settings.ACADEMY_ALLOWED_EMAIL_DOMAINS = ["council.gov.uk", "*.nhs.uk"]
    add_learner(cohort, email="already@council.gov.uk")
    content = (
        b"email,name,organisation\n"
        b"new.person@council.gov.uk,New Person,Northshire\n"
        b"already@council.gov.uk,Already Here,Northshire\n"
        b"not-an-email,Bad Row,Northshire\n"
        b"two@@council.gov.uk,Two Ats,Northshire\n"
        b"someone@nowhere,No Domain,Northshire\n"
        b"outsider@gmail.com,Out Sider,Elsewhere\n"
        b"NEW.PERSON@council.gov.uk,Duplicate,Northshire\n"
        b"nurse@trust.nhs.uk,Nurse,NHS\n"
        b",Empty Email,Northshire\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(signed_in, cohort, content)
    batch = InvitationBatch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("cohorts:invitation_batch", args=[cohort.pk, batch.pk])
    results = results_of(batch)
    assert results["new.person@council.gov.uk"][0] == services.INVITED
    assert results["nurse@trust.nhs.uk"][0] == services.INVITED
    assert results["already@council.gov.uk"][0] == services.ALREADY_MEMBER
    assert results["not-an-email"] == (services.INVALID_EMAIL, services.EMAIL_NO_AT)
    assert results["two@@council.gov.uk"] == (services.INVALID_EMAIL, services.EMAIL_MANY_ATS)
    assert results["someone@nowhere"] == (services.INVALID_EMAIL, services.EMAIL_BAD_DOMAIN)
    assert results[""] == (services.INVALID_EMAIL, services.EMAIL_EMPTY)
    assert results["outsider@gmail.com"][0] == services.OUTSIDE_DOMAINS
    assert results["NEW.PERSON@council.gov.uk"] == (services.DUPLICATE_ROW, "Same email address as row 2")
    assert [row["row"] for row in batch.results] == list(range(2, 11))
    assert sorted(Invitation.objects.values_list("email", flat=True)) == [
        "new.person@council.gov.uk",
        "nurse@trust.nhs.uk",
    ]
    assert sorted(message.to[0] for message in mailoutbox) == ["new.person@council.gov.uk", "nurse@trust.nhs.uk"]


def test_the_results_page_and_the_results_file_show_each_row(signed_in, cohort, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        upload(signed_in, cohort, b'email,name\nok@council.gov.uk,=HYPERLINK("http://x")\nbad-address,Someone\n')
    batch = InvitationBatch.objects.get()
    page = signed_in.get(reverse("cohorts:invitation_batch", args=[cohort.pk, batch.pk])).content.decode()
    assert "Invalid email address" in page and "Invited" in page
    response = signed_in.get(reverse("cohorts:invitation_batch_csv", args=[cohort.pk, batch.pk]))
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Row", "Email", "Name", "Organisation", "Outcome", "Reason"]
    assert rows[1][:5] == ["2", "ok@council.gov.uk", '\'=HYPERLINK("http://x")', "", "Invited"]
    assert rows[2][1:5] == ["bad-address", "Someone", "", "Invalid email address"]
    assert rows[2][5] == services.EMAIL_NO_AT


def test_a_file_with_a_byte_order_mark_is_read_with_its_header(signed_in, cohort, django_capture_on_commit_callbacks):
    content = "\ufeffEmail,Name,Organisation\r\nbom@council.gov.uk,Zoë Brontë,Northshire\r\n".encode()
    with django_capture_on_commit_callbacks(execute=True):
        upload(signed_in, cohort, content)
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.full_name, invitation.organisation) == (
        "bom@council.gov.uk",
        "Zoë Brontë",
        "Northshire",
    )


def test_a_file_without_a_header_row_is_read_as_email_name_organisation(signed_in, cohort):
    upload(signed_in, cohort, b"plain@council.gov.uk,Pat Plain,Westshire\n")
    assert Invitation.objects.get().full_name == "Pat Plain"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("people.csv", b"", csv_import.EMPTY_FILE),
        ("people.csv", b"\xef\xbb\xbf\r\n\r\n", csv_import.EMPTY_FILE),
        ("people.xlsx", b"PK\x03\x04 spreadsheet", csv_import.NOT_A_CSV),
        ("people.csv", b"PK\x03\x04\x00\x00binary", csv_import.NOT_A_CSV),
        ("people.csv", "name\nZoë\n".encode("utf-16"), csv_import.NOT_A_CSV),
        ("people.csv", "email\nzo\xeb@council.gov.uk\n".encode("latin-1"), csv_import.NOT_UTF8),
        ("people.csv", b"name,organisation\nSam,Council\n", csv_import.NO_EMAIL_COLUMN),
        ("people.csv", b"email,name\n", csv_import.NO_PEOPLE),
    ],
)
def test_a_bad_file_is_refused_and_nobody_is_invited(signed_in, cohort, name, content, message, mailoutbox):
    response = upload(signed_in, cohort, content, name=name)
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert response.context["form"].errors["file"] == [message]
    assert not Invitation.objects.exists() and not InvitationBatch.objects.exists()
    assert mailoutbox == []


def test_a_file_that_is_too_large_is_refused(signed_in, cohort, settings):
    settings.ACADEMY_COHORT_UPLOAD_MAX_BYTES = 100
    content = b"email\n" + b"".join(f"person{n}@council.gov.uk\n".encode() for n in range(10))
    response = upload(signed_in, cohort, content)
    assert response.context["form"].errors["file"] == ["The selected file must be smaller than 100\xa0bytes"]
    assert not Invitation.objects.exists()


def test_a_file_with_too_many_rows_is_refused(signed_in, cohort, settings):
    settings.ACADEMY_COHORT_UPLOAD_MAX_ROWS = 3
    content = b"email\n" + b"".join(f"person{n}@council.gov.uk\n".encode() for n in range(4))
    response = upload(signed_in, cohort, content)
    assert response.context["form"].errors["file"] == [csv_import.TOO_MANY_ROWS.format(max_rows=3)]
    assert not Invitation.objects.exists()


def test_no_file_selected_shows_the_gov_uk_message(signed_in, cohort):
    response = signed_in.post(reverse("cohorts:invite_upload", args=[cohort.pk]), {})
    assert response.context["form"].errors["file"] == [csv_import.NO_FILE]
    assert response.content.decode().count(csv_import.NO_FILE) == 2  # summary and inline
    assert "<title>Error: " in response.content.decode()


def test_nothing_is_half_created_when_sending_fails_part_way(
    cohort, lead, monkeypatch, mailoutbox, django_capture_on_commit_callbacks
):
    calls = []

    def failing_send(invitation, **kwargs):
        calls.append(invitation.email)
        if len(calls) == 3:
            raise RuntimeError("mail template broke")

    monkeypatch.setattr(services, "_send_invitation", failing_send)
    invitees = [Invitee(row=n, email=f"p{n}@council.gov.uk") for n in range(1, 6)]
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        services.invite(cohort=cohort, invitees=invitees, invited_by=lead)
    assert not Invitation.objects.exists()
    assert not InvitationBatch.objects.exists()
    assert mailoutbox == []


def test_inviting_by_a_typed_list(signed_in, cohort, django_capture_on_commit_callbacks, mailoutbox):
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(
            reverse("cohorts:invite_emails", args=[cohort.pk]),
            {"emails": "a@council.gov.uk, b@council.gov.uk\nCee Dee <c@council.gov.uk>;\n\nnot valid"},
        )
    assert response.status_code == 302
    batch = InvitationBatch.objects.get()
    assert [row["outcome"] for row in batch.results] == ["invited", "invited", "invited", "invalid_email"]
    assert Invitation.objects.get(email="c@council.gov.uk").full_name == "Cee Dee"
    assert len(mailoutbox) == 3


def test_an_empty_typed_list_is_an_error(signed_in, cohort):
    response = signed_in.post(reverse("cohorts:invite_emails", args=[cohort.pk]), {"emails": " \n , "})
    assert response.context["form"].errors["emails"] == [csv_import.NO_EMAILS_TYPED]


def test_inviting_someone_with_an_open_invitation_sends_it_again_with_a_new_link(cohort, lead):
    services.invite(cohort=cohort, invitees=[Invitee(row=1, email="again@council.gov.uk")], invited_by=lead)
    first = Invitation.objects.get()
    batch = services.invite(cohort=cohort, invitees=[Invitee(row=1, email="Again@council.gov.uk")], invited_by=lead)
    second = Invitation.objects.get()
    assert second.pk == first.pk and second.send_count == 2 and second.token_hash != first.token_hash
    assert batch.results[0]["outcome"] == services.INVITED
    assert batch.results[0]["reason"] == services.SENT_AGAIN


def test_people_with_an_account_are_invited_even_outside_the_sign_up_domains(cohort, lead, settings):
    settings.ACADEMY_ALLOWED_EMAIL_DOMAINS = ["council.gov.uk"]
    UserFactory(email="consultant@partner.example")
    batch = services.invite(
        cohort=cohort, invitees=[Invitee(row=1, email="consultant@partner.example")], invited_by=lead
    )
    assert batch.results[0]["outcome"] == services.INVITED


def test_an_archived_cohort_cannot_invite(signed_in, cohort):
    cohort.status = "archived"
    cohort.save()
    response = signed_in.post(reverse("cohorts:invite_emails", args=[cohort.pk]), {"emails": "a@council.gov.uk"})
    assert response.status_code == 200
    assert not Invitation.objects.exists()
