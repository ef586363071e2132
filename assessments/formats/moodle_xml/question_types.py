"""One reader per Moodle question type: the spec's own keys from a ``<question>`` element (the keys every type
shares are read by ``reader.py``). Problems are recorded on ``reading`` or raised as ``ReadError``."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from assessments.formats.common import choice_id, item_id, pair_id, plain_text
from assessments.formats.moodle_xml.values import (
    ReadError,
    Reading,
    flag_of,
    fraction_of,
    html_of,
    number_of,
    plain_of,
    word_limit_of,
)
from assessments.questions import (
    ALL_OR_NOTHING,
    ESSAY,
    MATCHING,
    MULTIPLE_RESPONSE,
    NUMERIC,
    ORDERING,
    PARTIAL,
    SHORT_TEXT,
    SINGLE_CHOICE,
    TRUE_FALSE,
)

UNITS_NOT_SUPPORTED = "Numerical units are not supported."
CATCH_ALL_WITH_MARK = "A '*' answer that gives marks for any answer is not supported; give it a mark of 0."
TRUE_FALSE_ANSWERS = "A true/false question needs one answer 'true' and one answer 'false'."
ORDERING_GRADING = "Ordering grading type {value!r} is not supported; use ABSOLUTE_POSITION or ALL_OR_NOTHING."
ORDERING_SUBSET = "Ordering questions that show only some of the items are not supported."
MINIMUM_WORDS_DROPPED = "The minimum of {count} words is not kept: only a maximum word limit is supported."
ATTACHMENTS_DROPPED = "Learners cannot attach files to an answer here; the attachment settings are not kept."

SPEC_TYPES = {
    "multichoiceset": MULTIPLE_RESPONSE,
    "truefalse": TRUE_FALSE,
    "shortanswer": SHORT_TEXT,
    "numerical": NUMERIC,
    "matching": MATCHING,
    "ordering": ORDERING,
    "essay": ESSAY,
}
_ORDERING_GRADING = {
    "ALL_OR_NOTHING": ALL_OR_NOTHING,
    "-1": ALL_OR_NOTHING,
    "ABSOLUTE_POSITION": PARTIAL,
    "ABSOLUTE": PARTIAL,
    "ABS": PARTIAL,
    "0": PARTIAL,
}
NO_UNITS = "3"  # qtype_numerical's showunits value for "units are not used"


def spec_type(element: ET.Element, qtype: str) -> str | None:
    """The spec type a Moodle question type becomes (multichoice: by its ``<single>``); None if not supported."""
    if qtype == "multichoice":
        single = (element.findtext("single") or "true").strip().lower() not in ("false", "0")
        return SINGLE_CHOICE if single else MULTIPLE_RESPONSE
    return SPEC_TYPES.get(qtype)


def _read_multichoice(element: ET.Element, reading: Reading) -> dict:
    choices = []
    for index, answer in enumerate(element.iterfind("answer")):
        reading.entry("Choice", answer)
        choices.append(
            {
                "id": choice_id(index),
                "text": html_of(answer),
                "fraction": fraction_of(answer),
                "feedback": html_of(answer.find("feedback")),
            }
        )
    shuffle = flag_of(element, "shuffleanswers", default=True)
    if element.get("type") == "multichoiceset":
        return {"type": MULTIPLE_RESPONSE, "choices": choices, "scoring": ALL_OR_NOTHING, "shuffle": shuffle}
    if flag_of(element, "single", default=True):
        return {"type": SINGLE_CHOICE, "choices": choices, "shuffle": shuffle}
    return {"type": MULTIPLE_RESPONSE, "choices": choices, "scoring": PARTIAL, "shuffle": shuffle}


def _read_truefalse(element: ET.Element, reading: Reading) -> dict:
    answers = {(answer.findtext("text") or "").strip().lower(): answer for answer in element.iterfind("answer")}
    if set(answers) != {"true", "false"} or len(element.findall("answer")) != 2:
        raise ReadError(element, TRUE_FALSE_ANSWERS)
    return {
        "type": TRUE_FALSE,
        "correct": fraction_of(answers["true"]) > 0,
        "feedback_true": html_of(answers["true"].find("feedback")),
        "feedback_false": html_of(answers["false"].find("feedback")),
    }


def _read_shortanswer(element: ET.Element, reading: Reading) -> dict:
    answers = []
    for answer in element.iterfind("answer"):
        reading.entry("Answer", answer)
        answers.append(
            {
                "text": plain_text(answer.findtext("text") or ""),
                "fraction": fraction_of(answer),
                "feedback": html_of(answer.find("feedback")),
            }
        )
    return {
        "type": SHORT_TEXT,
        "answers": answers,
        "case_sensitive": flag_of(element, "usecase", default=False),
        "normalise_whitespace": flag_of(element, "normalisewhitespace", default=True),
    }


def _read_numerical(element: ET.Element, reading: Reading) -> dict:
    if element.find("units/unit") is not None and (element.findtext("showunits") or "").strip() != NO_UNITS:
        reading.problems.append(ReadError(element.find("units"), UNITS_NOT_SUPPORTED))
    answers, other_feedback = [], ""
    for answer in element.iterfind("answer"):
        if (answer.findtext("text") or "").strip() == "*":
            # Moodle's catch-all: feedback for any other answer, which must not give marks.
            if fraction_of(answer) != 0:
                reading.problems.append(ReadError(answer, CATCH_ALL_WITH_MARK))
            other_feedback = html_of(answer.find("feedback"))
            continue
        reading.entry("Answer", answer)
        tolerance = answer.find("tolerance")
        answers.append(
            {
                "value": number_of(answer.find("text"), tag="answer"),
                "tolerance": abs(number_of(tolerance, default=0.0)),
                "fraction": fraction_of(answer),
                "feedback": html_of(answer.find("feedback")),
            }
        )
    return {"type": NUMERIC, "answers": answers, "other_feedback": other_feedback}


def _read_matching(element: ET.Element, reading: Reading) -> dict:
    pairs, distractors = [], []
    for subquestion in element.iterfind("subquestion"):
        prompt = html_of(subquestion)
        answer = plain_text(subquestion.findtext("answer/text") or "")
        if prompt:
            reading.entry("Pair", subquestion)
            pairs.append({"id": pair_id(len(pairs)), "prompt": prompt, "answer": answer})
        else:
            reading.entry("Distractor", subquestion)
            distractors.append(answer)
    return {
        "type": MATCHING,
        "pairs": pairs,
        "distractors": distractors,
        "shuffle": flag_of(element, "shuffleanswers", default=True),
    }


def _read_ordering(element: ET.Element, reading: Reading) -> dict:
    items = []
    for index, answer in enumerate(element.iterfind("answer")):
        reading.entry("Item", answer)
        items.append({"id": item_id(index), "text": plain_text(answer.findtext("text") or "")})
    grading = (element.findtext("gradingtype") or "ABSOLUTE_POSITION").strip().upper()
    if grading not in _ORDERING_GRADING:
        reading.problems.append(ReadError(element.find("gradingtype"), ORDERING_GRADING.format(value=grading)))
    select = (element.findtext("selecttype") or "ALL").strip().upper()
    count = number_of(element.find("selectcount"), default=0.0)
    if select not in ("ALL", "0") and 0 < count < len(items):
        reading.problems.append(ReadError(element.find("selecttype"), ORDERING_SUBSET))
    return {"type": ORDERING, "items": items, "scoring": _ORDERING_GRADING.get(grading, PARTIAL)}


def _read_essay(element: ET.Element, reading: Reading) -> dict:
    minimum = word_limit_of(element, "minwordlimit", "minwordenabled")
    if minimum:
        reading.warnings.append(MINIMUM_WORDS_DROPPED.format(count=minimum))
    if (element.findtext("attachments") or "0").strip() not in ("", "0"):
        reading.warnings.append(ATTACHMENTS_DROPPED)
    return {
        "type": ESSAY,
        "word_limit": word_limit_of(element, "maxwordlimit", "maxwordenabled"),
        "response_template": plain_of(element.find("responsetemplate")),
        "marking_guidance": html_of(element.find("graderinfo")),
    }


READERS = {
    "multichoice": _read_multichoice,
    "multichoiceset": _read_multichoice,
    "truefalse": _read_truefalse,
    "shortanswer": _read_shortanswer,
    "numerical": _read_numerical,
    "matching": _read_matching,
    "ordering": _read_ordering,
    "essay": _read_essay,
}
