"""Send the cohort reminders now (what Celery beat runs daily, and weekly for digests). Safe to run at any time."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from academy.cohorts.services import reminders


class Command(BaseCommand):
    help = "Send due deadline reminders (each at most once); with --digest, also this week's lead digests."

    def add_arguments(self, parser):
        parser.add_argument("--digest", action="store_true", help="Also send this week's digest to each lead.")
        parser.add_argument("--date", help="Act as if today were YYYY-MM-DD (for trying reminders out).")

    def handle(self, *args, **options):
        today = None
        if options["date"]:
            try:
                today = date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError("--date must look like 2026-05-04.") from error
        sent = reminders.send_deadline_reminders(today=today)
        self.stdout.write(f"Deadline reminders sent: {sent}")
        if options["digest"]:
            self.stdout.write(f"Lead digests sent: {reminders.send_weekly_digests(today=today)}")
