"""Certificate logos: which Wagtail images may be one, and the bytes drawn on a certificate.

A logo is checked when a design is saved (type, file size and pixel size, read from the file itself, not its name)
and again at issue, because the image can be replaced or its file lost afterwards. What is drawn is a rendition no
bigger than the logo's box needs (about 290 dpi), read from storage: never a URL fetched at render time. It is a
JPEG on white (the certificate's background), which PDF carries as it is; a PNG would be decoded and compressed
again for every certificate, which made a certificate with a logo a third slower to render.
"""

import logging

from PIL import Image as PILImage
from PIL import UnidentifiedImageError

logger = logging.getLogger(__name__)

FORMATS = ("PNG", "JPEG")
MAX_BYTES = 2 * 1024 * 1024
MAX_PIXELS = 4000  # on either side
RENDITION = "max-720x216|bgcolor-ffffff|format-jpeg|jpegquality-92"  # the box is 180 x 54 points: 4 pixels a point

WRONG_TYPE = "The logo must be a PNG or JPEG image"
TOO_BIG = "The logo must be smaller than 2 MB"
TOO_MANY_PIXELS = "The logo must be at most 4,000 pixels wide and 4,000 pixels high"
UNREADABLE = "The logo’s file cannot be read: upload it again as a PNG or JPEG image"


def logo_problem(image) -> str | None:
    """Why the Wagtail ``image`` cannot be a certificate logo, or None if it can."""
    try:
        size = image.file.size
        with image.file.open("rb") as file, PILImage.open(file) as picture:
            kind, (width, height) = picture.format, picture.size
    except UnidentifiedImageError:  # readable, but not a picture Pillow knows (an SVG, for example)
        return WRONG_TYPE
    except PILImage.DecompressionBombError:
        return TOO_MANY_PIXELS
    except (OSError, ValueError):  # the file has gone, or is cut short
        return UNREADABLE
    if kind not in FORMATS:
        return WRONG_TYPE
    if size >= MAX_BYTES:
        return TOO_BIG
    if width > MAX_PIXELS or height > MAX_PIXELS:
        return TOO_MANY_PIXELS
    return None


def logo_for_certificate(image) -> bytes | None:
    """The bytes to draw for ``image`` (a rendition sized for the logo box), or None if it is no longer usable.

    A logo that has become unusable since its design was saved is left off rather than stopping the certificate.
    """
    problem = logo_problem(image)
    if problem is None:
        try:
            rendition = image.get_rendition(RENDITION)
            with rendition.file.open("rb") as file:
                return file.read()
        except (OSError, ValueError, UnidentifiedImageError) as error:
            problem = str(error)
    logger.error("Certificate logo %s (image %s) left off: %s", image.title, image.pk, problem)
    return None
