"""Sanitising of HTML that people enter outside Wagtail's own editor (imports, feedback, raw fields)."""

import re

import bleach

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


def sanitise_html(html: str | None) -> str:
    """Return ``html`` with every tag, attribute and URL scheme outside the allow-list removed.

    Disallowed tags are stripped (their text kept), comments dropped, and script/style content removed entirely.
    """
    if not html:
        return ""
    cleaner = bleach.Cleaner(
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
    return cleaner.clean(_drop_script_bodies(html)).strip()


def _drop_script_bodies(html: str) -> str:
    # bleach's strip=True keeps the text inside <script>/<style>; remove those elements with their content first.

    return re.sub(r"<(script|style|iframe|object|embed)\b[^>]*>.*?</\1\s*>", "", html, flags=re.I | re.S)


def sanitise_text(text: str | None) -> str:
    """Plain text: strip every tag, keep the words."""
    if not text:
        return ""
    return bleach.clean(_drop_script_bodies(text), tags=set(), strip=True).strip()
