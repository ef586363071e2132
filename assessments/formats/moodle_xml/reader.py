"""Reading Moodle XML quiz files: each ``<question>`` becomes a question to create or a skipped item with reasons."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from assessments.formats.common import (
    QUESTION_TYPE_LABELS,
    UNKNOWN_TYPE_LABEL,
    EmbeddedFile,
    ImportProblem,
    ImportResult,
    category_path,
    choice_id,
    default_name,
    file_references,
    item_id,
    pair_id,
    plain_text,
    read_embedded_file,
    to_html,
)
from assessments.formats.moodle_xml.safe_xml import XmlRefused, parse_with_lines
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

NOT_A_QUIZ = "The root element must be <quiz>, not <{tag}>."
UNEXPECTED_ELEMENT = "Unexpected <{tag}> element; only <question> elements may sit inside <quiz>."
UNSUPPORTED_TYPE = "{label} questions are not supported."
DESCRIPTION_NOT_SUPPORTED = "Descriptions (text without a question) are not imported."
UNITS_NOT_SUPPORTED = "Numerical units are not supported."
CATCH_ALL_WITH_MARK = "A '*' answer that gives marks for any answer is not supported; give it a mark of 0."
FILE_NOT_BASE64_ENCODED = "The embedded file {name!r} must use base64 encoding."
NOT_A_NUMBER = "<{tag}> must be a number, not {value!r}."
NOT_A_WHOLE_NUMBER = "<{tag}> must be a whole number of 0 or more, not {value!r}."
NOT_A_FLAG = "<{tag}> must be true, false, 1 or 0, not {value!r}."
TRUE_FALSE_ANSWERS = "A true/false question needs one answer 'true' and one answer 'false'."
ORDERING_GRADING = "Ordering grading type {value!r} is not supported; use ABSOLUTE_POSITION or ALL_OR_NOTHING."
ORDERING_SUBSET = "Ordering questions that show only some of the items are not supported."
MINIMUM_WORDS_DROPPED = "The minimum of {count} words is not kept: only a maximum word limit is supported."
ATTACHMENTS_DROPPED = "Learners cannot attach files to an answer here; the attachment settings are not kept."

FOREIGN_TYPE_LABELS = {
    "multianswer": "Embedded answers (Cloze)",
    "calculated": "Calculated",
    "calculatedsimple": "Simple calculated",
    "calculatedmulti": "Calculated multichoice",
    "ddwtos": "Drag and drop into text",
    "ddimageortext": "Drag and drop onto image",
    "ddmarker": "Drag and drop markers",
    "gapselect": "Select missing words",
    "randomsamatch": "Random short-answer matching",
    "random": "Random question",
    "description": "Description",
}
_SPEC_TYPES = {
    "multichoiceset": MULTIPLE_RESPONSE,
    "truefalse": TRUE_FALSE,
    "shortanswer": SHORT_TEXT,
    "numerical": NUMERIC,
    "matching": MATCHING,
    "ordering": ORDERING,
    "essay": ESSAY,
}
TEXT_FORMATS = {"html": "html", "moodle_auto_format": "moodle", "plain_text": "plain", "markdown": "markdown"}
_ORDERING_GRADING = {
    "ALL_OR_NOTHING": ALL_OR_NOTHING,
    "-1": ALL_OR_NOTHING,
    "ABSOLUTE_POSITION": PARTIAL,
    "ABSOLUTE": PARTIAL,
    "ABS": PARTIAL,
    "0": PARTIAL,
}
NO_UNITS = "3"  # qtype_numerical's showunits value for "units are not used"
_LINE_BREAKS = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6])>", re.IGNORECASE)


class _ReadError(Exception):
    def __init__(self, element: ET.Element | None, message: str) -> None:
        super().__init__(message)
        self.element = element
        self.message = message


@dataclass
class _Reading:
    """One question being read: its problems, warnings and the elements of its choices, answers, pairs and items."""

    question: ET.Element
    problems: list[_ReadError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entries: dict[str, list[ET.Element]] = field(default_factory=dict)

    def entry(self, label: str, element: ET.Element) -> None:
        self.entries.setdefault(label, []).append(element)


def parse_moodle_xml(data: bytes | str) -> ImportResult:
    """Read every item of a Moodle XML file: each becomes a question or a skipped item, with its line.

    Unsafe XML (a DTD or entities), malformed XML and a root other than ``<quiz>`` refuse the whole file.
    """
    result = ImportResult()
    try:
        root, lines = parse_with_lines(data)
    except XmlRefused as refused:
        result.add_error(line=refused.line, message=refused.message)
        return result
    if root.tag != "quiz":
        result.add_error(line=lines[root], message=NOT_A_QUIZ.format(tag=root.tag))
        return result
    category: str | None = None
    for element in root:
        line = lines[element]
        if element.tag != "question":
            reason = ImportProblem(line=line, message=UNEXPECTED_ELEMENT.format(tag=element.tag))
            result.skip(line=line, name=f"<{element.tag}>", type_label=UNKNOWN_TYPE_LABEL, text="", reasons=[reason])
            continue
        qtype = element.get("type", "")
        if qtype == "category":
            # Moodle 2+ wraps the path in <text>; older exports put it directly in <category>.
            category = category_path(element.findtext("category/text") or element.findtext("category") or "")
            continue
        _read_question(element, qtype, category=category, lines=lines, result=result)
    return result


def _read_question(
    element: ET.Element, qtype: str, *, category: str | None, lines: dict[ET.Element, int], result: ImportResult
) -> None:
    line = lines[element]
    name = plain_text(element.findtext("name/text", ""))
    text = _html(element.find("questiontext"))
    reader = _READERS.get(qtype)
    if reader is None:
        label = FOREIGN_TYPE_LABELS.get(qtype, qtype or UNKNOWN_TYPE_LABEL)
        message = DESCRIPTION_NOT_SUPPORTED if qtype == "description" else UNSUPPORTED_TYPE.format(label=label)
        result.skip(line=line, name=name, type_label=label, text=text, reasons=[ImportProblem(line, message)])
        return
    reading = _Reading(question=element)
    spec: dict = {}
    try:
        common = {
            "text": text,
            "general_feedback": _html(element.find("generalfeedback")),
            "default_mark": _number(element.find("defaultgrade"), default=1.0),
        }
        details = reader(element, reading)
        spec = {"type": details.pop("type"), **common, **details}
    except _ReadError as error:
        reading.problems.append(error)
    files = _embedded_files(element, spec, reading) if spec else {}
    if reading.problems:
        reasons = [ImportProblem(lines.get(p.element, line), p.message) for p in reading.problems]
        result.skip(line=line, name=name, type_label=_type_label(element, qtype), text=text, reasons=reasons)
        return
    result.add_question(
        name=name or default_name(spec["text"]),
        spec=spec,
        category=category,
        line=line,
        tags=[tag for tag in (plain_text(t.text or "") for t in element.iterfind("tags/tag/text")) if tag],
        entry_lines={label: [lines[entry] for entry in entries] for label, entries in reading.entries.items()},
        files=files,
        warnings=reading.warnings,
    )


def _type_label(element: ET.Element, qtype: str) -> str:
    spec_type = _SPEC_TYPES.get(qtype)
    if qtype == "multichoice":
        single = (element.findtext("single") or "true").strip().lower() not in ("false", "0")
        spec_type = SINGLE_CHOICE if single else MULTIPLE_RESPONSE
    return QUESTION_TYPE_LABELS.get(spec_type, qtype)


def _embedded_files(element: ET.Element, spec: dict, reading: _Reading) -> dict[str, EmbeddedFile]:
    """The files the question's text uses, decoded and checked (each problem on its ``<file>`` line)."""
    used, _ = file_references(spec)
    files: dict[str, EmbeddedFile] = {}
    for embedded in element.iter("file"):
        folder = (embedded.get("path") or "/").strip("/")
        name = f"{folder}/{embedded.get('name', '')}" if folder else embedded.get("name", "")
        if name not in used or name in files:
            continue
        if (embedded.get("encoding") or "base64").lower() != "base64":
            reading.problems.append(_ReadError(embedded, FILE_NOT_BASE64_ENCODED.format(name=name)))
            continue
        try:
            files[name] = read_embedded_file(name, embedded.text or "")
        except ValueError as error:
            reading.problems.append(_ReadError(embedded, str(error)))
    return files


def _read_multichoice(element: ET.Element, reading: _Reading) -> dict:
    choices = []
    for index, answer in enumerate(element.iterfind("answer")):
        reading.entry("Choice", answer)
        choices.append(
            {
                "id": choice_id(index),
                "text": _html(answer),
                "fraction": _fraction(answer),
                "feedback": _html(answer.find("feedback")),
            }
        )
    shuffle = _flag(element, "shuffleanswers", default=True)
    if element.get("type") == "multichoiceset":
        return {"type": MULTIPLE_RESPONSE, "choices": choices, "scoring": ALL_OR_NOTHING, "shuffle": shuffle}
    if _flag(element, "single", default=True):
        return {"type": SINGLE_CHOICE, "choices": choices, "shuffle": shuffle}
    return {"type": MULTIPLE_RESPONSE, "choices": choices, "scoring": PARTIAL, "shuffle": shuffle}


def _read_truefalse(element: ET.Element, reading: _Reading) -> dict:
    answers = {(answer.findtext("text") or "").strip().lower(): answer for answer in element.iterfind("answer")}
    if set(answers) != {"true", "false"} or len(element.findall("answer")) != 2:
        raise _ReadError(element, TRUE_FALSE_ANSWERS)
    return {
        "type": TRUE_FALSE,
        "correct": _fraction(answers["true"]) > 0,
        "feedback_true": _html(answers["true"].find("feedback")),
        "feedback_false": _html(answers["false"].find("feedback")),
    }


def _read_shortanswer(element: ET.Element, reading: _Reading) -> dict:
    answers = []
    for answer in element.iterfind("answer"):
        reading.entry("Answer", answer)
        answers.append(
            {
                "text": plain_text(answer.findtext("text") or ""),
                "fraction": _fraction(answer),
                "feedback": _html(answer.find("feedback")),
            }
        )
    return {
        "type": SHORT_TEXT,
        "answers": answers,
        "case_sensitive": _flag(element, "usecase", default=False),
        "normalise_whitespace": _flag(element, "normalisewhitespace", default=True),
    }


def _read_numerical(element: ET.Element, reading: _Reading) -> dict:
    if element.find("units/unit") is not None and (element.findtext("showunits") or "").strip() != NO_UNITS:
        reading.problems.append(_ReadError(element.find("units"), UNITS_NOT_SUPPORTED))
    answers, other_feedback = [], ""
    for answer in element.iterfind("answer"):
        if (answer.findtext("text") or "").strip() == "*":
            # Moodle's catch-all: feedback for any other answer, which must not give marks.
            if _fraction(answer) != 0:
                reading.problems.append(_ReadError(answer, CATCH_ALL_WITH_MARK))
            other_feedback = _html(answer.find("feedback"))
            continue
        reading.entry("Answer", answer)
        tolerance = answer.find("tolerance")
        answers.append(
            {
                "value": _number(answer.find("text"), tag="answer"),
                "tolerance": abs(_number(tolerance, default=0.0)),
                "fraction": _fraction(answer),
                "feedback": _html(answer.find("feedback")),
            }
        )
    return {"type": NUMERIC, "answers": answers, "other_feedback": other_feedback}


def _read_matching(element: ET.Element, reading: _Reading) -> dict:
    pairs, distractors = [], []
    for subquestion in element.iterfind("subquestion"):
        prompt = _html(subquestion)
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
        "shuffle": _flag(element, "shuffleanswers", default=True),
    }


def _read_ordering(element: ET.Element, reading: _Reading) -> dict:
    items = []
    for index, answer in enumerate(element.iterfind("answer")):
        reading.entry("Item", answer)
        items.append({"id": item_id(index), "text": plain_text(answer.findtext("text") or "")})
    grading = (element.findtext("gradingtype") or "ABSOLUTE_POSITION").strip().upper()
    if grading not in _ORDERING_GRADING:
        reading.problems.append(_ReadError(element.find("gradingtype"), ORDERING_GRADING.format(value=grading)))
    select = (element.findtext("selecttype") or "ALL").strip().upper()
    count = _number(element.find("selectcount"), default=0.0)
    if select not in ("ALL", "0") and 0 < count < len(items):
        reading.problems.append(_ReadError(element.find("selecttype"), ORDERING_SUBSET))
    return {"type": ORDERING, "items": items, "scoring": _ORDERING_GRADING.get(grading, PARTIAL)}


def _read_essay(element: ET.Element, reading: _Reading) -> dict:
    minimum = _word_limit(element, "minwordlimit", "minwordenabled")
    if minimum:
        reading.warnings.append(MINIMUM_WORDS_DROPPED.format(count=minimum))
    if (element.findtext("attachments") or "0").strip() not in ("", "0"):
        reading.warnings.append(ATTACHMENTS_DROPPED)
    return {
        "type": ESSAY,
        "word_limit": _word_limit(element, "maxwordlimit", "maxwordenabled"),
        "response_template": _plain(element.find("responsetemplate")),
        "marking_guidance": _html(element.find("graderinfo")),
    }


def _word_limit(element: ET.Element, tag: str, enabled_tag: str) -> int:
    # Moodle exports the limit; its form's "enabled" tick box appears in some files. An empty limit is none.
    holder = element.find(tag)
    raw = (holder.text or "").strip() if holder is not None else ""
    if not raw or not _flag(element, enabled_tag, default=True):
        return 0
    if not raw.isdigit():
        raise _ReadError(holder, NOT_A_WHOLE_NUMBER.format(tag=tag, value=raw))
    return int(raw)


def _html(holder: ET.Element | None) -> str:
    """The sanitised HTML of a ``<questiontext>``-like element: its ``<text>`` child in its ``format``."""
    if holder is None:
        return ""
    text_format = TEXT_FORMATS.get(holder.get("format", "html"), "html")
    return to_html(holder.findtext("text") or "", text_format=text_format)


def _plain(holder: ET.Element | None) -> str:
    """Plain text from a ``<text>`` holder: kept as written in plain formats, tags removed (lines kept) otherwise."""
    if holder is None:
        return ""
    raw = (holder.findtext("text") or "").replace("\r\n", "\n").replace("\r", "\n")
    if TEXT_FORMATS.get(holder.get("format", "html"), "html") in ("plain", "markdown"):
        return raw
    return plain_text(_LINE_BREAKS.sub("\n", raw))


def _fraction(answer: ET.Element) -> float:
    # Moodle writes percentages (100, 50, -33.33333); specs hold fractions with Moodle's 7 decimal places.
    raw = answer.get("fraction", "0")
    try:
        return round(float(raw) / 100, 7)
    except ValueError:
        raise _ReadError(answer, NOT_A_NUMBER.format(tag="answer fraction", value=raw)) from None


def _number(element: ET.Element | None, *, tag: str | None = None, default: float | None = None) -> float:
    if element is None and default is not None:
        return default
    raw = (element.text or "").strip() if element is not None else ""
    try:
        return float(raw)
    except ValueError:
        raise _ReadError(element, NOT_A_NUMBER.format(tag=tag or element.tag, value=raw)) from None


def _flag(element: ET.Element, tag: str, *, default: bool) -> bool:
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
    raise _ReadError(child, NOT_A_FLAG.format(tag=tag, value=raw))


_READERS = {
    "multichoice": _read_multichoice,
    "multichoiceset": _read_multichoice,
    "truefalse": _read_truefalse,
    "shortanswer": _read_shortanswer,
    "numerical": _read_numerical,
    "matching": _read_matching,
    "ordering": _read_ordering,
    "essay": _read_essay,
}
