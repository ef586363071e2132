"""The streaming XLSX writer: what openpyxl (and so Excel) reads back from it."""

import io
from datetime import date, datetime
from decimal import Decimal

from openpyxl import load_workbook

from academy.core import spreadsheets


def written(header, rows, **options):
    handle = io.BytesIO()
    count = spreadsheets.write_xlsx(handle, header, rows, **options)
    return count, load_workbook(io.BytesIO(handle.getvalue())).active


def test_values_keep_their_types():
    row = ["Ann & <Bo>", 5, 2.5, Decimal("87.50"), True, None, "", date(2025, 3, 1), datetime(2025, 3, 1, 9, 30)]
    count, sheet = written([f"H{n}" for n in range(len(row))], [row])
    values = [cell.value for cell in sheet[2]]
    assert count == 1
    assert values == ["Ann & <Bo>", 5, 2.5, 87.5, True, None, None, datetime(2025, 3, 1), datetime(2025, 3, 1, 9, 30)]
    assert [cell.data_type for cell in sheet[2]][:5] == ["s", "n", "n", "n", "b"]
    assert sheet["H2"].number_format == spreadsheets.DATE_FORMAT
    assert sheet["I2"].number_format == spreadsheets.DATETIME_FORMAT


def test_text_keeps_its_spaces_and_loses_characters_a_workbook_cannot_hold():
    _, sheet = written(["A", "B"], [["  padded  ", "bell\x07 rings"]])
    assert [cell.value for cell in sheet[2]] == ["  padded  ", "bell rings"]


def test_the_header_is_bold_wrapped_and_frozen_with_the_widths_given():
    _, sheet = written(["Name", "Score"], [["Ann", 1]], title="Results", widths=[30, 12])
    assert sheet.title == "Results" and sheet.freeze_panes == "A2"
    assert all(cell.font.bold and cell.alignment.wrap_text for cell in sheet[1])
    assert (sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width) == (30, 12)


def test_many_rows_stream_with_progress_reported():
    seen = []
    count, sheet = written(["N"], ([n] for n in range(1200)), progress=seen.append)
    assert count == 1200 and sheet.max_row == 1201 and sheet["A1201"].value == 1199
    assert seen == [500, 1000]
