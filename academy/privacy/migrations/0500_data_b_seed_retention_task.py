"""Seed beat's schedule with the daily retention job (an administrator may change it after; never overwritten)."""

from django.conf import settings
from django.db import migrations

from academy.operations.beat import seed_periodic_tasks

ENTRIES = ["privacy-apply-retention"]


def seed(apps, schema_editor):
    seed_periodic_tasks(
        {name: settings.CELERY_BEAT_SCHEDULE[name] for name in ENTRIES},
        task_model=apps.get_model("django_celery_beat", "PeriodicTask"),
        interval_model=apps.get_model("django_celery_beat", "IntervalSchedule"),
        crontab_model=apps.get_model("django_celery_beat", "CrontabSchedule"),
        timezone=settings.CELERY_TIMEZONE,
    )


def unseed(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name__in=ENTRIES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0500_data_a_exports"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [migrations.RunPython(seed, unseed)]
