"""The data download's file: a ZIP with every section as JSON (one file) and as CSV (one file per section)."""

import io
import json
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from academy.accounts.erasure import sent_emails
from academy.certificates import personal_data as certificates
from academy.cohorts.selectors import personal_data as cohorts
from academy.core.spreadsheets import csv_lines
from academy.events import personal_data as events
from academy.plans import personal_data as plans
from assessments.selectors import personal_data as assessments
from courses.selectors import personal_data as courses

README = """Your data from {service}, prepared on {when}.

my-data.json holds everything in one file. Each CSV file holds one section, for a spreadsheet:
profile, enrolments, completions, progress_history, quiz_attempts, answers, certificates,
cohort_memberships, session_bookings, session_attendance, plans, plan_versions, plan_feedback_received,
plan_comments_written and emails_sent (the subject and time of each email we sent you; we do not keep
the emails themselves).
"""


def learner_data(*, user) -> dict[str, list[dict]]:
    """Everything the service holds about ``user`` as a learner, section by section."""
    data = {
        "profile": [
            {
                "email": user.email,
                "full_name": user.full_name,
                "organisation": user.organisation,
                "job_title": user.job_title,
                "date_joined": user.date_joined,
                "last_login": user.last_login,
            }
        ]
    }
    data.update(courses.learner_records(user=user))
    data.update(assessments.learner_records(user=user))
    data.update(certificates.learner_records(user=user))
    data.update(cohorts.learner_records(user=user))
    data.update(events.learner_records(user=user))
    data.update(plans.learner_records(user=user))
    data["emails_sent"] = [
        {"to": email.recipient, "subject": email.subject, "sent_at": email.sent_at}
        for email in sent_emails(user=user).order_by("sent_at", "pk")
    ]
    return data


def build_archive(*, user, service_name: str) -> bytes:
    data = learner_data(user=user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        when = timezone.localtime().strftime("%d %B %Y at %H:%M")
        archive.writestr("README.txt", README.format(service=service_name, when=when))
        archive.writestr("my-data.json", json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False))
        for section, rows in data.items():
            archive.writestr(f"{section}.csv", "".join(_csv(rows)))
    return buffer.getvalue()


def _csv(rows: list[dict]):
    header = list(rows[0]) if rows else ["(none)"]
    values = ([_cell(row[key]) for key in header] for row in rows)
    return csv_lines(header, values)


def _cell(value):
    if isinstance(value, dict | list):
        return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value
