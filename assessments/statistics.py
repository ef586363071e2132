"""Question statistics for the author's report, as Moodle's quiz statistics define them. Pure: no Django, no database.

- **Facility index**: the mean score on a question as a percentage of its maximum mark. High is easy.
- **Discrimination index**: 100 x the Pearson correlation between the score on a question and the score on the rest
  of the quiz (the attempt's total minus this question), over the attempts that included the question. A good
  question scores above about 30; near zero or negative means it does not tell stronger learners from weaker ones.
  Undefined (``None``) with fewer than two attempts or when either score is the same in every attempt.
- **Response counts**: how often each choice was picked (single choice, multiple response, true/false), or each
  distinct response was given (short text, numeric, matching pairs, orderings), with the credit it earned.

Labels are HTML: spec HTML as stored (already sanitised; sanitise again when rendering), plain text escaped here.
"""

from __future__ import annotations

import html
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assessments import questions as q
from assessments.grading import is_answered

NO_ANSWER = "No answer"
# Scores closer than this count as equal: marks are stored with 4 decimal places.
_SAME_SCORE = 1e-9


@dataclass(frozen=True)
class QuestionScore:
    """One question in one counted attempt: its mark out of its maximum."""

    attempt_id: int
    question_id: int
    mark: float
    max_mark: float


@dataclass(frozen=True)
class QuestionStatistics:
    question_id: int
    attempts: int
    facility: float | None  # percent, 0 to 100
    discrimination: float | None  # -100 to 100


@dataclass(frozen=True)
class ResponseCount:
    """How many attempts gave one response. ``credit`` is the fraction it earns (0 to 1), None for no answer."""

    label: str  # HTML
    count: int
    share: float  # count / attempts at the question, 0 to 1 (multiple response shares add up to more than 1)
    credit: float | None
    is_no_answer: bool = False

    @property
    def share_percent(self) -> float:
        return 100 * self.share

    @property
    def credit_percent(self) -> float | None:
        return None if self.credit is None else 100 * self.credit


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The Pearson correlation of two equally long series; None for fewer than two pairs or a constant series."""
    if len(xs) != len(ys):
        raise ValueError("The two series must be the same length.")
    if len(xs) < 2 or not _varies(xs) or not _varies(ys):
        return None
    mean_x, mean_y = math.fsum(xs) / len(xs), math.fsum(ys) / len(ys)
    dx = [x - mean_x for x in xs]
    dy = [y - mean_y for y in ys]
    sxy = math.fsum(a * b for a, b in zip(dx, dy, strict=True))
    sxx = math.fsum(a * a for a in dx)
    syy = math.fsum(b * b for b in dy)
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def facility_index(marks: Sequence[float], max_marks: Sequence[float]) -> float | None:
    """The mean of mark / maximum mark, as a percentage; None when no attempt had marks to earn."""
    fractions = [mark / out_of for mark, out_of in zip(marks, max_marks, strict=True) if out_of > 0]
    if not fractions:
        return None
    return 100 * math.fsum(fractions) / len(fractions)


def discrimination_index(marks: Sequence[float], rest: Sequence[float]) -> float | None:
    """100 x the correlation between the marks on a question and the marks on the rest of the quiz."""
    r = pearson(marks, rest)
    return None if r is None else 100 * r


def question_statistics(scores: Iterable[QuestionScore]) -> dict[int, QuestionStatistics]:
    """Facility and discrimination index of every question in ``scores`` (all questions of every counted attempt).

    An attempt's total is the sum of its questions' marks, so the rest of the quiz is that total minus the
    question's mark.
    """
    scores = list(scores)
    totals: dict[int, float] = defaultdict(float)
    by_question: dict[int, list[QuestionScore]] = defaultdict(list)
    for score in scores:
        totals[score.attempt_id] += score.mark
        by_question[score.question_id].append(score)
    result = {}
    for question_id, rows in by_question.items():
        marks = [row.mark for row in rows]
        result[question_id] = QuestionStatistics(
            question_id=question_id,
            attempts=len(rows),
            facility=facility_index(marks, [row.max_mark for row in rows]),
            discrimination=discrimination_index(marks, [totals[row.attempt_id] - row.mark for row in rows]),
        )
    return result


def response_counts(entries: Sequence[tuple[dict, dict | None, float | None]]) -> list[ResponseCount]:
    """How often each choice or distinct response was given to one question, from (spec, response, fraction) per
    attempt, in the order the attempts are given (pass the newest version's attempts first: labels and the order of
    choices come from the first spec that has them).

    Choices are matched across versions by their text and listed in the spec's order, picked or not; other
    responses are listed most frequent first. "No answer" comes last, when any attempt left the question blank.
    Essays list only "No answer": their responses are for markers to read, not to count.
    """
    total = len(entries)
    if not total:
        return []
    tally = _Tally()
    unanswered = 0
    for spec, response, fraction in entries:
        question = q.parse_spec(spec)
        _offer_choices(tally, question)
        if not is_answered(spec, response):
            unanswered += 1
            continue
        _count_response(tally, question, response, fraction)
    rows = [
        ResponseCount(label=label, count=count, share=count / total, credit=credit)
        for label, count, credit in tally.rows()
    ]
    if unanswered:
        rows.append(
            ResponseCount(label=NO_ANSWER, count=unanswered, share=unanswered / total, credit=None, is_no_answer=True)
        )
    return rows


class _Tally:
    """Counts by key, keeping the first label and either a fixed credit or the mean credit of those counted."""

    def __init__(self) -> None:
        self.labels: dict[tuple, str] = {}
        self.counts: dict[tuple, int] = defaultdict(int)
        self.fixed: dict[tuple, float] = {}
        self.earned: dict[tuple, list[float]] = defaultdict(list)
        self.listed: list[tuple] = []  # offered before anything was counted: always shown, in this order

    def offer(self, key: tuple, label: str, credit: float) -> None:
        if key not in self.labels:
            self.labels[key] = label
            self.fixed[key] = credit
            self.listed.append(key)

    def add(self, key: tuple, label: str, *, credit: float | None = None, earned: float | None = None) -> None:
        self.labels.setdefault(key, label)
        self.counts[key] += 1
        if credit is not None:
            self.fixed.setdefault(key, credit)
        elif earned is not None:
            self.earned[key].append(earned)

    def rows(self) -> list[tuple[str, int, float | None]]:
        listed = set(self.listed)
        others = sorted(
            (key for key in self.counts if key not in listed),
            key=lambda key: (-self.counts[key], self.labels[key]),
        )
        return [(self.labels[key], self.counts[key], self._credit(key)) for key in [*self.listed, *others]]

    def _credit(self, key: tuple) -> float | None:
        if key in self.fixed:
            return self.fixed[key]
        earned = self.earned.get(key)
        return math.fsum(earned) / len(earned) if earned else None


def _offer_choices(tally: _Tally, question: q.Question) -> None:
    if isinstance(question, (q.SingleChoice, q.MultipleResponse)):
        for choice in question.choices:
            tally.offer(("choice", choice.text), choice.text, choice.fraction)
    elif isinstance(question, q.TrueFalse):
        tally.offer(("value", True), "True", 1.0 if question.correct else 0.0)
        tally.offer(("value", False), "False", 0.0 if question.correct else 1.0)


def _count_response(tally: _Tally, question: q.Question, response: dict, fraction: float | None) -> None:
    if isinstance(question, q.SingleChoice):
        by_id = {choice.id: choice for choice in question.choices}
        choice = by_id.get(response.get("choice"))
        if choice is not None:
            tally.add(("choice", choice.text), choice.text, credit=choice.fraction)
    elif isinstance(question, q.MultipleResponse):
        chosen = response.get("choices")
        chosen = set(chosen) if isinstance(chosen, list) else set()
        for choice in question.choices:
            if choice.id in chosen:
                tally.add(("choice", choice.text), choice.text, credit=choice.fraction)
    elif isinstance(question, q.TrueFalse):
        value = response.get("value")
        if isinstance(value, bool):
            tally.add(("value", value), "True" if value else "False", credit=1.0 if value == question.correct else 0.0)
    elif isinstance(question, q.ShortText):
        text = str(response.get("text", ""))
        key = " ".join(text.split()) if question.normalise_whitespace else text
        key = key if question.case_sensitive else key.casefold()
        tally.add(("text", key), html.escape(text.strip()), earned=fraction)
    elif isinstance(question, q.Numeric):
        value = str(response.get("value", "")).strip()
        tally.add(("number", value), html.escape(value), earned=fraction)
    elif isinstance(question, q.Matching):
        matches = response.get("matches")
        matches = matches if isinstance(matches, dict) else {}
        for pair in question.pairs:
            answer = matches.get(pair.id)
            if isinstance(answer, str) and answer:
                label = f"{pair.prompt} → {html.escape(answer)}"
                tally.add(("match", pair.prompt, answer), label, credit=1.0 if answer == pair.answer else 0.0)
    elif isinstance(question, q.Ordering):
        texts = {item.id: item.text for item in question.items}
        order = response.get("order")
        given = tuple(texts.get(item_id, "?") for item_id in order) if isinstance(order, list) else ()
        tally.add(("order", given), " → ".join(html.escape(text) for text in given), earned=fraction)


def _varies(values: Sequence[float]) -> bool:
    return max(values) - min(values) > _SAME_SCORE
