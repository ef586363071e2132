"""The certificate PDF: see ``certificate`` for the page, ``tagging`` for its accessibility structure."""

from academy.certificates.rendering.certificate import (
    LANGUAGE,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    QR_ALT,
    Layout,
    cpd_text,
    display_date,
    document_title,
    page_layout,
    render_certificate,
)
from academy.certificates.rendering.qr import draw_qr, qr_matrix

__all__ = [
    "LANGUAGE",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "QR_ALT",
    "Layout",
    "cpd_text",
    "display_date",
    "document_title",
    "draw_qr",
    "page_layout",
    "qr_matrix",
    "render_certificate",
]
