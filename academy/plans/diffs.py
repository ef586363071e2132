"""Plan content for reading and comparing: each section as lines of text, and what changed between two versions."""

import difflib
from datetime import date

from django.utils import dateformat

from academy.plans.forms import KIND_LABELS
from academy.plans.models import SECTIONS

ROW_TEXT = {
    "actions": lambda row: (
        f"{row.get('action', '')} — owner: {row.get('owner') or 'not set'}; due: {_date(row.get('due'))}"
    ),
    "stakeholders": lambda row: (
        f"{row.get('name', '')} ({KIND_LABELS.get(row.get('kind', ''), 'type not set')}): {row.get('interest', '')}"
    ),
    "risks": lambda row: f"{row.get('risk', '')} — mitigation: {row.get('mitigation') or 'not set'}",
}


def _date(value: str | None) -> str:
    if not value:
        return "not set"
    try:
        return dateformat.format(date.fromisoformat(value), "j F Y")
    except ValueError:
        return value


def section_lines(content: dict) -> dict[str, list[str]]:
    """{section key: its lines}: the outcome section holds the outcome then how it is measured."""
    lines = {
        "challenge": _paragraphs(content.get("challenge")),
        "outcome": _paragraphs(content.get("outcome"))
        + [f"Measured by: {line}" for line in _paragraphs(content.get("measures"))],
        "review": _paragraphs(content.get("review")),
    }
    for kind, text in ROW_TEXT.items():
        lines[kind] = [text(row) for row in content.get(kind) or []]
    return {key: lines[key] for key, _ in SECTIONS}


def _paragraphs(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def readable(content: dict) -> dict:
    """The content ready for a template: title, and each section's label with its lines and rows."""
    lines = section_lines(content)
    return {
        "title": content.get("title", ""),
        "sections": [
            {"key": key, "label": label, "lines": lines[key], "rows": content.get(key) if key in ROW_TEXT else None}
            for key, label in SECTIONS
        ],
        "content": content,
    }


def compare(older: dict, newer: dict) -> list[dict]:
    """Per section (and the title): changed or not, the lines removed and the lines added, in order."""
    before, after = section_lines(older), section_lines(newer)
    before["title"], after["title"] = _paragraphs(older.get("title")), _paragraphs(newer.get("title"))
    changes = []
    for key, label in [("title", "Plan title"), *SECTIONS]:
        diff = [line for line in difflib.ndiff(before[key], after[key]) if line[:2] in {"- ", "+ ", "  "}]
        changes.append(
            {
                "label": label,
                "changed": before[key] != after[key],
                "lines": [{"kind": {"- ": "removed", "+ ": "added", "  ": "same"}[d[:2]], "text": d[2:]} for d in diff],
            }
        )
    return changes
