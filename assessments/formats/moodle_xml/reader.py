"""Reading Moodle XML quiz files: each ``<question>`` becomes a question to create or a skipped item with reasons.

The keys every question type shares are read here; ``question_types.py`` reads each type's own keys and
``values.py`` the values inside them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from assessments.formats.common import (
    QUESTION_TYPE_LABELS,
    UNKNOWN_TYPE_LABEL,
    EmbeddedFile,
    ImportProblem,
    ImportResult,
    category_path,
    default_name,
    file_references,
    plain_text,
    read_embedded_file,
)
from assessments.formats.moodle_xml.question_types import READERS, spec_type
from assessments.formats.moodle_xml.safe_xml import XmlRefused, parse_with_lines
from assessments.formats.moodle_xml.values import ReadError, Reading, html_of, number_of

NOT_A_QUIZ = "The root element must be <quiz>, not <{tag}>."
UNEXPECTED_ELEMENT = "Unexpected <{tag}> element; only <question> elements may sit inside <quiz>."
UNSUPPORTED_TYPE = "{label} questions are not supported."
DESCRIPTION_NOT_SUPPORTED = "Descriptions (text without a question) are not imported."
FILE_NOT_BASE64_ENCODED = "The embedded file {name!r} must use base64 encoding."

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
    text = html_of(element.find("questiontext"))
    reader = READERS.get(qtype)
    if reader is None:
        label = FOREIGN_TYPE_LABELS.get(qtype, qtype or UNKNOWN_TYPE_LABEL)
        message = DESCRIPTION_NOT_SUPPORTED if qtype == "description" else UNSUPPORTED_TYPE.format(label=label)
        result.skip(line=line, name=name, type_label=label, text=text, reasons=[ImportProblem(line, message)])
        return
    reading = Reading(question=element)
    spec: dict = {}
    try:
        common = {
            "text": text,
            "general_feedback": html_of(element.find("generalfeedback")),
            "default_mark": number_of(element.find("defaultgrade"), default=1.0),
        }
        details = reader(element, reading)
        spec = {"type": details.pop("type"), **common, **details}
    except ReadError as error:
        reading.problems.append(error)
    files = _embedded_files(element, spec, reading) if spec else {}
    if reading.problems:
        reasons = [ImportProblem(lines.get(p.element, line), p.message) for p in reading.problems]
        result.skip(
            line=line,
            name=name,
            type_label=QUESTION_TYPE_LABELS.get(spec_type(element, qtype), qtype),
            text=text,
            reasons=reasons,
        )
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


def _embedded_files(element: ET.Element, spec: dict, reading: Reading) -> dict[str, EmbeddedFile]:
    """The files the question's text uses, decoded and checked (each problem on its ``<file>`` line)."""
    used, _ = file_references(spec)
    files: dict[str, EmbeddedFile] = {}
    for embedded in element.iter("file"):
        folder = (embedded.get("path") or "/").strip("/")
        name = f"{folder}/{embedded.get('name', '')}" if folder else embedded.get("name", "")
        if name not in used or name in files:
            continue
        if (embedded.get("encoding") or "base64").lower() != "base64":
            reading.problems.append(ReadError(embedded, FILE_NOT_BASE64_ENCODED.format(name=name)))
            continue
        try:
            files[name] = read_embedded_file(name, embedded.text or "")
        except ValueError as error:
            reading.problems.append(ReadError(embedded, str(error)))
    return files
