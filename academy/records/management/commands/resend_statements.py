"""Send the statements of a date range again, to one LRS endpoint or to every enabled one.

    python manage.py resend_statements --since 2026-01-01 --until 2026-02-01 [--endpoint "HR LRS"]

Dates are days (from the start of --since to the start of --until, in the service's time zone) or ISO 8601
times. Statement ids are fixed, so an LRS that has them already keeps one copy.
"""

from datetime import datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from academy.records import services

BAD_DATE = "{option} must be a date (2026-01-31) or a date and time (2026-01-31T09:00), not “{value}”."


class Command(BaseCommand):
    help = "Put the xAPI statements of a date range back in the outbox, for one LRS endpoint or all enabled ones."

    def add_arguments(self, parser):
        parser.add_argument("--since", required=True, help="From this date or time (included).")
        parser.add_argument("--until", required=True, help="To this date or time (excluded).")
        parser.add_argument("--endpoint", help="The endpoint's name, as in the admin. Default: every enabled one.")

    def handle(self, *args, since: str, until: str, endpoint: str | None, **options):
        start, end = _moment("--since", since), _moment("--until", until)
        try:
            count = services.resend(since=start, until=end, endpoint_name=endpoint)
        except services.RecordsError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{count} statement deliveries put back in the outbox and queued.")


def _moment(option: str, value: str) -> datetime:
    try:
        moment = parse_datetime(value)
        if moment is None and (day := parse_date(value)) is not None:
            moment = datetime.combine(day, time.min)
    except ValueError:  # well formed but impossible, like 2026-02-30
        moment = None
    if moment is None:
        raise CommandError(BAD_DATE.format(option=option, value=value))
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)
