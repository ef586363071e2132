"""Writing CSV and XLSX safely: formula neutralisation, streaming CSV, and openpyxl's write-only mode.

A cell that begins with = + - @ a tab or a carriage return is written with a leading apostrophe, so a learner's
name such as ``=HYPERLINK(...)`` is shown as text in the lead's spreadsheet instead of running.
"""

import csv
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import IO

from django.utils import timezone

from academy.exports import safe_cell as neutralise

PROGRESS_EVERY = 500


def _plain(value):
    """A cell value for CSV: dates in ISO form, times in the site's time zone, None as empty."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(value) if isinstance(value, str) else value


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_lines(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    """CSV text line by line (for StreamingHttpResponse). Starts with a byte-order mark so Excel reads UTF-8."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow([_plain(cell) for cell in header])
    for row in rows:
        yield writer.writerow([_plain(cell) for cell in row])


def write_csv(
    fileobj: IO[str], header: list[str], rows: Iterable[list], *, progress: Callable[[int], None] | None = None
) -> int:
    """Write a CSV to a text file; returns the number of rows. Calls ``progress(n)`` every few hundred rows."""
    count = 0
    for line in csv_lines(header, rows):
        fileobj.write(line)
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count - 1)
    return max(count - 1, 0)


def _xlsx_cell(value):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None:
        return None
    if isinstance(value, datetime):
        # openpyxl cannot store time zones: write the local wall-clock time the lead expects.
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def write_xlsx(
    fileobj,
    header: list[str],
    rows: Iterable[list],
    *,
    title: str = "Export",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write an XLSX workbook with openpyxl's write-only mode (rows go straight to disk); returns the row count."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or "Export")
    sheet.append([_xlsx_cell(cell) for cell in header])
    count = 0
    for row in rows:
        sheet.append([_xlsx_cell(cell) for cell in row])
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
    workbook.save(fileobj)
    return count
