"""Import of GIFT, Moodle's plain-text question format, following Moodle's own reader.

Questions are separated by blank lines; lines starting with ``//`` are comments (``[tag:name]`` in them tags the
question). A question is ``::title::[format]text {answers}``; text after the closing brace makes a missing-word
question (``_____`` marks the gap). Supported: multiple choice (``=`` right, ``~`` wrong, ``~%50%`` weights; no
``=`` means multiple response with partial credit), true/false, short answer, numeric (``#v:tolerance``,
``#min..max``, several ``=`` answers), matching (``=prompt -> answer``, ``= -> distractor``), ``#feedback``,
``####general feedback``, ``$CATEGORY:``, essays (``{}``), numeric "any other answer" feedback (``~#feedback`` or
``=%0%*#feedback``) and the escapes ``\\~ \\= \\# \\{ \\} \\: \\\\ \\n``.

An item that cannot be imported (a description, an ordering question, a bad weight or number) is skipped with its
reasons and lines. Only braces that do not pair up (so the file cannot be split into questions reliably) and an
empty ``$CATEGORY:`` refuse the whole file.
"""

from assessments.formats.gift.answers import (
    CATCH_ALL_WITH_MARK,
    NOT_A_MATCH_PAIR,
    NUMERIC_CATCH_ALL,
    ORDERING_NOT_SUPPORTED,
)
from assessments.formats.gift.reader import (
    DESCRIPTION_NOT_SUPPORTED,
    EMPTY_CATEGORY,
    MISSING_CLOSING_BRACE,
    SECOND_ANSWER_BLOCK,
    UNCLOSED_TITLE,
    UNEXPECTED_CLOSING_BRACE,
    parse_gift,
)
from assessments.formats.gift.syntax import BAD_RANGE, BAD_WEIGHT, NOT_A_NUMBER, TEXT_BEFORE_ANSWERS

__all__ = [
    "BAD_RANGE",
    "BAD_WEIGHT",
    "CATCH_ALL_WITH_MARK",
    "DESCRIPTION_NOT_SUPPORTED",
    "EMPTY_CATEGORY",
    "MISSING_CLOSING_BRACE",
    "NOT_A_MATCH_PAIR",
    "NOT_A_NUMBER",
    "NUMERIC_CATCH_ALL",
    "ORDERING_NOT_SUPPORTED",
    "SECOND_ANSWER_BLOCK",
    "TEXT_BEFORE_ANSWERS",
    "UNCLOSED_TITLE",
    "UNEXPECTED_CLOSING_BRACE",
    "parse_gift",
]
