"""The learner's own answer, as the result page shows it: read from the stored response in the spec's own ids; and
the right answer in the same shape, to show beside it.

Pure: no Django. HTML parts (choice texts, matching prompts) are the spec's stored HTML, to be sanitised again when
rendered; every other part is plain text the template escapes. Odd responses (unknown ids, wrong types) show what
can be shown and never raise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assessments import questions as q
from assessments.grading import is_answered

NOT_MATCHED = "Not answered"


@dataclass(frozen=True)
class EssayBlock:
    """A paragraph (its lines) or a bulleted list (its items), from the learner's plain text."""

    kind: str  # "paragraph" or "list"
    lines: tuple[str, ...]


@dataclass(frozen=True)
class LearnerAnswer:
    """What the learner answered. ``kind`` says which of the other fields holds it."""

    kind: str  # "none", "choices", "text", "matches", "order" or "essay"
    choices: tuple[str, ...] = ()  # HTML: the texts of the chosen choices, in the author's order
    text: str = ""  # plain: True or False, the text typed, or the number typed
    matches: tuple[tuple[str, str], ...] = ()  # (prompt HTML, chosen answer in plain text or NOT_MATCHED)
    order: tuple[str, ...] = ()  # plain: the items in the order the learner gave
    essay: tuple[EssayBlock, ...] = field(default=())


def learner_answer(spec: dict, response: dict | None) -> LearnerAnswer:
    """The learner's own answer to the question ``spec`` from their stored ``response``."""
    if not is_answered(spec, response):
        return LearnerAnswer(kind="none")
    question = q.parse_spec(spec)
    if isinstance(question, q.SingleChoice):
        chosen = {response.get("choice")}
        return LearnerAnswer(kind="choices", choices=tuple(c.text for c in question.choices if c.id in chosen))
    if isinstance(question, q.MultipleResponse):
        raw = response.get("choices")
        chosen = {value for value in raw if isinstance(value, str)} if isinstance(raw, list) else set()
        return LearnerAnswer(kind="choices", choices=tuple(c.text for c in question.choices if c.id in chosen))
    if isinstance(question, q.TrueFalse):
        return LearnerAnswer(kind="text", text="True" if response.get("value") is True else "False")
    if isinstance(question, (q.ShortText, q.Numeric)):
        key = "text" if isinstance(question, q.ShortText) else "value"
        return LearnerAnswer(kind="text", text=str(response.get(key, "")))
    if isinstance(question, q.Matching):
        raw = response.get("matches")
        matches = raw if isinstance(raw, dict) else {}
        return LearnerAnswer(
            kind="matches",
            matches=tuple((pair.prompt, _text_or(matches.get(pair.id), NOT_MATCHED)) for pair in question.pairs),
        )
    if isinstance(question, q.Ordering):
        texts = {item.id: item.text for item in question.items}
        raw = response.get("order")
        order = raw if isinstance(raw, list) else []
        return LearnerAnswer(kind="order", order=tuple(texts[item] for item in order if item in texts))
    return LearnerAnswer(kind="essay", essay=essay_blocks(str(response.get("text", ""))))


def right_answer(spec: dict) -> LearnerAnswer | None:
    """The right answer to ``spec`` in the same shape as the learner's, to show beside it; None for essays."""
    question = q.parse_spec(spec)
    if isinstance(question, q.SingleChoice):
        return LearnerAnswer(
            kind="choices", choices=tuple(c.text for c in question.choices if q.is_full_mark(c.fraction))
        )
    if isinstance(question, q.MultipleResponse):
        return LearnerAnswer(kind="choices", choices=tuple(c.text for c in question.choices if c.fraction > 0))
    if isinstance(question, q.TrueFalse):
        return LearnerAnswer(kind="text", text="True" if question.correct else "False")
    if isinstance(question, q.ShortText):
        return LearnerAnswer(kind="text", text=max(question.answers, key=lambda answer: answer.fraction).text)
    if isinstance(question, q.Numeric):
        best = max(question.answers, key=lambda answer: answer.fraction)
        value = q.format_number(best.value)
        return LearnerAnswer(
            kind="text", text=f"{value} ± {q.format_number(best.tolerance)}" if best.tolerance else value
        )
    if isinstance(question, q.Matching):
        return LearnerAnswer(kind="matches", matches=tuple((pair.prompt, pair.answer) for pair in question.pairs))
    if isinstance(question, q.Ordering):
        return LearnerAnswer(kind="order", order=tuple(item.text for item in question.items))
    return None


def essay_blocks(text: str) -> tuple[EssayBlock, ...]:
    """Paragraphs separated by blank lines; lines starting "- " make a bulleted list, as the answer box's hint says.

    Single line breaks inside a paragraph are kept as lines.
    """
    blocks: list[EssayBlock] = []
    kind, lines = "", []

    def close() -> None:
        if lines:
            blocks.append(EssayBlock(kind=kind, lines=tuple(lines)))

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            close()
            kind, lines = "", []
            continue
        line_kind = "list" if line.startswith("- ") else "paragraph"
        if line_kind != kind:
            close()
            kind, lines = line_kind, []
        lines.append(line[2:].strip() if line_kind == "list" else line)
    close()
    return tuple(blocks)


def _text_or(value, fallback: str) -> str:
    return value if isinstance(value, str) and value else fallback
