"""The certificate PDF: A4 landscape, drawn once from the snapshot taken at issue.

Pure: a snapshot in, PDF bytes out, no database. Text uses Helvetica (the service's typeface, built into every PDF
reader) when it fits the standard encoding; a name or title with other characters switches the page to an embedded
Unicode TrueType font (``ACADEMY_CERTIFICATE_FONT``; DejaVu Sans when installed, otherwise the Vera font that ships
with ReportLab). The QR code is drawn as vector squares so it prints sharply at any size.
"""

import io
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import qrcode
import reportlab
from django.conf import settings
from django.utils import dateformat
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
BRAND = HexColor("#0f5a57")
MUTED = HexColor("#505a5f")
STANDARD_FONTS = ("Helvetica", "Helvetica-Bold")
UNICODE_FONTS = ("AcademySans", "AcademySans-Bold")
SYSTEM_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REPORTLAB_FONT_DIR = Path(reportlab.__file__).parent / "fonts"
QR_SIZE = 110  # points: about 39 mm, comfortably scannable from a printed page


def display_date(value: date | datetime | str | None) -> str:
    """A date as GOV.UK writes it: 24 November 2026."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return dateformat.format(value, "j F Y")


def render_certificate(snapshot: dict) -> bytes:
    """The certificate PDF for ``snapshot`` (name, course_title, completed_on, code, verify_url, ...)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    service = snapshot.get("service_name") or settings.ACADEMY_SERVICE_NAME
    canvas.setTitle(f"Certificate {snapshot['code']}: {snapshot['course_title']}")
    canvas.setAuthor(service)
    canvas.setSubject(f"{snapshot['name']} completed {snapshot['course_title']}")
    regular, bold = _fonts_for([service, snapshot["name"], snapshot["course_title"]])

    _draw_frame(canvas)
    centre = PAGE_WIDTH / 2
    canvas.setFillColor(BRAND)
    canvas.setFont(bold, 16)
    canvas.drawCentredString(centre, PAGE_HEIGHT - 82, service)
    canvas.setFillColor(black)
    canvas.setFont(bold, 34)
    canvas.drawCentredString(centre, PAGE_HEIGHT - 140, "Certificate of completion")

    canvas.setFont(regular, 15)
    canvas.drawCentredString(centre, PAGE_HEIGHT - 190, "This certifies that")
    y = _draw_fitted(canvas, snapshot["name"], bold, 30, y=PAGE_HEIGHT - 236, max_lines=2, shrink_to=0.6)
    canvas.setFont(regular, 15)
    canvas.drawCentredString(centre, y - 38, "has completed the course")
    y = _draw_fitted(canvas, snapshot["course_title"], bold, 22, y=y - 80, max_lines=3, shrink_to=0.8)

    canvas.setFont(regular, 14)
    canvas.drawCentredString(centre, y - 40, f"Completed on {display_date(snapshot['completed_on'])}")
    if snapshot.get("valid_until"):
        canvas.drawCentredString(centre, y - 60, f"Valid until {display_date(snapshot['valid_until'])}")

    left, bottom = 64, 64
    canvas.setFont(regular, 11)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, bottom + 58, "Certificate code")
    canvas.setFillColor(black)
    canvas.setFont(bold, 18)
    canvas.drawString(left, bottom + 36, snapshot["code"])
    canvas.setFont(regular, 10)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, bottom + 14, "Check that this certificate is genuine at")
    canvas.drawString(left, bottom, snapshot["verify_url"])
    canvas.drawRightString(PAGE_WIDTH - 64, bottom - 2, f"Issued {display_date(snapshot['issued_at'])}")

    draw_qr(canvas, snapshot["verify_url"], x=PAGE_WIDTH - 64 - QR_SIZE, y=bottom + 14, size=QR_SIZE)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR code's modules for ``data`` (error correction M, no quiet zone), row by row from the top."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(canvas: Canvas, data: str, *, x: float, y: float, size: float) -> None:
    """Draw the QR code with its bottom-left corner at (x, y): one filled rectangle per run of dark modules.

    Drawn in a coordinate system of one unit per module, each row's runs at integer coordinates, so the code can be
    read back from the PDF exactly (the tests do). The page around it is blank, which gives the quiet zone.
    """
    matrix = qr_matrix(data)
    count = len(matrix)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / count, size / count)
    path = canvas.beginPath()
    for row_number, row in enumerate(matrix):
        top = count - 1 - row_number
        column = 0
        while column < count:
            if row[column]:
                start = column
                while column < count and row[column]:
                    column += 1
                path.rect(start, top, column - start, 1)
            else:
                column += 1
    canvas.setFillColor(black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _draw_frame(canvas: Canvas) -> None:
    # Lines rather than rectangles, so the only rectangles on the page are the QR code's.
    canvas.setStrokeColor(BRAND)
    for inset, width in ((24, 6), (36, 1)):
        canvas.setLineWidth(width)
        canvas.lines(
            [
                (inset, inset, PAGE_WIDTH - inset, inset),
                (PAGE_WIDTH - inset, inset, PAGE_WIDTH - inset, PAGE_HEIGHT - inset),
                (PAGE_WIDTH - inset, PAGE_HEIGHT - inset, inset, PAGE_HEIGHT - inset),
                (inset, PAGE_HEIGHT - inset, inset, inset),
            ]
        )


def _draw_fitted(
    canvas: Canvas, text: str, font: str, size: float, *, y: float, max_lines: int, shrink_to: float
) -> float:
    """Centre ``text`` at ``y``, shrinking it (down to ``shrink_to``) then wrapping it; returns the last baseline."""
    max_width = PAGE_WIDTH - 2 * 90
    minimum = size * shrink_to
    while size > minimum and pdfmetrics.stringWidth(text, font, size) > max_width:
        size -= 1
    lines = simpleSplit(text, font, size, max_width)[:max_lines]
    canvas.setFont(font, size)
    for number, line in enumerate(lines):
        canvas.drawCentredString(PAGE_WIDTH / 2, y - number * size * 1.2, line)
    return y - (len(lines) - 1) * size * 1.2


def _fonts_for(texts: list[str]) -> tuple[str, str]:
    try:
        for text in texts:
            text.encode("cp1252")
    except UnicodeEncodeError:
        return _unicode_fonts(getattr(settings, "ACADEMY_CERTIFICATE_FONT", ""))
    return STANDARD_FONTS


@lru_cache(maxsize=4)
def _unicode_fonts(configured: str) -> tuple[str, str]:
    regular, bold = _font_files(configured)
    pdfmetrics.registerFont(TTFont(UNICODE_FONTS[0], str(regular)))
    pdfmetrics.registerFont(TTFont(UNICODE_FONTS[1], str(bold)))
    return UNICODE_FONTS


def _font_files(configured: str) -> tuple[Path, Path]:
    if configured:
        regular = Path(configured)
        bold = regular.with_name(regular.stem + "-Bold" + regular.suffix)
        return regular, bold if bold.exists() else regular
    if (SYSTEM_FONT_DIR / "DejaVuSans.ttf").exists():
        return SYSTEM_FONT_DIR / "DejaVuSans.ttf", SYSTEM_FONT_DIR / "DejaVuSans-Bold.ttf"
    return REPORTLAB_FONT_DIR / "Vera.ttf", REPORTLAB_FONT_DIR / "VeraBd.ttf"
