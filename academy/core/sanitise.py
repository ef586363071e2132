"""Sanitising of HTML that people enter outside Wagtail's own editor (imports, feedback, raw fields).

Images are allowed only when they are this site's own stored Wagtail images (renditions under ``MEDIA_URL``), with
``src`` and ``alt`` only: nothing from elsewhere is ever fetched by a learner's browser.
"""

import re
from collections.abc import Iterable

import bleach
from django.conf import settings

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "em",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "strong",
        "sub",
        "sup",
        "ul",
        "h2",
        "h3",
        "h4",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "caption",
        "span",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": ["href", "title"],
    "abbr": ["title"],
    "th": ["scope", "colspan", "rowspan"],
    "td": ["colspan", "rowspan"],
    "span": ["lang"],
}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
IMAGE_ATTRIBUTES = frozenset({"src", "alt"})

# bleach keeps an <img> whose src it refused; an image without a source shows nothing, so it goes too.
_IMAGE_TAG = re.compile(r"""<img\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.IGNORECASE)
_SOURCE_ATTRIBUTE = re.compile(r"""\ssrc=(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


def stored_image_prefixes() -> tuple[str, ...]:
    """Where this site's stored Wagtail images (originals and renditions) are served from."""
    media = settings.MEDIA_URL if settings.MEDIA_URL.endswith("/") else settings.MEDIA_URL + "/"
    return (media + "images/", media + "original_images/")


def sanitise_html(html: str | None, *, image_sources: Iterable[str] = ()) -> str:
    """Return ``html`` with every tag, attribute and URL scheme outside the allow-list removed.

    Disallowed tags are stripped (their text kept), comments dropped, and script/style content removed entirely.
    ``<img>`` keeps only ``src`` and ``alt``, and only when ``src`` is a stored image (``stored_image_prefixes()``)
    or starts with one of ``image_sources`` (importers use this for files that are stored on confirmation);
    any other image is removed.
    """
    if not html:
        return ""
    prefixes = (*stored_image_prefixes(), *image_sources)

    def image_attribute(tag: str, name: str, value: str) -> bool:
        if name == "src":
            return value.startswith(prefixes) and not value.startswith("//") and ".." not in value
        return name in IMAGE_ATTRIBUTES

    cleaner = bleach.Cleaner(
        tags=ALLOWED_TAGS | {"img"},
        attributes={**ALLOWED_ATTRIBUTES, "img": image_attribute},
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
    cleaned = cleaner.clean(_drop_script_bodies(html))
    return _IMAGE_TAG.sub(_drop_image_without_source, cleaned).strip()


def _drop_image_without_source(match: re.Match) -> str:
    tag = match.group(0)
    # Attribute values cannot hide " src=": bleach quotes every value and escapes quotes inside it.
    return tag if _SOURCE_ATTRIBUTE.search(re.sub(r'"[^"]*"', '""', tag)) else ""


def _drop_script_bodies(html: str) -> str:
    # bleach's strip=True keeps the text inside <script>/<style>; remove those elements with their content first.

    return re.sub(r"<(script|style|iframe|object|embed)\b[^>]*>.*?</\1\s*>", "", html, flags=re.I | re.S)


def sanitise_text(text: str | None) -> str:
    """Plain text: strip every tag, keep the words."""
    if not text:
        return ""
    return bleach.clean(_drop_script_bodies(text), tags=set(), strip=True).strip()
