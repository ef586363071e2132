"""Download my data: prepared by a task, a ZIP of JSON and CSV, only for its owner, for a limited time."""

import csv
import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.accounts.models import SentEmail
from academy.audit import actions
from academy.audit.models import AuditEntry
from academy.privacy import services
from academy.privacy.models import DataExport
from assessments.services.attempts import start_attempt
from courses.models import ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import issued_certificate
from tests.academy.cohorts.factories import make_cohort
from tests.assessments.factories import make_question, make_quiz

pytestmark = pytest.mark.django_db
SECTIONS = {
    "profile",
    "session_bookings",
    "session_attendance",
    "plans",
    "plan_versions",
    "plan_feedback_received",
    "plan_comments_written",
    "enrolments",
    "completions",
    "progress_history",
    "quiz_attempts",
    "answers",
    "certificates",
    "cohort_memberships",
    "emails_sent",
}


@pytest.fixture
def learner(django_capture_on_commit_callbacks):
    user = UserFactory(full_name="Lou Learner", email="lou@council.gov.uk")
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issued_certificate(user=user)
    course = certificate.enrolment.course
    cohort = make_cohort(courses=[course])
    cohort.memberships.create(user=user)
    module = ModulePage.objects.child_of(course).first()
    start_attempt(user=user, quiz=make_quiz(module, questions=[make_question("single_choice")]))
    return user


@pytest.fixture
def prepare(client, django_capture_on_commit_callbacks):
    def prepare(client, user) -> DataExport:
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("privacy:request_my_data"))
        assert response.status_code == 302
        return DataExport.objects.get(user=user)

    return prepare


def download(client, export):
    return client.get(reverse("privacy:download_my_data", args=[export.pk]))


def test_the_archive_holds_every_section_as_json_and_csv(prepare, client, learner, mailoutbox):
    export = prepare(client, learner)
    assert export.status == DataExport.Status.READY
    response = download(client, export)
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    data = json.loads(archive.read("my-data.json"))
    assert set(data) == SECTIONS
    assert data["profile"][0]["full_name"] == "Lou Learner"
    assert data["certificates"][0]["name_on_certificate"] == "Lou Learner"
    assert len(data["quiz_attempts"]) == 1 and len(data["answers"]) == 1
    assert data["cohort_memberships"][0]["cohort"] == "Spring cohort"
    assert any("certificate" in email["subject"].lower() for email in data["emails_sent"])
    assert {f"{section}.csv" for section in SECTIONS} <= set(archive.namelist())
    rows = list(csv.reader(io.StringIO(archive.read("enrolments.csv").decode("utf-8-sig"))))
    assert rows[0][0] == "course" and len(rows) == 2


def test_the_owner_is_emailed_when_it_is_ready(prepare, client, learner, mailoutbox):
    prepare(client, learner)
    ready = [m for m in mailoutbox if "ready to download" in m.subject]
    assert len(ready) == 1 and ready[0].to == ["lou@council.gov.uk"]
    assert reverse("privacy:my_data") in ready[0].body


def test_another_person_gets_not_found(prepare, client, learner):
    export = prepare(client, learner)
    client.force_login(UserFactory())
    assert download(client, export).status_code == 404


def test_an_anonymous_visitor_is_sent_to_sign_in(prepare, client, learner):
    export = prepare(client, learner)
    client.logout()
    assert download(client, export)["Location"].startswith("/accounts/login/")


def test_an_expired_download_is_not_found(prepare, client, learner):
    export = prepare(client, learner)
    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert download(client, export).status_code == 404


def test_asking_and_downloading_are_audited(prepare, client, learner):
    export = prepare(client, learner)
    download(client, export)
    assert set(AuditEntry.objects.filter(actor_id=learner.pk).values_list("action", flat=True)) >= {
        actions.MY_DATA_REQUESTED,
        actions.MY_DATA_DOWNLOADED,
    }


def test_the_page_lists_the_learners_own_downloads_only(prepare, client, learner):
    prepare(client, learner)
    other = UserFactory()
    client.force_login(other)
    html = client.get(reverse("privacy:my_data")).content.decode()
    assert "Download ZIP" not in html


def test_a_sent_email_is_logged_by_subject_and_time_only(learner):
    logged = SentEmail.objects.filter(recipient="lou@council.gov.uk")
    assert logged.exists()
    assert not hasattr(logged.first(), "body")


def test_the_page_costs_a_fixed_number_of_queries(prepare, client, learner, django_assert_max_num_queries):
    for _ in range(3):
        DataExport.objects.create(user=learner)
    client.force_login(learner)
    with django_assert_max_num_queries(11):  # the layout's (session, user, navigation, footer links) and one list
        response = client.get(reverse("privacy:my_data"))
    assert response.status_code == 200


def test_a_failure_is_shown_as_failed_and_a_new_download_can_be_asked_for(client, monkeypatch):
    user = UserFactory()

    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("academy.privacy.archive.build_archive", broken)
    export = DataExport.objects.create(user=user)
    with pytest.raises(RuntimeError):
        services.prepare_export(export_id=export.pk)
    export.refresh_from_db()
    assert export.status == DataExport.Status.FAILED
    assert services.request_export(user=user).pk != export.pk
