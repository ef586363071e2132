"""What changed between two versions of a question: each part of the spec (text, choices, answers, feedback) side by
side, as plain text. Pure: no database.

A spec is flattened into labelled parts ("Question text", "Choice 2 credit", "Answer 1 feedback"); parts are paired
by label, so a choice added, removed or edited shows as its own rows. Choice and answer ids are internal and left
out. Every value is plain text (HTML is reduced to its words): render it escaped.
"""

from __future__ import annotations

from dataclasses import dataclass

from assessments.blocks import ANSWER_BLOCKS
from assessments.formats.common import plain_text
from assessments.questions import format_number

TYPE_LABELS = {name: block.label for name, block in ANSWER_BLOCKS}
ABSENT = "(none)"

_PART_NAMES = {
    "type": "Type",
    "text": "Question text",
    "general_feedback": "General feedback",
    "default_mark": "Default mark",
    "choices": "Choice",
    "answers": "Answer",
    "pairs": "Pair",
    "items": "Item",
    "distractors": "Extra answers that match nothing",
    "correct": "Right answer",
    "feedback_true": "Feedback for True",
    "feedback_false": "Feedback for False",
    "other_feedback": "Feedback for any other answer",
    "scoring": "Scoring",
    "shuffle": "Shuffle",
    "case_sensitive": "Case sensitive",
    "normalise_whitespace": "Ignore extra spaces",
    "word_limit": "Word limit",
    "response_template": "Response template",
    "marking_guidance": "Marking guidance",
}
_ITEM_KEYS = {
    "text": "",
    "value": "value",
    "tolerance": "tolerance",
    "fraction": "credit",
    "feedback": "feedback",
    "prompt": "prompt",
    "answer": "answer",
}
# The order parts are listed in: what learners read first, then what grading uses, then settings.
_ORDER = ["type", "text", "choices", "answers", "pairs", "items", "distractors", "correct", "feedback_true",
          "feedback_false", "other_feedback", "general_feedback", "default_mark", "scoring", "shuffle",
          "case_sensitive", "normalise_whitespace", "word_limit", "response_template", "marking_guidance"]  # fmt: skip


@dataclass(frozen=True)
class PartChange:
    label: str
    before: str
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def flatten(spec: dict) -> dict[str, str]:
    """The spec's parts as ``{label: plain text}``, in reading order."""
    parts: dict[str, str] = {}
    keys = sorted(spec, key=lambda key: (_ORDER.index(key) if key in _ORDER else len(_ORDER), key))
    for key in keys:
        value, name = spec[key], _PART_NAMES.get(key, key.replace("_", " ").capitalize())
        if key == "type":
            parts[name] = TYPE_LABELS.get(value, str(value))
        elif key == "correct":
            parts[name] = "True" if value else "False"
        elif isinstance(value, list) and value and all(isinstance(entry, dict) for entry in value):
            for number, entry in enumerate(value, start=1):
                for item_key, item_value in entry.items():
                    if item_key == "id":
                        continue
                    suffix = _ITEM_KEYS.get(item_key, item_key.replace("_", " "))
                    label = f"{name} {number}" + (f" {suffix}" if suffix else "")
                    parts[label] = _text(item_value, percent=item_key == "fraction")
        elif isinstance(value, list):
            parts[name] = ", ".join(_text(entry) for entry in value) or ABSENT
        else:
            parts[name] = _text(value)
    return parts


def compare_specs(before: dict, after: dict) -> list[PartChange]:
    """Every part of either spec, before and after (``ABSENT`` where a version lacks it), in reading order."""
    old, new = flatten(before), flatten(after)
    labels = list(old) + [label for label in new if label not in old]
    return [PartChange(label=label, before=old.get(label, ABSENT), after=new.get(label, ABSENT)) for label in labels]


def _text(value, *, percent: bool = False) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, (int, float)):
        return f"{format_number(value * 100)}%" if percent else format_number(value)
    text = " ".join(plain_text(str(value)).split())
    return text or ABSENT
