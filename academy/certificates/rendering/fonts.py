"""The certificate's typeface: always an embedded TrueType font, chosen so that every character has a glyph.

PDF/UA needs every font embedded, so the built-in Helvetica is not used. Candidates, in order: the font named by
``ACADEMY_CERTIFICATE_FONT`` (a regular TTF; ``<name>-Bold.ttf`` beside it is used for bold when present), Liberation
Sans (metrically the Arial of the service's font stack), DejaVu Sans (wide Unicode coverage) and Vera, which ships
with ReportLab so there is always one. The first candidate with a glyph for every character on the page wins; if
none has them all, the one missing the fewest.
"""

import logging
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import reportlab
from django.conf import settings
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

logger = logging.getLogger(__name__)

REPORTLAB_FONT_DIR = Path(reportlab.__file__).parent / "fonts"
SYSTEM_FONTS = (
    (
        Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
        Path("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    ),
    (
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ),
    (REPORTLAB_FONT_DIR / "Vera.ttf", REPORTLAB_FONT_DIR / "VeraBd.ttf"),
)


@dataclass(frozen=True)
class FontPair:
    regular: str  # names registered with ReportLab
    bold: str
    characters: frozenset[int]  # code points both faces can draw

    def covers(self, texts) -> bool:
        """True if every character of ``texts`` has a glyph (so no .notdef box is drawn)."""
        return all(ord(c) in self.characters for text in texts for c in text if not c.isspace())


def fonts_for(texts: list[str]) -> FontPair:
    """The first candidate font pair that can draw every character in ``texts`` (else the one missing fewest)."""
    needed = {ord(character) for text in texts for character in text if not character.isspace()}
    candidates = _candidates(getattr(settings, "ACADEMY_CERTIFICATE_FONT", ""))
    best, best_missing = candidates[0], None
    for pair in candidates:
        missing = needed - pair.characters
        if not missing:
            return pair
        if best_missing is None or len(missing) < len(best_missing):
            best, best_missing = pair, missing
    logger.warning(
        "No certificate font has glyphs for %s; set ACADEMY_CERTIFICATE_FONT to a font that does",
        ", ".join(f"U+{point:04X} {unicodedata.name(chr(point), '')}".strip() for point in sorted(best_missing)[:10]),
    )
    return best


@lru_cache(maxsize=4)
def _candidates(configured: str) -> tuple[FontPair, ...]:
    files = list(SYSTEM_FONTS)
    if configured:
        regular = Path(configured)
        bold = regular.with_name(regular.stem + "-Bold" + regular.suffix)
        files.insert(0, (regular, bold if bold.exists() else regular))
        if not regular.exists():
            logger.warning("ACADEMY_CERTIFICATE_FONT %s does not exist: using the fonts installed", regular)
    pairs = []
    for number, (regular, bold) in enumerate(files):
        if not (regular.exists() and bold.exists()):
            continue
        try:
            pairs.append(_register(f"AcademySans{number}", regular, bold))
        except TTFError:
            logger.exception("Cannot use %s for certificates", regular)
    return tuple(pairs)


def _register(name: str, regular: Path, bold: Path) -> FontPair:
    faces = [TTFont(name, str(regular)), TTFont(f"{name}-Bold", str(bold))]
    for face in faces:
        pdfmetrics.registerFont(face)
    characters = frozenset(faces[0].face.charToGlyph) & frozenset(faces[1].face.charToGlyph)
    return FontPair(regular=name, bold=f"{name}-Bold", characters=characters)
