"""Quizzes as items of a course folder (``manage.py import_course``): a Markdown file with ``type: quiz``.

Its front matter holds the quiz's settings and names its questions file (Moodle XML or GIFT, in the same module
folder) and the top-level question category to file the questions under; its text (Markdown) is the introduction::

    ---
    type: quiz
    title: "Check your understanding: Public service mutuals"
    slug: check-your-understanding
    questions: questions.xml        # .xml (Moodle XML) or .gift/.txt, beside this file
    category: Commissioning and mutualisation
    pass_mark: 70                   # the other settings are optional, with the admin's defaults
    ---

Every question in the file must import: an item the question importers would skip is a problem with its line, so a
quiz is never created short of a question. Each question becomes a fixed slot, in file order. A question already in
the bank (same category, same name) is reused rather than imported again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field

from academy.core.sanitise import sanitise_html
from assessments.formats.common import ImportResult
from assessments.formats.gift import parse_gift
from assessments.formats.moodle_xml import parse_moodle_xml
from assessments.models import Question, QuestionCategory, QuizPage, QuizSlot
from assessments.models.quiz import GradingMethod, ReviewWhen
from assessments.services.questions import MAX_IMPORT_BYTES, find_import_category, import_questions
from courses.importing.files import SLUG, Problem, SourceFile, Strict, markdown_html, validate
from courses.importing.loader import publish_child

READERS = {".xml": parse_moodle_xml, ".gift": parse_gift, ".txt": parse_gift}

NOT_A_FILE_NAME = "'questions' must be the name of a file beside this one (no folders)"
NO_SUCH_FILE = "There is no questions file {name!r} beside this file"
UNKNOWN_FORMAT = "The questions file must end in .xml (Moodle XML), .gift or .txt (GIFT), not {name!r}"
FILE_TOO_LARGE = "The questions file is larger than 2 MB"
NOT_UTF8 = "The questions file must be UTF-8 text"
SKIPPED = "{name}: {reason}"
NO_QUESTIONS = "The questions file has no questions"
DUPLICATE_NAME = "The question name {name!r} is used twice in the same category"


def _default(name: str):
    return QuizPage._meta.get_field(name).default


class QuizMeta(Strict):
    type: Literal["quiz"]
    title: str = Field(min_length=1, max_length=255)
    slug: str = SLUG
    optional: bool = False
    questions: str = Field(min_length=1)
    category: str = Field(min_length=1, max_length=200)
    pass_mark: int | None = Field(default=None, ge=0, le=100)
    attempts_allowed: int = Field(default=_default("attempts_allowed"), ge=0, le=1000)
    grading_method: GradingMethod = _default("grading_method")
    time_limit_minutes: int | None = Field(default=None, ge=1, le=10_000)
    questions_per_page: int = Field(default=_default("questions_per_page"), ge=1, le=1000)
    shuffle_questions: bool = _default("shuffle_questions")
    shuffle_choices: bool = _default("shuffle_choices")
    show_correct_answers: ReviewWhen = _default("show_correct_answers")
    show_feedback: ReviewWhen = _default("show_feedback")


SETTINGS = (
    "pass_mark",
    "attempts_allowed",
    "grading_method",
    "time_limit_minutes",
    "questions_per_page",
    "shuffle_questions",
    "shuffle_choices",
    "show_correct_answers",
    "show_feedback",
)


@dataclass
class QuizItem:
    """A checked quiz file: its settings, introduction (HTML, not yet sanitised) and questions."""

    meta: QuizMeta
    introduction: str
    questions_file: Path
    result: ImportResult

    @property
    def slug(self) -> str:
        return self.meta.slug

    @property
    def minutes(self) -> int | None:
        return self.meta.time_limit_minutes


class QuizImporter:
    """The ``quiz`` item kind of a course folder (registered with ``courses.extensions.register_item_importer``)."""

    def read(self, source: SourceFile, problems: list[Problem]) -> QuizItem | None:
        meta = validate(QuizMeta, source, problems)
        introduction = markdown_html(source, problems)
        if meta is None:
            return None
        result = _read_questions(source, meta.questions, problems)
        if result is None:
            return None
        return QuizItem(
            meta=meta, introduction=introduction, questions_file=source.path.parent / meta.questions, result=result
        )

    def write(self, item: QuizItem, *, module, source: SourceFile) -> QuizPage:
        """The quiz under ``module``, its questions imported into the bank (or reused), one fixed slot each."""
        root, _ = QuestionCategory.objects.get_or_create(parent=None, name=item.meta.category)
        questions: list[Question | None] = []
        new = []
        for parsed in item.result.questions:
            category = find_import_category(root, parsed.category)
            existing = (
                None if category is None else Question.objects.filter(category=category, name=parsed.name[:255]).first()
            )
            questions.append(existing)
            if existing is None:
                new.append(parsed)
        if new:
            outcome = import_questions(
                result=ImportResult(questions=new), category=root, file_name=item.questions_file.name
            )
            created = iter(outcome.questions)
            questions = [question or next(created) for question in questions]
        quiz = QuizPage(
            title=item.meta.title,
            slug=item.meta.slug,
            optional=item.meta.optional,
            introduction=sanitise_html(item.introduction),
            **{name: getattr(item.meta, name) for name in SETTINGS},
        )
        quiz.slots = [QuizSlot(kind=QuizSlot.Kind.FIXED, question=question) for question in questions]
        return publish_child(module, quiz)


def _read_questions(source: SourceFile, name: str, problems: list[Problem]) -> ImportResult | None:
    line = source.line_of("questions")
    if Path(name).name != name or name in (".", ".."):
        problems.append(Problem(source.path, line, NOT_A_FILE_NAME))
        return None
    path = source.path.parent / name
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        problems.append(Problem(source.path, line, UNKNOWN_FORMAT.format(name=name)))
        return None
    if not path.is_file():
        problems.append(Problem(source.path, line, NO_SUCH_FILE.format(name=name)))
        return None
    if path.stat().st_size > MAX_IMPORT_BYTES:
        problems.append(Problem(path, 1, FILE_TOO_LARGE))
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(path, 1, NOT_UTF8))
        return None
    result = reader(text)
    count = len(problems)
    problems.extend(Problem(path, error.line, error.message) for error in result.errors)
    for skipped in result.skipped:
        for reason in skipped.reasons:
            problems.append(Problem(path, reason.line, SKIPPED.format(name=skipped.name, reason=reason.message)))
    if result.ok and not result.questions and not result.skipped:
        problems.append(Problem(path, 1, NO_QUESTIONS))
    seen = set()
    for parsed in result.questions:
        key = (parsed.category, parsed.name)
        if key in seen:
            problems.append(Problem(path, parsed.line, DUPLICATE_NAME.format(name=parsed.name)))
        seen.add(key)
    return result if len(problems) == count else None
