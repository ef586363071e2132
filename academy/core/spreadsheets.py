"""Writing CSV and XLSX safely, for every export and report: formula neutralisation, streaming CSV, and streaming
XLSX (academy.core.xlsx).

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

from academy.core import xlsx

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
PROGRESS_EVERY = 500
DATE_FORMAT = "d mmm yyyy"
DATETIME_FORMAT = "d mmm yyyy hh:mm"
MIN_WIDTH, MAX_WIDTH = 10, 45
DATE_WIDTH, DATETIME_WIDTH = 13, 18
MAX_TEXT = 32767  # characters in a spreadsheet cell (Excel's limit)


def neutralise(value):
    """Text starting with = + - @ tab or CR gets a leading apostrophe; numbers stay numbers (-5 is data)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _plain(value, tz):
    """A cell value for CSV: dates in ISO form, times in the time zone ``tz`` (the site's), None as empty."""
    if isinstance(value, str):
        return neutralise(value)
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.utcoffset() is not None:
            value = value.astimezone(tz)
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_lines(header: list[str], rows: Iterable[list], *, bom: bool = True) -> Iterator[str]:
    """CSV text line by line (for StreamingHttpResponse), every cell neutralised.

    Starts with a byte-order mark so Excel reads UTF-8, unless ``bom`` is False.
    """
    writer = csv.writer(_Echo())
    tz = timezone.get_current_timezone()  # once: looking it up for every time costs more than converting it
    yield ("\ufeff" if bom else "") + writer.writerow([_plain(cell, tz) for cell in header])
    for row in rows:
        yield writer.writerow([_plain(cell, tz) for cell in row])


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


def _xlsx_value(value, tz):
    if isinstance(value, str):
        if not value.isprintable():  # the rare text with control characters (isprintable is much cheaper than a regex)
            # Imported here: openpyxl takes about 0.2 s to import, which every process (and test worker) paid at start.
            from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        return neutralise(value)[:MAX_TEXT]
    if isinstance(value, datetime) and value.utcoffset() is not None:
        # A workbook cannot store time zones: write the local wall-clock time the lead expects.
        return value.astimezone(tz).replace(tzinfo=None)
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
    """Write an XLSX workbook row by row (academy.core.xlsx: rows go straight to the file); returns the row count.

    The header row is bold and frozen; ``widths`` (characters per column) default to each heading's length.
    """
    widths = widths or [column_width(str(heading)) for heading in header]
    count = 0
    with xlsx.SheetWriter(
        fileobj,
        title=title[:31] or "Export",
        widths=widths,
        date_format=DATE_FORMAT,
        datetime_format=DATETIME_FORMAT,
        columns=len(header),
    ) as sheet:
        tz = timezone.get_current_timezone()
        sheet.append([_xlsx_value(heading, tz) for heading in header])
        for row in rows:
            sheet.append([_xlsx_value(cell, tz) for cell in row])
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count)
    return count
