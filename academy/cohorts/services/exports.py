"""Exports of a cohort's progress (the dashboard) and quiz results, as CSV or XLSX.

Rules:
- Every cell is neutralised against spreadsheet formulas (academy.core.spreadsheets).
- Small exports (up to ACADEMY_COHORT_EXPORT_STREAM_MAX_ROWS learners) are answered at once: CSV streams row by
  row; XLSX is written row by row (academy.core.xlsx) to a temporary file and sent.
- Larger ones (and every quiz-results export, which reads the attempts of QUIZ_RESULTS_BATCH learners per query) run
  as a Celery task that writes to a temporary file in chunks, records its progress, and stores the file for download.
  A failure is recorded with a message and shown on the progress page; a task that dies silently shows as stalled.
- Memory stays flat: rows are read a chunk at a time and written straight to the file.
"""

import io
import itertools
import logging
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from django.core.files import File
from django.db import transaction
from django.utils import timezone

from academy.cohorts import (  # tasks call these services, which queue tasks: read at call time
    extensions,
    quizzes,
    tasks,
)
from academy.cohorts.models import Cohort, CohortCourse, Export
from academy.cohorts.selectors import STATUS_LABELS, DashboardFilters, cohort_progress_rows, iter_progress_rows
from academy.core import spreadsheets
from courses.selectors import course_outline

logger = logging.getLogger(__name__)

EXPORT_FAILED = "The export could not be made. Try again, and contact support if it happens again."
EXPORT_STALLED = "The export stopped before it finished. Try again, and contact support if it happens again."
CHUNK_SIZE = 1000
QUIZ_RESULTS_BATCH = 500  # learners whose quiz attempts are read in one query
MODULE_COLUMN_WIDTH = 24  # a status ("In progress") under a long module title that wraps


@dataclass
class Table:
    title: str
    header: list[str]
    rows: Iterator[list]
    total: int
    widths: list[float] | None = None  # characters per column, for XLSX


def export_table(
    *, cohort: Cohort, cohort_course: CohortCourse, kind: str, filters: DashboardFilters, today: date | None = None
) -> Table:
    """The header, a lazy iterator of rows and the row count for an export (rows are read in chunks)."""
    today = today or timezone.localdate()
    outline = course_outline(course=cohort_course.course)
    total = cohort_progress_rows(cohort=cohort, cohort_course=cohort_course, filters=filters, today=today).count()
    rows = iter_progress_rows(
        cohort=cohort, cohort_course=cohort_course, outline=outline, filters=filters, today=today, chunk_size=CHUNK_SIZE
    )
    if kind == Export.Kind.QUIZ_RESULTS:
        return _quiz_table(cohort_course, outline, rows, total)
    header = [
        "Name",
        "Email",
        "Organisation",
        "Joined",
        "Deadline",
        "Status",
        "Overdue",
        "Progress (%)",
        "Required items completed",
        "Required items",
        "Completed on",
        "Last activity",
        *[f"Module {module.number}: {module.title}" for module in outline.modules],
        *[column.heading for column in extensions.dashboard_columns()],
    ]
    body = (
        [
            row.name,
            row.email,
            row.organisation,
            row.joined_at,
            row.deadline,
            row.status_label,
            "Yes" if row.overdue else "No",
            row.percent,
            row.required_done,
            row.required_total,
            row.completed_at,
            row.last_activity_at,
            *[_module_label(status) for _, status in row.modules],
            *[text for _, text in row.extra],
        ]
        for row in rows
    )
    kinds = {"Joined": "datetime", "Deadline": "date", "Completed on": "datetime", "Last activity": "datetime"}
    widths = [
        min(
            spreadsheets.column_width(
                heading, wide=heading in {"Name", "Email", "Organisation"}, kind=kinds.get(heading, "")
            ),
            MODULE_COLUMN_WIDTH if heading.startswith("Module ") else spreadsheets.MAX_WIDTH,
        )
        for heading in header
    ]
    return Table(title="Progress", header=header, rows=body, total=total, widths=widths)


def _quiz_table(cohort_course, outline, rows, total) -> Table:
    items = quizzes.quiz_items(outline)
    header = ["Name", "Email", "Organisation"]
    for item in items:
        header += [f"{item.title}: attempts", f"{item.title}: grade (%)", f"{item.title}: passed"]

    def body():
        rows_left = iter(rows)
        while batch := list(itertools.islice(rows_left, QUIZ_RESULTS_BATCH)):  # one query a batch, memory flat
            results = quizzes.quiz_results_for(items=items, user_ids=[row.user_id for row in batch])
            for row in batch:
                line = [row.name, row.email, row.organisation]
                for item in items:
                    result = results[(item.pk, row.user_id)]
                    line += [len(result.attempts), result.grade, "Yes" if result.passed else "No"]
                yield line

    widths = [
        spreadsheets.column_width(heading, wide=index < 3) if index < 3 else MODULE_COLUMN_WIDTH
        for index, heading in enumerate(header)
    ]
    return Table(title="Quiz results", header=header, rows=body(), total=total, widths=widths)


def _module_label(status: str) -> str:
    return STATUS_LABELS[status]


def must_run_in_background(*, kind: str, total: int, stream_max_rows: int) -> bool:
    return kind == Export.Kind.QUIZ_RESULTS or total > stream_max_rows


def start_export(
    *, cohort: Cohort, cohort_course: CohortCourse, kind: str, file_format: str, filters: DashboardFilters, user
) -> Export:
    """Record an export job and queue its task once the transaction commits."""
    export = Export.objects.create(
        cohort=cohort,
        course=cohort_course.course,
        requested_by=user,
        kind=kind,
        format=file_format,
        filters=filters.as_query(),
    )
    transaction.on_commit(lambda: tasks.run_cohort_export.delay(export.pk))
    return export


def run_export(*, export_id: int) -> Export | None:
    """Build an export's file, recording progress; idempotent (a ready export is left alone, a retry starts over).

    Failures are recorded on the export (shown to the lead) and logged, never raised to the worker.
    """
    with transaction.atomic():
        export = Export.objects.select_for_update().filter(pk=export_id).first()
        if export is None or export.status == Export.Status.READY:
            return export
        export.status = Export.Status.RUNNING
        export.started_at = timezone.now()
        export.rows_done = 0
        export.error = ""
        export.save(update_fields=["status", "started_at", "rows_done", "error", "updated_at"])
    try:
        cohort_course = CohortCourse.objects.select_related("cohort", "course").get(
            cohort_id=export.cohort_id, course_id=export.course_id
        )
        table = export_table(
            cohort=cohort_course.cohort,
            cohort_course=cohort_course,
            kind=export.kind,
            filters=DashboardFilters.from_query(export.filters),
        )
        Export.objects.filter(pk=export.pk).update(rows_total=table.total, updated_at=timezone.now())

        def progress(done: int) -> None:
            Export.objects.filter(pk=export.pk).update(rows_done=done, updated_at=timezone.now())

        name = f"cohort-{export.cohort_id}/{export.pk}-{export.download_name}"
        with tempfile.TemporaryFile() as handle:
            write_table(handle, table, file_format=export.format, progress=progress)
            handle.seek(0)
            storage = _storage()
            if export.file:
                storage.delete(export.file.name)
            saved = storage.save(name, File(handle, name=name))
        Export.objects.filter(pk=export.pk).update(
            file=saved,
            status=Export.Status.READY,
            rows_done=table.total,
            finished_at=timezone.now(),
            updated_at=timezone.now(),
        )
    except Exception:  # recorded and shown on the progress page: an export must never fail silently
        logger.exception("Export %s failed", export_id)
        Export.objects.filter(pk=export_id).update(
            status=Export.Status.FAILED, error=EXPORT_FAILED, finished_at=timezone.now(), updated_at=timezone.now()
        )
    return Export.objects.filter(pk=export_id).first()


def write_table(handle, table: Table, *, file_format: str, progress=None) -> int:
    """Write ``table`` to a binary file object as CSV (UTF-8 with BOM) or XLSX."""
    if file_format == Export.Format.XLSX:
        return spreadsheets.write_xlsx(
            handle, table.header, table.rows, title=table.title, widths=table.widths, progress=progress
        )
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=True)
    try:
        return spreadsheets.write_csv(text, table.header, table.rows, progress=progress)
    finally:
        text.detach()  # leave the underlying file open for the caller


def _storage():
    return Export._meta.get_field("file").storage


def delete_export_files(*, names: list[str]) -> None:
    storage = _storage()
    for name in names:
        if name and storage.exists(name):
            storage.delete(name)


def delete_old_exports(*, older_than_days: int) -> int:
    """Delete exports (and their files) older than the retention period: they hold personal data."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    old = Export.objects.filter(created_at__lt=cutoff)
    delete_export_files(names=[name for name in old.values_list("file", flat=True) if name])
    count, _ = old.delete()
    return count
