"""The demo course folder is an ordinary course folder: `manage.py import_course` loads it, quizzes and all, and one
bad file in a copy of it stops the whole import with its file and line, writing nothing."""

import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from assessments import course_items
from assessments.models import Question, QuestionCategory, QuizPage
from courses.demo.course import COURSE_FOLDER
from courses.importing.loader import CourseImportError, import_course
from courses.models import CoursePage, LessonPage, ModulePage
from tests.courses.factories import course_index

FIRST_MODULE = "01-public-service-mutuals"


@pytest.mark.django_db
def test_import_course_loads_the_demo_folder_with_its_quizzes():
    course_index()
    stdout = StringIO()
    call_command("import_course", str(COURSE_FOLDER), stdout=stdout)
    assert "Imported Commissioning and mutualisation" in stdout.getvalue()
    course = CoursePage.objects.get(slug="commissioning-and-mutualisation")
    assert ModulePage.objects.child_of(course).count() == 7
    assert LessonPage.objects.descendant_of(course).count() == 21
    quizzes = QuizPage.objects.descendant_of(course)
    assert quizzes.count() == 7
    assert sum(quiz.slots.count() for quiz in quizzes) == Question.objects.count() == 54
    first = QuizPage.objects.child_of(ModulePage.objects.get(slug="public-service-mutuals")).get()
    assert (first.pass_mark, first.attempts_allowed, first.grading_method) == (70, 3, "highest")
    assert (first.show_feedback, first.show_correct_answers, first.questions_per_page) == ("once_passed",) * 2 + (3,)
    assert {str(question.category) for question in Question.objects.all()} >= {
        "Commissioning and mutualisation / Public service mutuals"
    }


@pytest.mark.django_db
def test_the_command_checks_the_demo_folder_without_writing():
    stdout = StringIO()
    call_command("import_course", str(COURSE_FOLDER), "--check", stdout=stdout)
    assert "7 modules and 28 items, no problems found" in stdout.getvalue()
    assert not CoursePage.objects.exists()


@pytest.fixture
def demo_copy(tmp_path):
    return shutil.copytree(COURSE_FOLDER, tmp_path / "course")


def _nothing_written():
    return not (
        CoursePage.objects.exists()
        or LessonPage.objects.exists()
        or QuizPage.objects.exists()
        or Question.objects.exists()
        or QuestionCategory.objects.exists()
    )


@pytest.mark.django_db
def test_a_bad_question_in_a_copy_of_the_demo_is_reported_with_its_file_and_line_and_nothing_is_written(demo_copy):
    questions = demo_copy / FIRST_MODULE / "questions.xml"
    text = questions.read_text()
    questions.write_text(
        text.replace('<answer fraction="100" format="html">', '<answer fraction="0" format="html">', 1)
    )
    line = text[: text.index('<answer fraction="100" format="html">')].count("\n") + 1
    course_index()
    stderr = StringIO()
    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_course", str(demo_copy), stderr=stderr)
    assert (
        f"{questions}:{line}: Spotting a public service mutual (scenario): At least one choice must have a fraction"
        in stderr.getvalue()
    )
    assert _nothing_written()


@pytest.mark.django_db
def test_a_bad_quiz_setting_is_reported_on_its_line(demo_copy):
    quiz = demo_copy / FIRST_MODULE / "04-check-your-understanding.md"
    quiz.write_text(quiz.read_text().replace("grading_method: highest", "grading_method: best"))
    with pytest.raises(CourseImportError) as raised:
        import_course(demo_copy, index=course_index())
    (problem,) = raised.value.problems
    assert str(problem).startswith(f"{quiz}:8: 'grading_method': Input should be 'highest'")
    assert _nothing_written()


@pytest.mark.django_db
def test_a_failure_while_writing_leaves_nothing_half_written(demo_copy, monkeypatch):
    calls = []

    def fail_on_the_third_quiz(**kwargs):
        calls.append(kwargs)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(**kwargs)

    real = course_items.import_questions
    monkeypatch.setattr(course_items, "import_questions", fail_on_the_third_quiz)
    index = course_index()
    with pytest.raises(RuntimeError, match="disk full"):
        import_course(demo_copy, index=index)
    assert _nothing_written()
