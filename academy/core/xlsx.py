"""A streaming writer for one-sheet XLSX workbooks: a bold, wrapped, frozen header row, column widths, and values
(text, numbers, booleans, dates and times with a number format) written row by row into the zip.

openpyxl's write-only mode builds and serialises an XML element for every cell (tens of microseconds each without
lxml), which made a 100,000-learner export take minutes. Here a row is one string, compressed straight into the
workbook's zip entry, so memory stays flat and a cell costs a few string operations. Values arrive ready to write:
academy.core.spreadsheets neutralises formulas, strips characters XML cannot hold and gives times in local time.
openpyxl still reads what this writes (the tests do), as does Excel.
"""

import zipfile
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

BUFFER_ROWS = 500  # rows joined and compressed in one write
HEADER_STYLE, DATETIME_STYLE, DATE_STYLE = 1, 2, 3  # indexes into the cellXfs of STYLES

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = (
    _DECLARATION + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
PACKAGE_RELATIONSHIPS = (
    _DECLARATION + f'<Relationships xmlns="{_PACKAGE_RELS}">'
    f'<Relationship Id="rId1" Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK_RELATIONSHIPS = (
    _DECLARATION + f'<Relationships xmlns="{_PACKAGE_RELS}">'
    f'<Relationship Id="rId1" Type="{_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_RELS}/styles" Target="styles.xml"/></Relationships>'
)
_FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>'
_XF = 'fillId="0" borderId="0" xfId="0"'


def styles(*, date_format: str, datetime_format: str) -> str:
    """The cell formats: 0 plain, 1 the header (bold, wrapped, top), 2 a date and time, 3 a date."""
    return (
        _DECLARATION + f'<styleSheet xmlns="{_MAIN}">'
        f'<numFmts count="2"><numFmt numFmtId="164" formatCode={quoteattr(datetime_format)}/>'
        f'<numFmt numFmtId="165" formatCode={quoteattr(date_format)}/></numFmts>'
        f'<fonts count="2"><font>{_FONT}</font><font><b/>{_FONT}</font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="4"><xf numFmtId="0" fontId="0" {_XF}/>'
        f'<xf numFmtId="0" fontId="1" {_XF} applyFont="1" applyAlignment="1">'
        '<alignment vertical="top" wrapText="1"/></xf>'
        f'<xf numFmtId="164" fontId="0" {_XF} applyNumberFormat="1"/>'
        f'<xf numFmtId="165" fontId="0" {_XF} applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


def workbook(*, title: str) -> str:
    return (
        _DECLARATION + f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}"><bookViews><workbookView/></bookViews>'
        f'<sheets><sheet name={quoteattr(title)} sheetId="1" r:id="rId1"/></sheets></workbook>'
    )


def sheet_top(*, widths: list[float]) -> str:
    """The worksheet up to its rows: the first row frozen, and the columns' widths in characters."""
    columns = "".join(
        f'<col min="{index}" max="{index}" width="{width:g}" customWidth="1"/>'
        for index, width in enumerate(widths, start=1)
    )
    return (
        _DECLARATION + f'<worksheet xmlns="{_MAIN}" xmlns:r="{_RELS}"><sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>' + (f"<cols>{columns}</cols>" if columns else "") + "<sheetData>"
    )


SHEET_TAIL = (
    '</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>'
)


def get_column_letter(index: int) -> str:
    # openpyxl is imported when a workbook is written, not when this module is: importing it takes about 0.2 s, which
    # every process (and test worker) paid at start through the receivers that import the exports.
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def to_excel(value: date | datetime) -> float | int:
    from openpyxl.utils.datetime import to_excel

    return to_excel(value)


def row_xml(number: int, values: Iterable, letters: list[str], style: int = 0) -> str:
    """One ``<row>``: text inline, numbers as numbers, dates as Excel serial numbers with a date format; a None or
    empty cell is left out. ``style`` applies to every cell (the header row)."""
    r = str(number)
    styled = f' s="{style}"' if style else ""
    cells = [f'<row r="{r}">']
    append = cells.append
    for letter, value in zip(letters, values, strict=False):
        if value is None or value == "":
            continue
        if isinstance(value, str):
            text = escape(value) if "&" in value or "<" in value or ">" in value else value
            space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
            append(f'<c r="{letter}{r}"{styled} t="inlineStr"><is><t{space}>{text}</t></is></c>')
        elif isinstance(value, bool):
            append(f'<c r="{letter}{r}"{styled} t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, int):
            append(f'<c r="{letter}{r}"{styled}><v>{value}</v></c>')
        elif isinstance(value, float | Decimal):
            append(f'<c r="{letter}{r}"{styled}><v>{value:.16g}</v></c>')
        elif isinstance(value, datetime):
            append(f'<c r="{letter}{r}" s="{style or DATETIME_STYLE}"><v>{to_excel(value):.16g}</v></c>')
        elif isinstance(value, date):
            append(f'<c r="{letter}{r}" s="{style or DATE_STYLE}"><v>{to_excel(value)}</v></c>')
        else:
            raise TypeError(f"Cannot write {type(value).__name__} to a spreadsheet cell")
    append("</row>")
    return "".join(cells)


class SheetWriter:
    """Writes a workbook of one sheet to a binary file object: ``append()`` rows inside ``with``.

    The first row appended is the header (bold, wrapped, frozen).
    """

    def __init__(
        self, fileobj, *, title: str, widths: list[float], date_format: str, datetime_format: str, columns: int
    ):
        # The fastest compression: a third of the CPU of the default level, for a file about a quarter larger.
        self._zip = zipfile.ZipFile(fileobj, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        self._zip.writestr("[Content_Types].xml", CONTENT_TYPES)
        self._zip.writestr("_rels/.rels", PACKAGE_RELATIONSHIPS)
        self._zip.writestr("xl/workbook.xml", workbook(title=title))
        self._zip.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS)
        self._zip.writestr("xl/styles.xml", styles(date_format=date_format, datetime_format=datetime_format))
        self._sheet = self._zip.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
        self._sheet.write(sheet_top(widths=widths).encode())
        self._letters = [get_column_letter(index) for index in range(1, columns + 1)]
        self._buffer: list[str] = []
        self._rows = 0

    def __enter__(self) -> "SheetWriter":
        return self

    def append(self, values: list) -> None:
        self._rows += 1
        while len(values) > len(self._letters):  # a row longer than the header
            self._letters.append(get_column_letter(len(self._letters) + 1))
        self._buffer.append(row_xml(self._rows, values, self._letters, HEADER_STYLE if self._rows == 1 else 0))
        if len(self._buffer) >= BUFFER_ROWS:
            self._flush()

    def _flush(self) -> None:
        self._sheet.write("".join(self._buffer).encode())
        self._buffer = []

    def __exit__(self, *exc_info) -> None:
        self._flush()
        self._sheet.write(SHEET_TAIL.encode())
        self._sheet.close()
        self._zip.close()
