"""A quiz as an item of a course folder (`type: quiz`): its settings, its questions file, all of it or nothing."""

from pathlib import Path

import pytest

from assessments.models import Question, QuestionImport, QuizPage
from courses.importing.loader import CourseImportError, import_course
from tests.courses.factories import course_index
from tests.courses.importing.test_import_course import write_course

pytestmark = pytest.mark.django_db

QUIZ = """---
type: quiz
title: Check your understanding
slug: check
questions: questions.gift
category: Basics bank
pass_mark: 50
attempts_allowed: 2
---
A short **quiz**.
"""
GIFT = """$CATEGORY: top/Getting started

::Cycle::Commissioning is a cycle. {TRUE}

::Steps::How many steps has the cycle? {#4}
"""


def write_quiz(root: Path, *, quiz: str = QUIZ, gift: str | None = GIFT) -> Path:
    files = {"01-getting-started/03-check.md": quiz}
    if gift is not None:
        files["01-getting-started/questions.gift"] = gift
    return write_course(root, **files)


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(CourseImportError) as raised:
        import_course(folder, index=course_index())
    return [str(problem) for problem in raised.value.problems]


def test_a_quiz_file_becomes_a_quiz_with_its_settings_and_one_slot_per_question_in_file_order(tmp_path):
    import_course(write_quiz(tmp_path), index=course_index())
    quiz = QuizPage.objects.get(slug="check")
    assert quiz.live and "<strong>quiz</strong>" in quiz.introduction
    assert (quiz.pass_mark, quiz.attempts_allowed, quiz.questions_per_page) == (50, 2, 3)
    assert [slot.question.name for slot in quiz.slots.order_by("pk")] == ["Cycle", "Steps"]
    assert {str(question.category) for question in Question.objects.all()} == {"Basics bank / Getting started"}
    assert QuestionImport.objects.get().file_name == "questions.gift"


def test_a_quiz_imported_again_after_being_deleted_reuses_the_questions_in_the_bank(tmp_path):
    folder = write_quiz(tmp_path)
    import_course(folder, index=course_index())
    QuizPage.objects.get(slug="check").delete()
    import_course(folder, index=course_index())
    assert Question.objects.count() == 2
    assert QuizPage.objects.get(slug="check").slots.count() == 2


def test_a_quiz_with_a_time_limit_counts_towards_a_worked_out_course_estimate(tmp_path):
    folder = write_quiz(tmp_path, quiz=QUIZ.replace("pass_mark: 50", "time_limit_minutes: 60"))
    course_md = folder / "course.md"
    course_md.write_text(course_md.read_text().replace("estimated_hours: 1.5\n", ""))
    course = import_course(folder, index=course_index())
    assert float(course.estimated_hours) == 1.0  # 60 minutes and two one-minute lessons, to one decimal place


@pytest.mark.parametrize(
    ("quiz", "gift", "where", "message"),
    [
        (QUIZ.replace("questions.gift", "../questions.gift"), GIFT, "03-check.md:5", "'questions' must be the name"),
        (QUIZ.replace("questions.gift", "questions.doc"), GIFT, "03-check.md:5", "must end in .xml"),
        (QUIZ, None, "03-check.md:5", "no questions file 'questions.gift'"),
        (QUIZ.replace("pass_mark: 50", "pass_mark: 150"), GIFT, "03-check.md:7", "'pass_mark': Input should be less"),
        (QUIZ.replace("category: Basics bank\n", ""), GIFT, "03-check.md:1", "'category' is missing"),
        (QUIZ, GIFT + "\n::Order::Put in order {>1 a >2 b}\n", "questions.gift:7", "Order:"),
        (QUIZ, GIFT.replace("::Steps::", "::Cycle::"), "questions.gift:5", "'Cycle' is used twice"),
        (QUIZ, "// nothing here\n", "questions.gift:1", "has no questions"),
        (QUIZ + "\n## A heading\n", GIFT, "03-check.md:12", "Only paragraphs, lists and links"),
    ],
)
def test_a_bad_quiz_is_reported_with_its_file_and_line_and_nothing_is_written(tmp_path, quiz, gift, where, message):
    reported = problems_of(write_quiz(tmp_path, quiz=quiz, gift=gift))
    assert any(where in line and message in line for line in reported), reported
    assert not QuizPage.objects.exists() and not Question.objects.exists()
