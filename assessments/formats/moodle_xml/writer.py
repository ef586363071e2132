"""Writing Moodle XML quiz files: a category's questions, and those of its sub-categories, that import back unchanged.

The exporter writes one non-Moodle element, ``<normalisewhitespace>`` in short-answer questions, which Moodle
ignores, so that a short-text spec survives the round trip.
"""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from assessments.formats.common import PLUGINFILE
from assessments.formats.moodle_xml.question_types import NO_UNITS
from assessments.questions import (
    ALL_OR_NOTHING,
    Essay,
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

_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# (name, spec, tags), or (name, spec, tags, files): files maps a name used as ``@@PLUGINFILE@@/name`` in the
# spec's HTML to its bytes, written as a base64 <file> beside the text that uses it.
Entry = tuple


def export_moodle_xml(questions: list[Entry], *, category: str) -> str:
    """A Moodle XML quiz file: a category question for ``category`` (``top/Default/…``), then each question.

    Each entry is ``(name, spec, tags)``; specs are validated (``InvalidSpec`` if not). ``parse_moodle_xml()``
    reads the file back to the same canonical specs, provided fractions have at most 7 decimal places (Moodle's
    precision) and choice, pair and item ids are the importer's (a, b, …; p1, …; i1, …).
    """
    return export_moodle_xml_categories([(category, questions)])


def export_moodle_xml_categories(sections: list[tuple[str, list[Entry]]]) -> str:
    """A Moodle XML quiz file with several categories: for each ``(category path, entries)``, a category question
    and then its questions, as ``export_moodle_xml()`` writes them. Paths without a ``$context$/`` prefix get
    ``$course$/``.
    """
    quiz = ET.Element("quiz")
    for category, questions in sections:
        header = ET.SubElement(quiz, "question", type="category")
        reference = category.strip().strip("/")
        _text(ET.SubElement(header, "category"), reference if reference.startswith("$") else f"$course$/{reference}")
        _text(ET.SubElement(header, "info", format="html"), "")
        for name, spec, tags, *files in questions:
            _write_question(quiz, name, spec, tags, files[0] if files else {})
    ET.indent(quiz, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


def _write_question(quiz: ET.Element, name: str, spec: dict, tags: list[str], files: dict[str, bytes]) -> None:
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
    if files:
        _attach_files(element, files)


def _attach_files(question: ET.Element, files: dict[str, bytes]) -> None:
    # Moodle keeps each file with the text that shows it (question text, feedback, an answer, ...).
    for holder in list(question.iter()):
        text = holder.find("text")
        if text is None or not text.text or PLUGINFILE not in text.text:
            continue
        for name, data in files.items():
            if PLUGINFILE + quote(name) in text.text or PLUGINFILE + name in text.text:
                embedded = ET.SubElement(holder, "file", name=name, path="/", encoding="base64")
                embedded.text = base64.b64encode(data).decode("ascii")


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
    if question.other_feedback:
        catch_all = _answer(element, fraction=0.0, text="*", feedback=question.other_feedback)
        _values(catch_all, tolerance="0")
    _values(element, unitgradingtype="0", unitpenalty="0.1000000", showunits=NO_UNITS, unitsleft="0")


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


def _write_essay(element: ET.Element, question: Essay) -> None:
    _values(
        element,
        responseformat="editor",
        responserequired="1",
        responsefieldlines="15",
        minwordlimit="",
        maxwordlimit=str(question.word_limit) if question.word_limit else "",
        attachments="0",
        attachmentsrequired="0",
        maxbytes="0",
        filetypeslist="",
    )
    _text(ET.SubElement(element, "graderinfo", format="html"), question.marking_guidance)
    _text(ET.SubElement(element, "responsetemplate", format="plain_text"), question.response_template)


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
    Essay: ("essay", _write_essay),
}
