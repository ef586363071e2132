"""A certificate is issued on completion, exactly once: under repeated signals, retries and concurrent workers."""

import threading

import pytest
from django.db import connection

from academy.certificates import services, tasks
from academy.certificates.models import Certificate
from courses.models import Enrolment
from courses.signals import course_completed
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import complete_course
from tests.courses.factories import make_course
from tests.worker import wait_for


@pytest.fixture
def course(db):
    return make_course(modules=1, lessons=2, slug="issuing")


def stored_files(settings) -> list:
    from pathlib import Path

    root = Path(settings.STORAGES["certificates"]["OPTIONS"]["location"])
    return sorted(path for path in root.rglob("*.pdf")) if root.exists() else []


def test_completing_a_course_issues_one_certificate_and_emails_the_learner(
    course, django_capture_on_commit_callbacks, mailoutbox
):
    learner = UserFactory(full_name="Ada Okafor")
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete_course(learner, course)
    certificate = Certificate.objects.get()
    assert certificate.enrolment == enrolment
    assert certificate.status == Certificate.Status.VALID
    assert certificate.snapshot["name"] == "Ada Okafor"
    assert certificate.snapshot["course_title"] == course.title
    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == [learner.email]
    assert email.subject == f"Commissioning Academy: Your certificate for {course.title}"
    assert "https://academy.example.org/certificates/" in email.body
    assert certificate.code in email.body


def test_the_completion_signal_sent_twice_still_gives_one_certificate(
    course, django_capture_on_commit_callbacks, mailoutbox
):
    learner = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete_course(learner, course)
    with django_capture_on_commit_callbacks(execute=True):
        course_completed.send(sender=Enrolment, enrolment=enrolment)
    assert Certificate.objects.count() == 1
    assert len(mailoutbox) == 1


def test_issuing_again_returns_the_certificate_already_issued(course):
    enrolment = complete_course(UserFactory(), course)
    first = services.issue_certificate(enrolment_id=enrolment.pk)
    again = services.issue_certificate(enrolment_id=enrolment.pk)
    assert again.pk == first.pk
    assert Certificate.objects.count() == 1


def test_a_task_that_fails_once_is_retried_and_issues_one_certificate(course, monkeypatch, settings, mailoutbox):
    enrolment = complete_course(UserFactory(), course)
    calls = []
    real_render = services.render_certificate

    def flaky_render(snapshot, **options):
        calls.append(snapshot["code"])
        if len(calls) == 1:
            raise OSError("storage unavailable")
        return real_render(snapshot, **options)

    monkeypatch.setattr(services, "render_certificate", flaky_render)
    monkeypatch.setattr(tasks.issue_certificate, "retry_backoff", False)
    result = tasks.issue_certificate.apply(args=[enrolment.pk], throw=False)
    assert result.successful()
    assert len(calls) == 2
    certificate = Certificate.objects.get()
    assert result.result == certificate.code
    assert len(stored_files(settings)) == 1


def test_a_failure_after_rendering_leaves_no_orphan_pdf(course, monkeypatch, settings):
    enrolment = complete_course(UserFactory(), course)

    def broken_email(certificate, *, template):
        raise ConnectionError("mail queue down")

    monkeypatch.setattr(services, "_email_learner", broken_email)
    with pytest.raises(ConnectionError):
        services.issue_certificate(enrolment_id=enrolment.pk)
    assert Certificate.objects.count() == 0
    assert stored_files(settings) == []


def test_an_incomplete_enrolment_gets_no_certificate_and_is_not_retried(course, monkeypatch):
    learner = UserFactory()
    from courses.services.progress import enrol

    enrolment = enrol(user=learner, course=course)
    result = tasks.issue_certificate.apply(args=[enrolment.pk], throw=False)
    assert result.failed()
    assert isinstance(result.result, services.CertificateError)
    assert Certificate.objects.count() == 0


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's concurrent transactions")
def test_two_workers_issuing_at_once_make_one_certificate(monkeypatch, settings, mailoutbox):
    monkeypatch.setattr(tasks.issue_certificate, "delay", lambda *args, **kwargs: None)  # the race starts below
    course = make_course(modules=1, lessons=1, slug="race")
    enrolment = complete_course(UserFactory(), course)
    barrier = threading.Barrier(2, timeout=30)
    real_render = services.render_certificate

    def render_in_step(snapshot, **options):
        barrier.wait()  # both workers have checked for an existing certificate and rendered before inserting
        return real_render(snapshot, **options)

    monkeypatch.setattr(services, "render_certificate", render_in_step)
    codes, errors = [], []

    def worker():
        try:
            codes.append(services.issue_certificate(enrolment_id=enrolment.pk).code)
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Certificate.objects.count() == 1
    assert codes[0] == codes[1] == Certificate.objects.get().code
    assert len(stored_files(settings)) == 1  # the loser deleted its PDF
    assert len(mailoutbox) == 1


@pytest.mark.real_worker
@pytest.mark.django_db(transaction=True)
def test_the_worker_issues_the_certificate_after_completion(celery_worker_process, sent_emails):
    course = make_course(modules=1, lessons=2, slug="worker-course")
    learner = UserFactory(full_name="Wren Worker")
    enrolment = complete_course(learner, course)
    certificate = wait_for(lambda: Certificate.objects.filter(enrolment=enrolment).first())
    assert certificate.snapshot["name"] == "Wren Worker"
    subjects = wait_for(lambda: [subject for to, subject, body in sent_emails() if to == [learner.email]])
    assert subjects == [f"Commissioning Academy: Your certificate for {course.title}"]
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1


def test_the_email_is_plain_text_without_html_escaping(db, django_capture_on_commit_callbacks, mailoutbox):
    course = make_course(modules=1, lessons=1, slug="ampersand")
    course.title = "Contracts & Mutuals"
    course.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(UserFactory(full_name="Ciarán O'Neill"), course)
    assert mailoutbox[0].subject.endswith("Your certificate for Contracts & Mutuals")
    assert "Hello Ciarán O'Neill," in mailoutbox[0].body
