"""Badge images, and badges "baked" into them for backpacks (Open Badges 3.0, section 5.3: baked badges).

A PNG carries the signed credential (the compact JWS) in one uncompressed ``iTXt`` chunk with the keyword
``openbadgecredential``, just before ``IEND``; an SVG carries it in the ``verify`` attribute of one
``<openbadges:credential>`` element directly after the ``<svg>`` tag. The picture itself is drawn here from the
course title, so no author has to upload one.
"""

import io
import struct
import textwrap
import zlib
from xml.sax.saxutils import escape, quoteattr

from PIL import Image, ImageDraw, ImageFont

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
KEYWORD = b"openbadgecredential"
SVG_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0"
SIZE = 400
BRAND = (29, 112, 184)  # the service's blue; white text on it has a contrast above 4.5:1
WHITE = (255, 255, 255)


def _lines(title: str) -> list[str]:
    lines = textwrap.wrap(title, width=18)[:4]
    if len(textwrap.wrap(title, width=18)) > 4:
        lines[-1] = lines[-1][:15] + "…"
    return lines


def badge_png(title: str) -> bytes:
    """A round badge with the course title, as PNG bytes."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=BRAND, outline=WHITE, width=10)
    font = ImageFont.load_default(size=28)
    lines = _lines(title)
    top = SIZE // 2 - len(lines) * 18
    for number, line in enumerate(lines):
        draw.text((SIZE // 2, top + number * 36), line, fill=WHITE, font=font, anchor="mt")
    output = io.BytesIO()
    image.save(output, format="PNG")
    return output.getvalue()


def badge_svg(title: str) -> str:
    """The same badge as SVG, with a title for assistive technology."""
    lines = _lines(title)
    top = SIZE // 2 - len(lines) * 18 + 24
    text = "".join(
        f'<text x="{SIZE // 2}" y="{top + number * 36}" text-anchor="middle">{escape(line)}</text>'
        for number, line in enumerate(lines)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" width="{SIZE}" height="{SIZE}" '
        f'role="img" aria-labelledby="badge-title">'
        f'<title id="badge-title">{escape(title)}</title>'
        f'<circle cx="{SIZE // 2}" cy="{SIZE // 2}" r="{SIZE // 2 - 13}" fill="rgb{BRAND}" stroke="#fff" '
        f'stroke-width="10"/>'
        f'<g fill="#fff" font-family="Helvetica, Arial, sans-serif" font-size="28">{text}</g></svg>'
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _chunks(png: bytes):
    if not png.startswith(PNG_SIGNATURE):
        raise ValueError("Not a PNG image.")
    position = len(PNG_SIGNATURE)
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        yield kind, png[position + 8 : position + 8 + length], png[position : position + 12 + length]
        position += 12 + length


def bake_png(png: bytes, token: str) -> bytes:
    """``png`` with the compact JWS in an uncompressed iTXt chunk (replacing any credential already baked in)."""
    text = KEYWORD + b"\x00" + b"\x00\x00" + b"\x00" + b"\x00" + token.encode()
    kept = [raw for kind, data, raw in _chunks(png) if not (kind == b"iTXt" and data.startswith(KEYWORD + b"\x00"))]
    return PNG_SIGNATURE + b"".join(kept[:-1]) + _chunk(b"iTXt", text) + kept[-1]


def unbake_png(png: bytes) -> str | None:
    """The credential baked into a PNG, or None."""
    for kind, data, _ in _chunks(png):
        if kind == b"iTXt" and data.startswith(KEYWORD + b"\x00"):
            rest = data[len(KEYWORD) + 3 :]  # keyword, NUL, compression flag and method
            _language, rest = rest.split(b"\x00", 1)
            _translated, text = rest.split(b"\x00", 1)
            return text.decode()
    return None


def bake_svg(svg: str, token: str) -> str:
    """``svg`` with the openbadges namespace and one <openbadges:credential verify="..."> right after <svg>."""
    end = svg.index(">", svg.index("<svg"))
    opening = svg[:end]
    if "xmlns:openbadges" not in opening:
        opening += f' xmlns:openbadges="{SVG_NAMESPACE}"'
    element = f"<openbadges:credential verify={quoteattr(token)}></openbadges:credential>"
    return opening + ">" + element + svg[end + 1 :]
