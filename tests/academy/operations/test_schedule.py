"""Every periodic job runs under beat from schedules in the database that an administrator can edit."""

import pytest
from django.conf import settings
from django.urls import reverse
from django_celery_beat.models import PeriodicTask

from academy.celery import app as celery_app
from academy.operations.beat import DatabaseScheduler, seed_from_settings

pytestmark = pytest.mark.django_db

EXPECTED_JOBS = {
    "accounts-send-pending-emails": "academy.accounts.tasks.send_pending_emails",
    "assessments-close-overdue-attempts": "assessments.tasks.close_overdue_attempts",
    "certificates-issue-missing": "academy.certificates.tasks.issue_missing_certificates",
    "certificates-recertification-reminders": "academy.certificates.tasks.send_recertification_reminders",
    "cohorts-deadline-reminders": "academy.cohorts.tasks.send_deadline_reminders",
    "cohorts-weekly-digest": "academy.cohorts.tasks.send_weekly_digests",
    "cohorts-delete-old-exports": "academy.cohorts.tasks.delete_old_exports",
    "wagtail-publish-scheduled": "academy.operations.tasks.publish_scheduled_pages",
    "records-send-statements": "academy.records.tasks.sweep_statements",
    "events-session-reminders": "academy.events.tasks.send_session_reminders",
    "privacy-apply-retention": "academy.privacy.tasks.apply_retention",
}


def test_the_migration_seeds_every_periodic_job():
    seeded = dict(PeriodicTask.objects.filter(name__in=EXPECTED_JOBS).values_list("name", "task"))
    assert seeded == EXPECTED_JOBS
    assert set(settings.CELERY_BEAT_SCHEDULE) == set(EXPECTED_JOBS)


def test_the_seeded_schedules_keep_their_timing():
    assert PeriodicTask.objects.get(name="wagtail-publish-scheduled").interval.every == 60
    digest = PeriodicTask.objects.get(name="cohorts-weekly-digest").crontab
    assert (digest.minute, digest.hour, digest.day_of_week) == ("30", "8", "mon")
    assert str(digest.timezone) == "Europe/London"


@pytest.mark.parametrize("name", sorted(EXPECTED_JOBS))
def test_each_scheduled_task_is_registered_and_runs(name):
    celery_app.loader.import_default_modules()
    task = celery_app.tasks[EXPECTED_JOBS[name]]
    result = task.apply()
    assert result.successful(), result.traceback


def test_beat_never_overwrites_an_administrators_change_and_restores_a_deleted_job():
    digest = PeriodicTask.objects.get(name="cohorts-weekly-digest")
    digest.enabled = False
    digest.save()
    PeriodicTask.objects.filter(name="wagtail-publish-scheduled").delete()
    assert seed_from_settings() == ["wagtail-publish-scheduled"]
    assert PeriodicTask.objects.get(name="cohorts-weekly-digest").enabled is False
    assert settings.CELERY_BEAT_SCHEDULER == "academy.operations.beat:DatabaseScheduler"
    assert issubclass(DatabaseScheduler, __import__("django_celery_beat.schedulers").schedulers.DatabaseScheduler)


def test_an_administrator_edits_schedules_in_the_django_admin(admin_client):
    task = PeriodicTask.objects.get(name="cohorts-weekly-digest")
    response = admin_client.get(reverse("admin:django_celery_beat_periodictask_change", args=[task.pk]))
    assert response.status_code == 200


def test_scheduled_publishing_publishes_a_page_whose_go_live_time_has_passed(site_root):
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import Page

    from academy.operations.tasks import publish_scheduled_pages
    from courses.models import StandardPage

    page = site_root.add_child(instance=StandardPage(title="Scheduled", slug="scheduled", live=False))
    page.go_live_at = timezone.now() + timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    assert not Page.objects.get(pk=page.pk).live
    revision.refresh_from_db()
    # An hour later: the go-live time, as the revision and its approval record it, has passed.
    past = timezone.now() - timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    publish_scheduled_pages.delay()
    assert Page.objects.get(pk=page.pk).live
