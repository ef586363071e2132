"""Fitting text into boxes: wrap at spaces (or anywhere, for a long address), shrink before wrapping, never cut."""

import unicodedata
from dataclasses import dataclass

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

LEADING = 1.2  # line height as a multiple of the font size


@dataclass(frozen=True)
class Fitted:
    lines: list[str]
    size: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING


def clean(text: str | None) -> str:
    """``text`` fit to draw: control characters dropped, runs of white space made one space, ends trimmed."""
    kept = (" " if c.isspace() else c for c in text or "")
    return " ".join("".join(c for c in kept if unicodedata.category(c) not in ("Cc", "Cs")).split())


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``: broken at spaces, and inside a word only when it is too long."""
    lines = []
    for line in simpleSplit(text, font, size, width) or [""]:
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def fit(text: str, font: str, size: float, *, width: float, max_lines: int, smallest: float) -> Fitted:
    """The largest size down to ``smallest`` at which ``text`` takes at most ``max_lines`` lines, and those lines.

    Text that needs more lines even at ``smallest`` gets them all: a certificate never loses part of a name.
    """
    while True:
        lines = wrap(text, font, size, width)
        if len(lines) <= max_lines or size <= smallest:
            return Fitted(lines=lines, size=size)
        size = max(smallest, size - 1)
