"""`manage.py import_course FOLDER`: a course from Markdown files, all of it or nothing, problems with file and line."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from courses.importing.loader import CourseImportError, import_course
from courses.models import CoursePage, LessonPage, ModulePage
from tests.courses.factories import course_index

pytestmark = pytest.mark.django_db

COURSE = """---
title: Commissioning basics
slug: commissioning-basics
summary: The essentials.
audience: New commissioners.
estimated_hours: 1.5
learning_outcomes:
  - explain what commissioning is
last_reviewed: 2026-11-25
---
An **introduction**.
"""
MODULE = """---
title: Getting started
slug: getting-started
---
What this module covers.
"""
LESSON = """---
title: What commissioning is
slug: what-commissioning-is
summary: The cycle of commissioning.
sources:
  - The 2013 government response
---
Commissioning is a cycle.

:::inset
Plan, do, review.
:::
"""


def write_course(root: Path, **overrides) -> Path:
    files = {
        "course.md": COURSE,
        "01-getting-started/module.md": MODULE,
        "01-getting-started/01-what.md": LESSON,
        "01-getting-started/02-more.md": LESSON.replace("what-commissioning-is", "more").replace(
            "What commissioning is", "More"
        ),
        **overrides,
    }
    for name, text in files.items():
        if text is None:
            continue
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_a_course_folder_becomes_published_pages_in_file_order(tmp_path):
    course = import_course(write_course(tmp_path), index=course_index())
    assert (course.title, course.slug, float(course.estimated_hours)) == (
        "Commissioning basics",
        "commissioning-basics",
        1.5,
    )
    assert "<strong>introduction</strong>" in course.introduction
    module = ModulePage.objects.child_of(course).get()
    lessons = [page.specific for page in module.get_children()]
    assert [lesson.slug for lesson in lessons] == ["what-commissioning-is", "more"]
    lesson = lessons[0]
    assert lesson.live and [block.block_type for block in lesson.body] == ["paragraph", "inset"]
    assert [source.value for source in lesson.sources] == ["The 2013 government response"]
    assert lesson.last_reviewed.isoformat() == "2026-11-25"


def test_importing_again_adds_only_what_is_missing_and_keeps_edits(tmp_path):
    folder = write_course(tmp_path)
    course = import_course(folder, index=course_index())
    lesson = LessonPage.objects.get(slug="more")
    lesson.title = "Edited by an author"
    lesson.save_revision().publish()
    (folder / "01-getting-started" / "03-new.md").write_text(LESSON.replace("what-commissioning-is", "new"))
    import_course(folder, index=course_index())
    assert LessonPage.objects.get(slug="more").title == "Edited by an author"
    assert LessonPage.objects.child_of(ModulePage.objects.child_of(course).get()).count() == 3
    assert CoursePage.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "text", "where", "message"),
    [
        ("course.md", COURSE.replace("slug: commissioning-basics", "slug: Not A Slug"), "course.md:3", "'slug'"),
        ("course.md", COURSE.replace("audience: New commissioners.\n", ""), "course.md:1", "'audience' is missing"),
        ("course.md", COURSE.replace("---\nAn", "colour: red\n---\nAn"), "course.md:10", "Unknown key 'colour'"),
        ("course.md", "No front matter here", "course.md:1", "front matter"),
        ("course.md", "---\ntitle: [unclosed\n---\n", "course.md:2", "not valid YAML"),
        ("01-getting-started/module.md", None, "01-getting-started:0", "no module.md"),
        ("01-getting-started/01-what.md", LESSON + "\n# Big title\n", "01-what.md:14", "Use ## for a section heading"),
        (
            "01-getting-started/01-what.md",
            LESSON.replace("---\nCommissioning", "type: survey\n---\nCommissioning"),
            "01-what.md:7",
            "Unknown item type 'survey'",
        ),
        ("01-getting-started/02-more.md", LESSON, "02-more.md:3", "slug 'what-commissioning-is' is also used"),
    ],
)
def test_a_bad_file_is_reported_with_its_line_and_nothing_is_written(tmp_path, name, text, where, message):
    folder = write_course(tmp_path, **{name: text})
    if text is None:
        (folder / name).unlink(missing_ok=True)
    with pytest.raises(CourseImportError) as raised:
        import_course(folder, index=course_index())
    reported = [str(problem) for problem in raised.value.problems]
    assert any(where in line and message in line for line in reported), reported
    assert not CoursePage.objects.exists() and not LessonPage.objects.exists()


def test_the_command_lists_problems_and_exits_with_an_error(tmp_path):
    folder = write_course(tmp_path, **{"course.md": COURSE.replace("estimated_hours: 1.5", "estimated_hours: lots")})
    course_index()
    stderr = StringIO()
    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_course", str(folder), stderr=stderr)
    assert "course.md:6: 'estimated_hours'" in stderr.getvalue()
    assert not CoursePage.objects.exists()


def test_the_command_checks_without_writing(tmp_path):
    stdout = StringIO()
    call_command("import_course", str(write_course(tmp_path)), "--check", stdout=stdout)
    assert "1 modules and 2 items, no problems found" in stdout.getvalue()
    assert not CoursePage.objects.exists()


def test_the_command_refuses_a_missing_folder(tmp_path):
    with pytest.raises(CommandError, match="No such folder"):
        call_command("import_course", str(tmp_path / "nope"))
