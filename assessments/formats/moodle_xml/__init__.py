"""Import and export of Moodle XML quiz files.

Read: multichoice (single -> single_choice, multiple -> multiple_response with partial scoring), multichoiceset
(the all-or-nothing plugin -> multiple_response with all_or_nothing scoring), truefalse, shortanswer, numerical
(a catch-all ``*`` answer with a mark of 0 becomes feedback for any other answer), matching, ordering
(qtype_ordering), essay and ``<question type="category">``. Images and other files embedded with
``@@PLUGINFILE@@`` are checked on reading and stored when the import is confirmed. Any other type (cloze,
calculated, drag and drop, descriptions) and numerical units make the item skipped, with the reason and its line.
Files with a DTD or entity declarations, malformed XML and a root other than ``<quiz>`` are refused as a whole.

Moodle XML has no ids for choices, pairs or items: imports number them (a, b, …; p1, …; i1, …). Combined
feedback (correct / partially correct / incorrect), penalties and hints are not part of a spec and are ignored.
"""

from assessments.formats.moodle_xml.question_types import (
    ATTACHMENTS_DROPPED,
    CATCH_ALL_WITH_MARK,
    MINIMUM_WORDS_DROPPED,
    ORDERING_GRADING,
    ORDERING_SUBSET,
    TRUE_FALSE_ANSWERS,
    UNITS_NOT_SUPPORTED,
)
from assessments.formats.moodle_xml.reader import (
    DESCRIPTION_NOT_SUPPORTED,
    FILE_NOT_BASE64_ENCODED,
    NOT_A_QUIZ,
    UNEXPECTED_ELEMENT,
    UNSUPPORTED_TYPE,
    parse_moodle_xml,
)
from assessments.formats.moodle_xml.safe_xml import DOCTYPE_REFUSED, MALFORMED
from assessments.formats.moodle_xml.values import NOT_A_FLAG, NOT_A_NUMBER, NOT_A_WHOLE_NUMBER
from assessments.formats.moodle_xml.writer import export_moodle_xml, export_moodle_xml_categories

__all__ = [
    "ATTACHMENTS_DROPPED",
    "CATCH_ALL_WITH_MARK",
    "DESCRIPTION_NOT_SUPPORTED",
    "DOCTYPE_REFUSED",
    "FILE_NOT_BASE64_ENCODED",
    "MALFORMED",
    "MINIMUM_WORDS_DROPPED",
    "NOT_A_FLAG",
    "NOT_A_NUMBER",
    "NOT_A_QUIZ",
    "NOT_A_WHOLE_NUMBER",
    "ORDERING_GRADING",
    "ORDERING_SUBSET",
    "TRUE_FALSE_ANSWERS",
    "UNEXPECTED_ELEMENT",
    "UNITS_NOT_SUPPORTED",
    "UNSUPPORTED_TYPE",
    "export_moodle_xml",
    "export_moodle_xml_categories",
    "parse_moodle_xml",
]
