"""Exports: small ones at once (CSV streamed, XLSX write-only), large ones by a task with progress; formulas
neutralised; failures shown."""

import csv
import io
from datetime import datetime, timedelta

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from academy.cohorts import extensions
from academy.cohorts.models import Export
from academy.cohorts.services import exports as services
from academy.core import spreadsheets
from tests.academy.cohorts.factories import ExportFactory, add_learner, make_cohort

pytestmark = pytest.mark.django_db

DANGEROUS_NAMES = ['=HYPERLINK("http://evil.example","x")', "+44 1234", "-2+3", "@SUM(A1)", "\tTabbed", "\rReturn"]


@pytest.fixture
def cohort(course, lead):
    cohort = make_cohort(courses=[course], leads=[lead], deadline_days=10)
    add_learner(cohort, full_name="Alice Ahead", days_ago=1, completed=4)
    add_learner(cohort, full_name="Bob Behind", days_ago=20, completed=1)
    return cohort


@pytest.fixture
def signed_in(client, lead):
    client.force_login(lead)
    return client


def export(client, cohort, **data):
    return client.post(reverse("cohorts:export_create", args=[cohort.pk]), {"kind": "dashboard", **data})


def read_csv(response) -> list[list[str]]:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    assert content.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 when the file starts with a BOM
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_a_small_csv_export_streams_at_once(signed_in, cohort, course):
    response = export(signed_in, cohort, format="csv")
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="dashboard-')
    rows = read_csv(response)
    assert rows[0][:8] == ["Name", "Email", "Organisation", "Joined", "Deadline", "Status", "Overdue", "Progress (%)"]
    extra = [column.heading for column in extensions.dashboard_columns()]  # columns other apps add, at the end
    assert rows[0][-2 - len(extra) :] == ["Module 1: Module 1", "Module 2: Module 2", *extra]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Alice Ahead"][5:8] == ["Completed", "No", "100"]
    assert by_name["Bob Behind"][5:8] == ["In progress", "Yes", "25"]
    assert by_name["Bob Behind"][-2 - len(extra) : len(by_name["Bob Behind"]) - len(extra)] == [
        "In progress",
        "Not started",
    ]


def test_an_export_follows_the_dashboard_filters(signed_in, cohort):
    rows = read_csv(export(signed_in, cohort, format="csv", overdue="1"))
    assert [row[0] for row in rows[1:]] == ["Bob Behind"]


def test_a_small_xlsx_export_is_sent_at_once(signed_in, cohort):
    response = export(signed_in, cohort, format="xlsx")
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Name"
    assert {row[0] for row in values[1:]} == {"Alice Ahead", "Bob Behind"}
    assert sheet.title == "Progress"


def xlsx_sheet(response):
    return load_workbook(io.BytesIO(b"".join(response.streaming_content))).active


def test_an_xlsx_export_has_a_bold_frozen_header_row(signed_in, cohort):
    sheet = xlsx_sheet(export(signed_in, cohort, format="xlsx"))
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert not any(cell.font.bold for cell in sheet[2])


def test_an_xlsx_export_has_columns_wide_enough_for_names_emails_and_dates(signed_in, cohort):
    sheet = xlsx_sheet(export(signed_in, cohort, format="xlsx"))
    columns = {cell.value: cell.column_letter for cell in sheet[1]}
    width = {heading: sheet.column_dimensions[letter].width for heading, letter in columns.items()}
    assert width["Name"] >= 30 and width["Email"] >= 30 and width["Organisation"] >= 30
    assert width["Joined"] >= spreadsheets.DATETIME_WIDTH and width["Deadline"] >= spreadsheets.DATE_WIDTH
    assert all(spreadsheets.MIN_WIDTH <= value <= spreadsheets.MAX_WIDTH for value in width.values())


def test_an_xlsx_export_writes_dates_as_excel_dates_with_a_date_format(signed_in, cohort):
    sheet = xlsx_sheet(export(signed_in, cohort, format="xlsx"))
    columns = {cell.value: index for index, cell in enumerate(sheet[1])}
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    alice = rows["Alice Ahead"]
    for heading in ("Joined", "Deadline", "Completed on", "Last activity"):
        cell = alice[columns[heading]]
        assert isinstance(cell.value, datetime), (heading, cell.value)  # openpyxl reads every Excel date back so
        assert cell.is_date and cell.data_type == "d", heading  # a date serial number, never text ("s")
    assert alice[columns["Deadline"]].number_format == spreadsheets.DATE_FORMAT
    assert alice[columns["Joined"]].number_format == spreadsheets.DATETIME_FORMAT
    assert alice[columns["Deadline"]].value.date() == (timezone.localdate() - timedelta(days=1) + timedelta(days=10))


def test_a_quiz_results_xlsx_export_has_the_same_header_formatting(cohort, lead):
    from academy.cohorts.selectors import DashboardFilters

    handle = io.BytesIO()
    table = services.export_table(
        cohort=cohort,
        cohort_course=cohort.cohort_courses.get(),
        kind=Export.Kind.QUIZ_RESULTS,
        filters=DashboardFilters(),
    )
    services.write_table(handle, table, file_format=Export.Format.XLSX)
    sheet = load_workbook(io.BytesIO(handle.getvalue())).active
    assert sheet.freeze_panes == "A2" and sheet[1][0].font.bold
    assert sheet.column_dimensions["A"].width >= 30


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_spreadsheet_formulas_in_names_are_neutralised(signed_in, course, lead, file_format):
    cohort = make_cohort(courses=[course], leads=[lead])
    for name in DANGEROUS_NAMES:
        add_learner(cohort, full_name=name, organisation="=cmd|' /C calc'!A0")
    response = export(signed_in, cohort, format=file_format)
    if file_format == "csv":
        rows = read_csv(response)[1:]
        names = {row[0] for row in rows}
        organisations = {row[2] for row in rows}
    else:
        sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        cells = list(sheet.iter_rows(min_row=2))
        assert all(row[0].data_type == "s" and row[2].data_type == "s" for row in cells)  # text, never a formula
        names = {row[0].value.replace("\n", "\r") for row in cells}  # XML turns a lone CR into LF
        organisations = {row[2].value for row in cells}
    assert names == {"'" + name for name in DANGEROUS_NAMES}
    assert organisations == {"'=cmd|' /C calc'!A0"}


def test_neutralising_leaves_ordinary_values_alone():
    assert spreadsheets.neutralise("Alice") == "Alice"
    assert spreadsheets.neutralise(-5) == -5
    assert spreadsheets.neutralise("a=b") == "a=b"
    assert spreadsheets.neutralise("=1+1") == "'=1+1"


def test_a_large_export_runs_as_a_task_with_a_progress_page_and_a_download(
    signed_in, cohort, settings, django_capture_on_commit_callbacks
):
    settings.ACADEMY_COHORT_EXPORT_STREAM_MAX_ROWS = 1
    with django_capture_on_commit_callbacks(execute=True):
        response = export(signed_in, cohort, format="csv")
    job = Export.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("cohorts:export", args=[cohort.pk, job.pk])
    assert (job.status, job.rows_total, job.rows_done, job.requested_by.full_name) == ("ready", 2, 2, "Lee Lead")
    page = signed_in.get(response["Location"]).content.decode()
    assert "Your export is ready" in page
    status = signed_in.get(reverse("cohorts:export_status", args=[cohort.pk, job.pk])).json()
    assert status == {"status": "ready", "rows_done": 2, "rows_total": 2, "percent": 100, "finished": True}
    download = signed_in.get(reverse("cohorts:export_download", args=[cohort.pk, job.pk]))
    assert download["Content-Disposition"].startswith('attachment; filename="dashboard-')
    assert [row[0] for row in read_csv(download)[1:]] == ["Alice Ahead", "Bob Behind"]


def test_a_waiting_export_shows_its_progress(signed_in, cohort, course):
    job = ExportFactory(cohort=cohort, course=course, status="running", rows_total=10, rows_done=4)
    page = signed_in.get(reverse("cohorts:export", args=[cohort.pk, job.pk])).content.decode()
    assert "4 of 10 learners (40%)" in page
    assert 'data-poll="true"' in page and "cohorts/export-progress.js" in page
    assert signed_in.get(reverse("cohorts:export_download", args=[cohort.pk, job.pk])).status_code == 404


def test_a_failed_export_is_shown_never_silent(
    signed_in, cohort, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.ACADEMY_COHORT_EXPORT_STREAM_MAX_ROWS = 1

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(services, "write_table", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = export(signed_in, cohort, format="xlsx")
    job = Export.objects.get()
    assert job.status == "failed" and job.error == services.EXPORT_FAILED
    page = signed_in.get(response["Location"]).content.decode()
    assert "The export failed" in page and services.EXPORT_FAILED in page


def test_an_export_whose_worker_died_shows_as_stalled(signed_in, cohort, course):
    job = ExportFactory(cohort=cohort, course=course, status="running", rows_total=10)
    Export.objects.filter(pk=job.pk).update(updated_at=timezone.now() - timedelta(hours=1))
    page = signed_in.get(reverse("cohorts:export", args=[cohort.pk, job.pk])).content.decode()
    assert services.EXPORT_STALLED in page
    assert signed_in.get(reverse("cohorts:export_status", args=[cohort.pk, job.pk])).json()["status"] == "failed"


def test_running_an_export_again_is_safe(signed_in, cohort, course):
    job = ExportFactory(cohort=cohort, course=course, format="xlsx")
    services.run_export(export_id=job.pk)
    first = Export.objects.get().file.name
    services.run_export(export_id=job.pk)  # a redelivered task: the ready export is left alone
    assert Export.objects.get().file.name == first


def test_quiz_result_exports_always_run_in_the_background(signed_in, cohort, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(
            reverse("cohorts:export_create", args=[cohort.pk]), {"kind": "quiz_results", "format": "csv"}
        )
    job = Export.objects.get()
    assert response.status_code == 302 and job.kind == "quiz_results" and job.status == "ready"
    rows = read_csv(signed_in.get(reverse("cohorts:export_download", args=[cohort.pk, job.pk])))
    assert rows[0] == ["Name", "Email", "Organisation"]  # this course has no quizzes


def test_an_unknown_export_kind_is_refused(signed_in, cohort):
    assert export(signed_in, cohort, kind="passwords", format="csv").status_code == 404


def test_old_exports_and_their_files_are_deleted(cohort, course):
    job = ExportFactory(cohort=cohort, course=course)
    services.run_export(export_id=job.pk)
    name = Export.objects.get().file.name
    storage = Export.objects.get().file.storage
    assert storage.exists(name)
    Export.objects.update(created_at=timezone.now() - timedelta(days=30))
    assert services.delete_old_exports(older_than_days=7) == 1
    assert not storage.exists(name)
