"""The certificate PDF: one A4 landscape page, tagged for assistive technology, drawn once from the issue snapshot.

Pure: a snapshot (and the logo's bytes, which the caller reads from storage) in, PDF bytes out; no database, no
network. The page is laid out as a list of pieces in reading order: each piece is drawn inside the marked content of
its structure element (H1, P, Figure) or as an artifact, so what a screen reader reads, what text extraction gives
and what the eye sees run in the same order. Text that is too long shrinks, then wraps; it is never cut.
"""

import hashlib
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import partial

from django.conf import settings
from django.utils import dateformat
from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from academy.certificates.rendering.fonts import FontPair, fonts_for
from academy.certificates.rendering.layout import LEADING, clean, fit
from academy.certificates.rendering.qr import draw_qr
from academy.certificates.rendering.tagging import TaggedPage

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
LANGUAGE = "en-GB"
BRAND = HexColor("#0f5a57")
MUTED = HexColor("#505a5f")
HEADING = "Certificate of completion"
QR_SIZE = 110  # points: about 39 mm, comfortably scannable from a printed page
QR_ALT = "QR code linking to the certificate's verification page: {url}"
LOGO_BOX = (180, 54)  # points: the most a logo may take, whatever its shape
MARGIN = 64  # from the page edge to the footer's text and the QR code
BODY_WIDTH = PAGE_WIDTH - 2 * 100
BODY_TOP = PAGE_HEIGHT - 52
FOOTER_GAP = 18  # at least this between the body and the footer
SCALES = [step / 20 for step in range(20, 9, -1)]  # 1.0 down to 0.5: how far the body may shrink to fit


@dataclass
class Piece:
    """Something drawn: ``group`` names its structure element (pieces of a group share one), in reading order."""

    group: str
    role: str  # a standard structure type, or "Artifact" for decoration
    draw: Callable[[Canvas], None]
    alt: str = ""
    bbox: tuple[float, float, float, float] | None = None  # where it is drawn: left, bottom, right, top
    text: str = ""


@dataclass
class Layout:
    """A laid-out page: its pieces in reading order, the fonts chosen and the texts from the snapshot."""

    pieces: list[Piece]
    fonts: FontPair
    texts: dict[str, str]


@dataclass
class Block:
    """A paragraph of the centred body before layout: its preferred size, and how far it may shrink and wrap."""

    group: str
    role: str
    text: str
    font: str
    size: float
    colour: Color
    space_before: float
    max_lines: int = 1
    smallest: float | None = None  # set for the texts that vary (name, course): they shrink further than the rest


def display_date(value: date | datetime | str | None) -> str:
    """A date as GOV.UK writes it: 24 November 2026."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return dateformat.format(value, "j F Y")


def cpd_text(hours: str | None) -> str:
    """``7.5`` as "7.5 hours of continuing professional development (CPD)"; empty for no hours."""
    try:
        value = Decimal(str(hours)).normalize() if hours not in (None, "") else None
    except InvalidOperation:
        return ""
    if not value or value <= 0:
        return ""
    return f"{value:f} {'hour' if value == 1 else 'hours'} of continuing professional development (CPD)"


def achievements(snapshot: dict) -> list[str]:
    """The achievements the certificate names besides the course (an accepted 100-day plan), cleaned to draw."""
    return [text for line in snapshot.get("achievements") or [] if (text := clean(line))]


def document_title(snapshot: dict) -> str:
    return f"{HEADING}: {clean(snapshot['course_title'])}, {clean(snapshot['name'])}"


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Streams compressed only, not also ASCII85-encoded (ReportLab's default, done in pure Python for 7-bit mail
    transports no PDF reader needs): it was a fifth of the rendering time, and made the file a quarter bigger.

    ReportLab reads the flag as it writes each stream, and records the filters each stream used, so another render
    running at the same moment in another thread still writes a valid file either way.
    """
    previous, rl_config.useA85 = rl_config.useA85, 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def render_certificate(snapshot: dict, *, logo: bytes | None = None) -> bytes:
    """The certificate PDF for ``snapshot`` (name, course_title, completed_on, code, verify_url, design, ...)."""
    with _binary_streams():
        return _render(snapshot, logo=logo)


def _render(snapshot: dict, *, logo: bytes | None) -> bytes:
    layout = page_layout(snapshot, logo=logo)
    fonts, texts = layout.fonts, layout.texts
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        pageCompression=1,
        lang=LANGUAGE,
        pdfVersion=(1, 7),
        initialFontName=fonts.regular,  # else ReportLab's page preamble refers to an unembedded Helvetica
    )
    page = TaggedPage(canvas)
    with page.artifact():
        _draw_frame(canvas)
    elements = {}
    for piece in layout.pieces:
        if piece.role == "Artifact":
            with page.artifact():
                piece.draw(canvas)
            continue
        if piece.group not in elements:
            elements[piece.group] = page.element(piece.role, alt=piece.alt, bbox=piece.bbox if piece.alt else None)
        missing_glyphs = piece.text and not fonts.covers([piece.text])
        with page.content(elements[piece.group], actual_text=piece.text if missing_glyphs else ""):
            piece.draw(canvas)
    page.finish(
        title=document_title(snapshot),
        language=LANGUAGE,
        author=texts["service"],
        subject=f"{texts['name']} completed {texts['course']} on {display_date(snapshot['completed_on'])}",
        pdfua=fonts.covers(_drawn(texts)),  # a character without a glyph would be drawn as a box
    )
    canvas.save()
    return buffer.getvalue()


def page_layout(snapshot: dict, *, logo: bytes | None = None) -> Layout:
    """Where everything goes on the page, in reading order (the tests check the geometry through this)."""
    service = clean(snapshot.get("service_name") or settings.ACADEMY_SERVICE_NAME)
    design = snapshot.get("design") or {}
    texts = {
        "service": service,
        "name": clean(snapshot["name"]),
        "course": clean(snapshot["course_title"]),
        "signatory_name": clean(design.get("signatory_name")),
        "signatory_role": clean(design.get("signatory_role")),
        "logo_alt": clean((design.get("logo") or {}).get("alt_text")),
        "achievements": "\n".join(achievements(snapshot)),
    }
    fonts = fonts_for([*_drawn(texts), snapshot["code"], snapshot["verify_url"], HEADING])
    footer, footer_top = _footer(snapshot, texts, fonts)
    pieces = _body(snapshot, texts, fonts, logo=logo, bottom=footer_top + FOOTER_GAP) + footer
    return Layout(pieces=pieces, fonts=fonts, texts=texts)


def _drawn(texts: dict[str, str]) -> list[str]:
    return [text for key, text in texts.items() if key != "logo_alt"]  # alternative text is not drawn


def _body(snapshot: dict, texts: dict, fonts: FontPair, *, logo: bytes | None, bottom: float) -> list[Piece]:
    """The centred body, from the logo to the CPD hours, shrunk as little as needed to fit above ``bottom``."""
    regular, bold = fonts.regular, fonts.bold
    blocks = [
        Block("heading", "H1", texts["service"], bold, 16, BRAND, 0, max_lines=2, smallest=10),
        Block("heading", "H1", HEADING, bold, 34, black, 4),
        Block("intro", "P", "This certifies that", regular, 15, black, 22),
        Block("name", "P", texts["name"], bold, 30, black, 6, max_lines=2, smallest=16),
        Block("completed", "P", "has completed the course", regular, 15, black, 12),
        Block("course", "P", texts["course"], bold, 22, black, 6, max_lines=3, smallest=13),
        Block("completed_on", "P", f"Completed on {display_date(snapshot['completed_on'])}", regular, 14, black, 18),
    ]
    if snapshot.get("valid_until"):
        blocks.append(
            Block("valid_until", "P", f"Valid until {display_date(snapshot['valid_until'])}", regular, 14, black, 3)
        )
    cpd = cpd_text((snapshot.get("design") or {}).get("cpd_hours"))
    if cpd:
        blocks.append(Block("cpd", "P", cpd, regular, 14, black, 3))
    for number, line in enumerate(achievements(snapshot)):  # named by requirements: "100-day plan: ..."
        blocks.append(Block(f"achievement{number}", "P", line, regular, 13, black, 10 if number == 0 else 3, 2, 8))
    logo_height = LOGO_BOX[1] + 14 if logo else 0

    for scale in SCALES:
        laid_out = [(block, _fit_block(block, scale), block.space_before * scale) for block in blocks]
        total = logo_height + sum(fitted.height + space for _, fitted, space in laid_out)
        if total <= BODY_TOP - bottom:
            break
    y = BODY_TOP - (BODY_TOP - bottom - total) / 2
    centre = PAGE_WIDTH / 2
    pieces = []
    if logo:
        pieces.append(_logo_piece(logo, texts["logo_alt"], centre=centre, top=y))
        y -= logo_height
    for block, fitted, space in laid_out:
        y -= space
        for line in fitted.lines:
            baseline = y - fitted.size
            pieces.append(
                _text_piece(
                    block.group, block.role, line, block.font, fitted.size, block.colour, centre, baseline, "centre"
                )
            )
            y -= fitted.size * LEADING
    return pieces


def _fit_block(block: Block, scale: float):
    if block.smallest is None:
        size = block.size * max(scale, 0.75)
        return fit(block.text, block.font, size, width=BODY_WIDTH, max_lines=block.max_lines, smallest=size)
    smallest = max(8.0, block.smallest * scale)
    return fit(
        block.text, block.font, block.size * scale, width=BODY_WIDTH, max_lines=block.max_lines, smallest=smallest
    )


def _footer(snapshot: dict, texts: dict, fonts: FontPair) -> tuple[list[Piece], float]:
    """The signatory, code and verification address (bottom left), the QR code and issue date (bottom right).

    Laid out from the bottom up; returned top down, in reading order, with the top of the tallest column.
    """
    regular, bold = fonts.regular, fonts.bold
    width = PAGE_WIDTH - 2 * MARGIN - QR_SIZE - 24
    left: list[Piece] = []
    top = None  # the top of the lowest block added so far

    def add(group, text, font, size, colour, *, max_lines=1, smallest=None, gap=0.0):
        nonlocal top
        fitted = fit(text, font, size, width=width, max_lines=max_lines, smallest=smallest or size)
        baseline = MARGIN if top is None else top + gap + fitted.size * (LEADING - 1)
        for line in reversed(fitted.lines):
            left.append(_text_piece(group, "P", line, font, fitted.size, colour, MARGIN, baseline, "left"))
            baseline += fitted.size * LEADING
        top = baseline - fitted.size * LEADING + fitted.size * 0.75  # about the cap height of the top line

    add("check", snapshot["verify_url"], regular, 10, MUTED, smallest=7)
    add("check", "Check that this certificate is genuine at", regular, 10, MUTED, gap=3)
    add("code", snapshot["code"], bold, 18, black, gap=10)
    add("code", "Certificate code", regular, 11, MUTED, gap=5)
    if texts["signatory_name"] or texts["signatory_role"]:
        if texts["signatory_role"]:
            add("signatory", texts["signatory_role"], regular, 11, black, max_lines=2, smallest=8, gap=22)
        if texts["signatory_name"]:
            add("signatory", texts["signatory_name"], bold, 13, black, max_lines=2, smallest=9, gap=3)
        top += 8
        left.append(Piece("signature_line", "Artifact", partial(_rule, MARGIN, top, MARGIN + 200)))
    left.reverse()

    qr_x, qr_y = PAGE_WIDTH - MARGIN - QR_SIZE, MARGIN + 14
    qr = Piece(
        "qr",
        "Figure",
        partial(draw_qr, data=snapshot["verify_url"], x=qr_x, y=qr_y, size=QR_SIZE),
        alt=QR_ALT.format(url=snapshot["verify_url"]),
        bbox=(qr_x, qr_y, qr_x + QR_SIZE, qr_y + QR_SIZE),
    )
    issued = _text_piece(
        "issued",
        "P",
        f"Issued {display_date(snapshot['issued_at'])}",
        regular,
        10,
        MUTED,
        PAGE_WIDTH - MARGIN,
        MARGIN - 2,
        "right",
    )
    return [*left, qr, issued], max(top, qr_y + QR_SIZE)


def _text_piece(group, role, text, font, size, colour, x, y, align) -> Piece:
    width = stringWidth(text, font, size)
    left = x - width / 2 if align == "centre" else x - width if align == "right" else x
    box = (left, y - size * 0.22, left + width, y + size * 0.78)  # descender to ascender, about

    def draw(canvas: Canvas) -> None:
        canvas.setFillColor(colour)
        canvas.setFont(font, size)
        if align == "centre":
            canvas.drawCentredString(x, y, text)
        elif align == "right":
            canvas.drawRightString(x, y, text)
        else:
            canvas.drawString(x, y, text)

    return Piece(group, role, draw, bbox=box, text=text)


class _HashNamedImage:
    """An ImageReader that ``Canvas.drawImage`` names by a hash of its file rather than of its decoded pixels.

    Given an ImageReader, ReportLab decodes every pixel only to name the image, and then embeds a JPEG as it is
    anyway; any other object is named by ``str()`` and read through the same reader methods.
    """

    def __init__(self, data: bytes):
        self.reader = ImageReader(io.BytesIO(data))
        self.name = hashlib.sha256(data).hexdigest()

    def __str__(self) -> str:
        return self.name

    def __getattr__(self, attribute):
        return getattr(self.reader, attribute)


def _logo_piece(logo: bytes, alt: str, *, centre: float, top: float) -> Piece:
    """The logo scaled into LOGO_BOX, centred; a Figure with its alternative text, or decoration without one."""
    image = _HashNamedImage(logo)
    pixels_wide, pixels_high = image.getSize()
    scale = min(LOGO_BOX[0] / pixels_wide, LOGO_BOX[1] / pixels_high)
    width, height = pixels_wide * scale, pixels_high * scale
    x, y = centre - width / 2, top - LOGO_BOX[1] + (LOGO_BOX[1] - height) / 2

    def draw(canvas: Canvas) -> None:
        canvas.drawImage(image, x, y, width, height, mask="auto")

    return Piece("logo", "Figure" if alt else "Artifact", draw, alt=alt, bbox=(x, y, x + width, y + height))


def _rule(x1: float, y: float, x2: float, canvas: Canvas) -> None:
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.75)
    canvas.line(x1, y, x2, y)


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
