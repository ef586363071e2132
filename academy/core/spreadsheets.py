"""Writing CSV and XLSX safely, for every export and report: formula neutralisation, streaming CSV, and openpyxl's
write-only mode.

A cell that begins with = + - @ a tab or a carriage return is written with a leading apostrophe, so a learner's
name such as ``=HYPERLINK(...)`` is shown as text in the lead's spreadsheet instead of running.

Workbooks open ready to read: a bold header row frozen at the top, columns wide enough for their heading (rows
stream, so widths come from the headings and the kind of value, not from measuring every row), and dates and times
as real Excel dates with a date format, so a lead can sort and filter them.
"""

import csv
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import IO

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
PROGRESS_EVERY = 500
DATE_FORMAT = "d mmm yyyy"
DATETIME_FORMAT = "d mmm yyyy hh:mm"
MIN_WIDTH, MAX_WIDTH = 10, 45
DATE_WIDTH, DATETIME_WIDTH = 13, 18


def neutralise(value):
    """Text starting with = + - @ tab or CR gets a leading apostrophe; numbers stay numbers (-5 is data)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


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


def csv_lines(header: list[str], rows: Iterable[list], *, bom: bool = True) -> Iterator[str]:
    """CSV text line by line (for StreamingHttpResponse), every cell neutralised.

    Starts with a byte-order mark so Excel reads UTF-8, unless ``bom`` is False.
    """
    writer = csv.writer(_Echo())
    yield ("\ufeff" if bom else "") + writer.writerow([_plain(cell) for cell in header])
    for row in rows:
        yield writer.writerow([_plain(cell) for cell in row])


def write_csv(
    fileobj: IO[str],
    header: list[str],
    rows: Iterable[list],
    *,
    bom: bool = True,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write a CSV to a text file (or an HttpResponse); returns the number of rows.

    Calls ``progress(n)`` every few hundred rows.
    """
    count = 0
    for line in csv_lines(header, rows, bom=bom):
        fileobj.write(line)
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count - 1)
    return max(count - 1, 0)


def _xlsx_value(value):
    if value is None:
        return None
    if isinstance(value, datetime):
        # openpyxl cannot store time zones: write the local wall-clock time the lead expects.
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def _xlsx_cell(sheet, value):
    """A plain value, or a cell with a date number format for dates and times (never a date written as text)."""
    value = _xlsx_value(value)
    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value


def column_width(heading: str, *, wide: bool = False, kind: str = "") -> float:
    """A column's width in characters: room for its heading, for a date or time, or for a name or an email."""
    width = len(heading) + 2
    if kind == "date":
        width = max(width, DATE_WIDTH)
    elif kind == "datetime":
        width = max(width, DATETIME_WIDTH)
    if wide:
        width = max(width, 30)
    return float(min(max(width, MIN_WIDTH), MAX_WIDTH))


def write_xlsx(
    fileobj,
    header: list[str],
    rows: Iterable[list],
    *,
    title: str = "Export",
    widths: list[float] | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write an XLSX workbook with openpyxl's write-only mode (rows go straight to disk); returns the row count.

    The header row is bold and frozen; ``widths`` (characters per column) default to each heading's length.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or "Export")
    sheet.freeze_panes = "A2"
    widths = widths or [column_width(str(heading)) for heading in header]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    heading_cells = []
    for heading in header:
        cell = WriteOnlyCell(sheet, value=_xlsx_value(heading))
        cell.font = bold
        cell.alignment = wrap  # a long module title wraps in its column instead of widening it
        heading_cells.append(cell)
    sheet.append(heading_cells)
    count = 0
    for row in rows:
        sheet.append([_xlsx_cell(sheet, cell) for cell in row])
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
    workbook.save(fileobj)
    return count
