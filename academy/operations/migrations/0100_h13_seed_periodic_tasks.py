"""Seed beat's schedule (django-celery-beat) with the platform's periodic jobs; administrators edit them after."""

from django.conf import settings
from django.db import migrations

from academy.operations.beat import seed_periodic_tasks


def seed(apps, schema_editor):
    seed_periodic_tasks(
        settings.CELERY_BEAT_SCHEDULE,
        task_model=apps.get_model("django_celery_beat", "PeriodicTask"),
        interval_model=apps.get_model("django_celery_beat", "IntervalSchedule"),
        crontab_model=apps.get_model("django_celery_beat", "CrontabSchedule"),
        timezone=settings.CELERY_TIMEZONE,
    )


def unseed(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name__in=settings.CELERY_BEAT_SCHEDULE).delete()


class Migration(migrations.Migration):
    dependencies = [("django_celery_beat", "0019_alter_periodictasks_options")]
    operations = [migrations.RunPython(seed, unseed)]
