"""Beat's schedule in the database (django-celery-beat), seeded from settings.CELERY_BEAT_SCHEDULE.

django-celery-beat's own scheduler writes the settings' entries over the database rows every time beat starts, which
would undo an administrator's change at the next deploy. This one adds only the entries that are missing.
"""

from datetime import timedelta

from celery.schedules import crontab, schedule
from django.conf import settings
from django_celery_beat import schedulers
from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask


def seed_periodic_tasks(entries: dict, *, task_model, interval_model, crontab_model, timezone: str) -> list[str]:
    """Create a PeriodicTask for each entry whose name is not in the database yet; never change an existing one.

    Takes the models so the data migration can pass its historical ones. Returns the names created.
    """
    created = []
    for name, entry in entries.items():
        if task_model.objects.filter(name=name).exists():
            continue
        every = entry["schedule"]
        if isinstance(every, crontab):
            when, _ = crontab_model.objects.get_or_create(
                minute=str(every._orig_minute),
                hour=str(every._orig_hour),
                day_of_week=str(every._orig_day_of_week),
                day_of_month=str(every._orig_day_of_month),
                month_of_year=str(every._orig_month_of_year),
                timezone=timezone,
            )
            fields = {"crontab": when}
        else:
            seconds = every.run_every if isinstance(every, schedule) else every
            seconds = seconds.total_seconds() if isinstance(seconds, timedelta) else float(seconds)
            interval, _ = interval_model.objects.get_or_create(every=int(seconds), period="seconds")
            fields = {"interval": interval}
        task_model.objects.create(name=name, task=entry["task"], description=entry.get("description", ""), **fields)
        created.append(name)
    return created


def seed_from_settings() -> list[str]:
    return seed_periodic_tasks(
        settings.CELERY_BEAT_SCHEDULE,
        task_model=PeriodicTask,
        interval_model=IntervalSchedule,
        crontab_model=CrontabSchedule,
        timezone=settings.CELERY_TIMEZONE,
    )


class DatabaseScheduler(schedulers.DatabaseScheduler):
    def setup_schedule(self):
        self.install_default_entries(self.schedule)
        seed_from_settings()
