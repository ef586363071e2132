"""Import and export of Moodle XML quiz files.

Read: multichoice (single -> single_choice, multiple -> multiple_response with partial scoring), multichoiceset
(the all-or-nothing plugin -> multiple_response with all_or_nothing scoring), truefalse, shortanswer, numerical,
matching, ordering (qtype_ordering) and ``<question type="category">``. Anything else
(essay, cloze, calculated, drag and drop, embedded files, numerical units, catch-all ``*`` answers with feedback)
is an error with its line. Files with a DTD or entity declarations are refused before parsing.

Moodle XML has no ids for choices, pairs or items: imports number them (a, b, …; p1, …; i1, …). Combined
feedback (correct / partially correct / incorrect), penalties and hints are not part of a spec and are ignored.
The exporter writes one non-Moodle element, ``<normalisewhitespace>`` in short-answer questions, which Moodle
ignores, so that a short-text spec survives the round trip.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any
from xml.parsers import expat

from assessments.formats.common import (
    ImportResult,
    category_path,
    choice_id,
    default_name,
    item_id,
    pair_id,
    plain_text,
    to_html,
)
from assessments.questions import (
    ALL_OR_NOTHING,
    MATCHING,
    MULTIPLE_RESPONSE,
    NUMERIC,
    ORDERING,
    PARTIAL,
    SHORT_TEXT,
    SINGLE_CHOICE,
    TRUE_FALSE,
    Matching,
    MultipleResponse,
    Numeric,
    Ordering,
    Question,
    ShortText,
    SingleChoice,
    TrueFalse,
    format_number,
    parse_spec,
)

__all__ = ["export_moodle_xml", "parse_moodle_xml"]

DOCTYPE_REFUSED = "Files with a DOCTYPE or ENTITY declaration are refused for safety; remove it and try again."
MALFORMED = "The file is not well-formed XML: {reason}."
NOT_A_QUIZ = "The root element must be <quiz>, not <{tag}>."
UNEXPECTED_ELEMENT = "Unexpected <{tag}> element; only <question> elements may sit inside <quiz>."
UNSUPPORTED_TYPE = "Question type {qtype!r} is not supported."
FILES_NOT_SUPPORTED = "Embedded files (such as images) are not supported."
UNITS_NOT_SUPPORTED = "Numerical units are not supported."
CATCH_ALL_NOT_SUPPORTED = "Catch-all '*' answers with a mark or feedback are not supported."
NOT_A_NUMBER = "<{tag}> must be a number, not {value!r}."
NOT_A_FLAG = "<{tag}> must be true, false, 1 or 0, not {value!r}."
TRUE_FALSE_ANSWERS = "A true/false question needs one answer 'true' and one answer 'false'."
ORDERING_GRADING = "Ordering grading type {value!r} is not supported; use ABSOLUTE_POSITION or ALL_OR_NOTHING."
ORDERING_SUBSET = "Ordering questions that show only some of the items are not supported."

_DANGEROUS = re.compile(r"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_TEXT_FORMATS = {"html": "html", "moodle_auto_format": "moodle", "plain_text": "plain", "markdown": "markdown"}
_ORDERING_GRADING = {
    "ALL_OR_NOTHING": ALL_OR_NOTHING,
    "-1": ALL_OR_NOTHING,
    "ABSOLUTE_POSITION": PARTIAL,
    "ABSOLUTE": PARTIAL,
    "ABS": PARTIAL,
    "0": PARTIAL,
}
_NO_UNITS = "3"  # qtype_numerical's showunits value for "units are not used"
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class _Refused(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(DOCTYPE_REFUSED)
        self.line = line


class _ReadError(Exception):
    def __init__(self, element: ET.Element, message: str) -> None:
        super().__init__(message)
        self.element = element
        self.message = message


def parse_moodle_xml(data: bytes | str) -> ImportResult:
    """Read every question in a Moodle XML file, collecting each problem with its line instead of stopping."""
    result = ImportResult()
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    dangerous = _DANGEROUS.search(text)
    if dangerous:
        result.add_error(line=text.count("\n", 0, dangerous.start()) + 1, message=DOCTYPE_REFUSED)
        return result
    try:
        root, lines = _parse_with_lines(data)
    except _Refused as refused:
        result.add_error(line=refused.line, message=DOCTYPE_REFUSED)
        return result
    except expat.ExpatError as error:
        result.add_error(line=error.lineno, message=MALFORMED.format(reason=expat.ErrorString(error.code)))
        return result
    if root.tag != "quiz":
        result.add_error(line=lines[root], message=NOT_A_QUIZ.format(tag=root.tag))
        return result
    category: str | None = None
    for element in root:
        if element.tag != "question":
            result.add_error(line=lines[element], message=UNEXPECTED_ELEMENT.format(tag=element.tag))
            continue
        qtype = element.get("type", "")
        if qtype == "category":
            # Moodle 2+ wraps the path in <text>; older exports put it directly in <category>.
            category = category_path(element.findtext("category/text") or element.findtext("category") or "")
            continue
        reader = _READERS.get(qtype)
        if reader is None:
            result.add_error(line=lines[element], message=UNSUPPORTED_TYPE.format(qtype=qtype))
            continue
        problems: list[_ReadError] = []
        try:
            common = _read_common(element, problems)
            details = reader(element, problems)
            spec = {"type": details.pop("type"), **common, **details}
        except _ReadError as error:
            problems.append(error)
        for problem in problems:
            result.add_error(line=lines[problem.element], message=problem.message)
        if not problems:
            name = plain_text(element.findtext("name/text", "")) or default_name(spec["text"])
            tags = [tag for tag in (plain_text(t.text or "") for t in element.iterfind("tags/tag/text")) if tag]
            result.add_question(name=name, spec=spec, category=category, line=lines[element], tags=tags)
    return result


def _parse_with_lines(data: bytes | str) -> tuple[ET.Element, dict[ET.Element, int]]:
    # ElementTree does not record line numbers, so drive its TreeBuilder from expat and note where each element
    # starts. DTDs are refused (belt and braces after the text check): no entity expansion, no external fetches.
    if isinstance(data, str):
        parser = expat.ParserCreate(encoding="utf-8")
        data = data.encode("utf-8")
    else:
        parser = expat.ParserCreate()
    builder = ET.TreeBuilder()
    lines: dict[ET.Element, int] = {}

    def start(tag: str, attributes: dict[str, str]) -> None:
        lines[builder.start(tag, attributes)] = parser.CurrentLineNumber

    def refuse(*_: object) -> None:
        raise _Refused(parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.Parse(data, True)
    return builder.close(), lines


def _read_common(element: ET.Element, problems: list[_ReadError]) -> dict:
    for embedded in element.iter("file"):
        problems.append(_ReadError(embedded, FILES_NOT_SUPPORTED))
    default_mark = element.find("defaultgrade")
    return {
        "text": _html(element.find("questiontext")),
        "general_feedback": _html(element.find("generalfeedback")),
        "default_mark": _number(default_mark) if default_mark is not None else 1.0,
    }


def _read_multichoice(element: ET.Element, problems: list[_ReadError]) -> dict:
    choices = [
        {
            "id": choice_id(index),
            "text": _html(answer),
            "fraction": _fraction(answer),
            "feedback": _html(answer.find("feedback")),
        }
        for index, answer in enumerate(element.iterfind("answer"))
    ]
    shuffle = _flag(element, "shuffleanswers", default=True)
    if element.get("type") == "multichoiceset":
        return {"type": MULTIPLE_RESPONSE, "choices": choices, "scoring": ALL_OR_NOTHING, "shuffle": shuffle}
    if _flag(element, "single", default=True):
        return {"type": SINGLE_CHOICE, "choices": choices, "shuffle": shuffle}
    return {"type": MULTIPLE_RESPONSE, "choices": choices, "scoring": PARTIAL, "shuffle": shuffle}


def _read_truefalse(element: ET.Element, problems: list[_ReadError]) -> dict:
    answers = {(answer.findtext("text") or "").strip().lower(): answer for answer in element.iterfind("answer")}
    if set(answers) != {"true", "false"} or len(element.findall("answer")) != 2:
        raise _ReadError(element, TRUE_FALSE_ANSWERS)
    return {
        "type": TRUE_FALSE,
        "correct": _fraction(answers["true"]) > 0,
        "feedback_true": _html(answers["true"].find("feedback")),
        "feedback_false": _html(answers["false"].find("feedback")),
    }


def _read_shortanswer(element: ET.Element, problems: list[_ReadError]) -> dict:
    answers = [
        {
            "text": plain_text(answer.findtext("text") or ""),
            "fraction": _fraction(answer),
            "feedback": _html(answer.find("feedback")),
        }
        for answer in element.iterfind("answer")
    ]
    return {
        "type": SHORT_TEXT,
        "answers": answers,
        "case_sensitive": _flag(element, "usecase", default=False),
        "normalise_whitespace": _flag(element, "normalisewhitespace", default=True),
    }


def _read_numerical(element: ET.Element, problems: list[_ReadError]) -> dict:
    if element.find("units/unit") is not None and (element.findtext("showunits") or "").strip() != _NO_UNITS:
        problems.append(_ReadError(element.find("units"), UNITS_NOT_SUPPORTED))
    answers = []
    for answer in element.iterfind("answer"):
        if (answer.findtext("text") or "").strip() == "*":
            if _fraction(answer) or _html(answer.find("feedback")):
                problems.append(_ReadError(answer, CATCH_ALL_NOT_SUPPORTED))
            continue
        tolerance = answer.find("tolerance")
        answers.append(
            {
                "value": _number(answer.find("text"), tag="answer"),
                "tolerance": abs(_number(tolerance)) if tolerance is not None else 0.0,
                "fraction": _fraction(answer),
                "feedback": _html(answer.find("feedback")),
            }
        )
    return {"type": NUMERIC, "answers": answers}


def _read_matching(element: ET.Element, problems: list[_ReadError]) -> dict:
    pairs, distractors = [], []
    for subquestion in element.iterfind("subquestion"):
        prompt = _html(subquestion)
        answer = plain_text(subquestion.findtext("answer/text") or "")
        if prompt:
            pairs.append({"id": pair_id(len(pairs)), "prompt": prompt, "answer": answer})
        else:
            distractors.append(answer)
    return {
        "type": MATCHING,
        "pairs": pairs,
        "distractors": distractors,
        "shuffle": _flag(element, "shuffleanswers", default=True),
    }


def _read_ordering(element: ET.Element, problems: list[_ReadError]) -> dict:
    items = [
        {"id": item_id(index), "text": plain_text(answer.findtext("text") or "")}
        for index, answer in enumerate(element.iterfind("answer"))
    ]
    grading = (element.findtext("gradingtype") or "ABSOLUTE_POSITION").strip().upper()
    if grading not in _ORDERING_GRADING:
        problems.append(_ReadError(element.find("gradingtype"), ORDERING_GRADING.format(value=grading)))
    select = (element.findtext("selecttype") or "ALL").strip().upper()
    count_element = element.find("selectcount")
    count = _number(count_element) if count_element is not None else 0.0
    if select not in ("ALL", "0") and 0 < count < len(items):
        problems.append(_ReadError(element.find("selecttype"), ORDERING_SUBSET))
    return {"type": ORDERING, "items": items, "scoring": _ORDERING_GRADING.get(grading, PARTIAL)}


def _html(holder: ET.Element | None) -> str:
    """The sanitised HTML of a ``<questiontext>``-like element: its ``<text>`` child in its ``format``."""
    if holder is None:
        return ""
    text_format = _TEXT_FORMATS.get(holder.get("format", "html"), "html")
    return to_html(holder.findtext("text") or "", text_format=text_format)


def _fraction(answer: ET.Element) -> float:
    # Moodle writes percentages (100, 50, -33.33333); specs hold fractions with Moodle's 7 decimal places.
    raw = answer.get("fraction", "0")
    try:
        return round(float(raw) / 100, 7)
    except ValueError:
        raise _ReadError(answer, NOT_A_NUMBER.format(tag="answer fraction", value=raw)) from None


def _number(element: ET.Element, *, tag: str | None = None) -> float:
    raw = (element.text or "").strip()
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
}


def export_moodle_xml(questions: list[tuple[str, dict, list[str]]], *, category: str) -> str:
    """A Moodle XML quiz file: a category question for ``category`` (``top/Default/…``), then each question.

    Each entry is ``(name, spec, tags)``; specs are validated (``InvalidSpec`` if not). ``parse_moodle_xml()``
    reads the file back to the same canonical specs, provided fractions have at most 7 decimal places (Moodle's
    precision) and choice, pair and item ids are the importer's (a, b, …; p1, …; i1, …).
    """
    quiz = ET.Element("quiz")
    header = ET.SubElement(quiz, "question", type="category")
    reference = category.strip().strip("/")
    _text(ET.SubElement(header, "category"), reference if reference.startswith("$") else f"$course$/{reference}")
    _text(ET.SubElement(header, "info", format="html"), "")
    for name, spec, tags in questions:
        question = parse_spec(spec)
        moodle_type, writer = _WRITERS[type(question)]
        if isinstance(question, MultipleResponse) and question.scoring == ALL_OR_NOTHING:
            moodle_type = "multichoiceset"
        element = ET.SubElement(quiz, "question", type=moodle_type)
        _text(ET.SubElement(element, "name"), name)
        _text(ET.SubElement(element, "questiontext", format="html"), question.text)
        _text(ET.SubElement(element, "generalfeedback", format="html"), question.general_feedback)
        _values(element, defaultgrade=format_number(question.default_mark), penalty="0.3333333", hidden="0")
        writer(element, question)
        if tags:
            tag_list = ET.SubElement(element, "tags")
            for tag in tags:
                _text(ET.SubElement(tag_list, "tag"), tag)
    ET.indent(quiz, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


def _write_choices(element: ET.Element, question: SingleChoice | MultipleResponse) -> None:
    if element.get("type") == "multichoice":
        _values(element, single="true" if isinstance(question, SingleChoice) else "false")
    _values(element, shuffleanswers="1" if question.shuffle else "0", answernumbering="abc")
    for choice in question.choices:
        _answer(element, fraction=choice.fraction, text=choice.text, feedback=choice.feedback, text_format="html")


def _write_true_false(element: ET.Element, question: TrueFalse) -> None:
    _answer(element, fraction=float(question.correct), text="true", feedback=question.feedback_true)
    _answer(element, fraction=float(not question.correct), text="false", feedback=question.feedback_false)


def _write_short_text(element: ET.Element, question: ShortText) -> None:
    _values(
        element, usecase=str(int(question.case_sensitive)), normalisewhitespace=str(int(question.normalise_whitespace))
    )
    for answer in question.answers:
        _answer(element, fraction=answer.fraction, text=answer.text, feedback=answer.feedback)


def _write_numeric(element: ET.Element, question: Numeric) -> None:
    for answer in question.answers:
        written = _answer(element, fraction=answer.fraction, text=format_number(answer.value), feedback=answer.feedback)
        _values(written, tolerance=format_number(answer.tolerance))
    _values(element, unitgradingtype="0", unitpenalty="0.1000000", showunits=_NO_UNITS, unitsleft="0")


def _write_matching(element: ET.Element, question: Matching) -> None:
    _values(element, shuffleanswers="true" if question.shuffle else "false")
    entries = [(pair.prompt, pair.answer) for pair in question.pairs] + [("", text) for text in question.distractors]
    for prompt, answer in entries:
        subquestion = ET.SubElement(element, "subquestion", format="html")
        _text(subquestion, prompt)
        _text(ET.SubElement(subquestion, "answer"), answer)


def _write_ordering(element: ET.Element, question: Ordering) -> None:
    grading = "ALL_OR_NOTHING" if question.scoring == ALL_OR_NOTHING else "ABSOLUTE_POSITION"
    _values(element, layouttype="VERTICAL", selecttype="ALL", selectcount="0", gradingtype=grading, showgrading="SHOW")
    for position, item in enumerate(question.items, start=1):
        answer = ET.SubElement(element, "answer", fraction=str(position), format="plain_text")
        _text(answer, item.text)


def _answer(
    element: ET.Element, *, fraction: float, text: str, feedback: str, text_format: str = "moodle_auto_format"
) -> ET.Element:
    answer = ET.SubElement(element, "answer", fraction=format_number(round(fraction * 100, 5)), format=text_format)
    _text(answer, text)
    _text(ET.SubElement(answer, "feedback", format="html"), feedback)
    return answer


def _text(holder: ET.Element, value: str) -> None:
    ET.SubElement(holder, "text").text = _XML_UNSAFE.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def _values(element: ET.Element, **values: str) -> None:
    for tag, value in values.items():
        ET.SubElement(element, tag).text = value


_WRITERS: dict[type[Question], tuple[str, Callable[[ET.Element, Any], None]]] = {
    SingleChoice: ("multichoice", _write_choices),
    MultipleResponse: ("multichoice", _write_choices),
    TrueFalse: ("truefalse", _write_true_false),
    ShortText: ("shortanswer", _write_short_text),
    Numeric: ("numerical", _write_numeric),
    Matching: ("matching", _write_matching),
    Ordering: ("ordering", _write_ordering),
}
