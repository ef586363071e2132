"""Faults with nothing lost or duplicated: a worker killed mid-task, database connections dropped, storage down."""

import boto3
import pytest
from django.db import connection
from django.urls import reverse

from academy.certificates.models import Certificate
from academy.cohorts.models import Export
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.academy.certificates.factories import complete_course
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.courses.factories import make_course
from tests.production.topology import Browser, emails, process_log, wait_for_marker
from tests.worker import wait_for

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def bucket_keys(topology, prefix: str) -> list[str]:
    env = topology.env
    client = boto3.client(
        "s3",
        endpoint_url=env["ACADEMY_S3_ENDPOINT_URL"],
        region_name="eu-west-2",
        aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
    )
    listing = client.list_objects_v2(Bucket=env["ACADEMY_S3_BUCKET"], Prefix=prefix)
    return [item["Key"] for item in listing.get("Contents", [])]


def test_a_worker_killed_while_issuing_a_certificate_leaves_exactly_one_certificate(topology, start_worker, tmp_path):
    course = make_course(modules=1, lessons=1, slug="killed-issuing")
    learner = UserFactory()
    marker = tmp_path / "mid-task"
    slow = start_worker(name="doomed", slow_marker=marker)
    enrolment = complete_course(learner, course)  # commits, and queues the certificate on the broker
    wait_for_marker(marker)
    slow.kill()
    assert not Certificate.objects.filter(enrolment=enrolment).exists()
    start_worker(name="successor")
    certificate = wait_for(lambda: Certificate.objects.filter(enrolment=enrolment).first(), timeout=90)
    subject = "Your certificate for Course killed-issuing"
    assert wait_for(lambda: emails(topology.email_dir, subject=subject)) == [learner.email]
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
    assert f"certificates/{certificate.pdf.name}" in bucket_keys(topology, "certificates/")


def test_a_worker_killed_while_writing_an_export_leaves_exactly_one_export(topology, start_worker, tmp_path):
    course = make_course(modules=1, lessons=1, slug="killed-export")
    lead = make_lead()
    cohort = make_cohort(courses=[course], leads=[lead])
    add_learner(cohort, full_name="Kit Killed")
    marker = tmp_path / "mid-task"
    slow = start_worker(name="doomed", slow_marker=marker)
    browser = Browser()
    browser.sign_in(topology.a, lead.email, PASSWORD)
    browser.post(topology.a, reverse("cohorts:export_create", args=[cohort.pk]), {"kind": "quiz_results"})
    wait_for_marker(marker)
    slow.kill()
    start_worker(name="successor")
    job = Export.objects.get(cohort=cohort)
    wait_for(lambda: Export.objects.filter(pk=job.pk, status=Export.Status.READY).exists(), timeout=90)
    assert Export.objects.filter(cohort=cohort).count() == 1
    assert len(bucket_keys(topology, f"exports/cohort-{cohort.pk}/")) == 1
    download = browser.get(topology.b.url + reverse("cohorts:export_download", args=[cohort.pk, job.pk]))
    assert "Kit Killed" in download.content.decode("utf-8-sig")


def test_requests_after_the_database_drops_every_connection_succeed(topology, worker):
    learner = UserFactory()
    browser = Browser()
    browser.sign_in(topology.a, learner.email, PASSWORD)
    dashboard = reverse("learning:dashboard")
    assert browser.get(topology.b.url + dashboard).status_code == 200
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        assert cursor.fetchone()[0] >= 2  # at least both nodes' connections
    for node in (topology.a, topology.b, topology.a, topology.b):
        response = browser.get(node.url + dashboard, allow_redirects=False)
        assert response.status_code == 200
    # The worker's connection was dropped too: its next task reconnects.
    enrolment = complete_course(UserFactory(), make_course(modules=1, lessons=1, slug="after-terminate"))
    wait_for(lambda: Certificate.objects.filter(enrolment=enrolment).exists(), timeout=60)


def test_storage_down_gives_a_try_again_page_and_the_certificate_is_issued_when_it_returns(topology, worker):
    learner = UserFactory()
    first = complete_course(learner, make_course(modules=1, lessons=1, slug="before-outage"))
    certificate = wait_for(lambda: Certificate.objects.filter(enrolment=first).first(), timeout=60)
    browser = Browser()
    browser.sign_in(topology.b, learner.email, PASSWORD)
    pdf_path = reverse("certificates:pdf", args=[certificate.code])
    topology.s3.stop()
    try:
        response = browser.get(topology.a.url + pdf_path)
        assert response.status_code == 503
        assert "Try again in a minute" in response.text and response.headers["Retry-After"] == "30"
        assert browser.get(topology.a.url + "/health/ready?format=json").status_code == 500
        second = complete_course(learner, make_course(modules=1, lessons=1, slug="during-outage"))
        wait_for(lambda: "Retry in" in process_log("worker"), timeout=30)  # the task failed and will try again
        assert not Certificate.objects.filter(enrolment=second).exists()
    finally:
        topology.s3.start()
    wait_for(lambda: Certificate.objects.filter(enrolment=second).exists(), timeout=90)
    assert Certificate.objects.filter(enrolment=second).count() == 1
    assert browser.get(topology.b.url + pdf_path).status_code == 200
