"""Reading values out of a Moodle XML question: text in its format, fractions, numbers, flags and word limits.

Each problem is a ``ReadError`` carrying the element it is about, so that it is reported on that element's line.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from assessments.formats.common import plain_text, to_html

NOT_A_NUMBER = "<{tag}> must be a number, not {value!r}."
NOT_A_WHOLE_NUMBER = "<{tag}> must be a whole number of 0 or more, not {value!r}."
NOT_A_FLAG = "<{tag}> must be true, false, 1 or 0, not {value!r}."

TEXT_FORMATS = {"html": "html", "moodle_auto_format": "moodle", "plain_text": "plain", "markdown": "markdown"}
_LINE_BREAKS = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6])>", re.IGNORECASE)


class ReadError(Exception):
    def __init__(self, element: ET.Element | None, message: str) -> None:
        super().__init__(message)
        self.element = element
        self.message = message


@dataclass
class Reading:
    """One question being read: its problems, warnings and the elements of its choices, answers, pairs and items."""

    question: ET.Element
    problems: list[ReadError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entries: dict[str, list[ET.Element]] = field(default_factory=dict)

    def entry(self, label: str, element: ET.Element) -> None:
        self.entries.setdefault(label, []).append(element)


def html_of(holder: ET.Element | None) -> str:
    """The sanitised HTML of a ``<questiontext>``-like element: its ``<text>`` child in its ``format``."""
    if holder is None:
        return ""
    text_format = TEXT_FORMATS.get(holder.get("format", "html"), "html")
    return to_html(holder.findtext("text") or "", text_format=text_format)


def plain_of(holder: ET.Element | None) -> str:
    """Plain text from a ``<text>`` holder: kept as written in plain formats, tags removed (lines kept) otherwise."""
    if holder is None:
        return ""
    raw = (holder.findtext("text") or "").replace("\r\n", "\n").replace("\r", "\n")
    if TEXT_FORMATS.get(holder.get("format", "html"), "html") in ("plain", "markdown"):
        return raw
    return plain_text(_LINE_BREAKS.sub("\n", raw))


def fraction_of(answer: ET.Element) -> float:
    # Moodle writes percentages (100, 50, -33.33333); specs hold fractions with Moodle's 7 decimal places.
    raw = answer.get("fraction", "0")
    try:
        return round(float(raw) / 100, 7)
    except ValueError:
        raise ReadError(answer, NOT_A_NUMBER.format(tag="answer fraction", value=raw)) from None


def number_of(element: ET.Element | None, *, tag: str | None = None, default: float | None = None) -> float:
    if element is None and default is not None:
        return default
    raw = (element.text or "").strip() if element is not None else ""
    try:
        return float(raw)
    except ValueError:
        raise ReadError(element, NOT_A_NUMBER.format(tag=tag or element.tag, value=raw)) from None


def flag_of(element: ET.Element, tag: str, *, default: bool) -> bool:
    child = element.find(tag)
    if child is None:
        return default
    raw = (child.text or "").strip().lower()
    if raw in ("true", "1"):
        return True
    if raw in ("false", "0"):
        return False
    if raw == "":
        return default
    raise ReadError(child, NOT_A_FLAG.format(tag=tag, value=raw))


def word_limit_of(element: ET.Element, tag: str, enabled_tag: str) -> int:
    # Moodle exports the limit; its form's "enabled" tick box appears in some files. An empty limit is none.
    holder = element.find(tag)
    raw = (holder.text or "").strip() if holder is not None else ""
    if not raw or not flag_of(element, enabled_tag, default=True):
        return 0
    if not raw.isdigit():
        raise ReadError(holder, NOT_A_WHOLE_NUMBER.format(tag=tag, value=raw))
    return int(raw)
