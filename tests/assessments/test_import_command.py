"""manage.py import_questions: lists what is created and skipped; writes nothing (not even the category) when it
imports nothing; refuses files that are too large or malformed with a clear message and a non-zero exit."""

import io
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from assessments.management.commands import import_questions as command
from assessments.models import Question, QuestionCategory, QuestionImport

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_questions", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def copy_fixture(tmp_path, name):
    path = tmp_path / name
    path.write_bytes((FIXTURES / name).read_bytes())
    return path


def test_import_lists_created_and_skipped_items_like_the_preview(tmp_path):
    out, _ = run(str(copy_fixture(tmp_path, "mixed_bank.gift")), "--category", "CLI bank")
    lines = out.splitlines()
    assert lines[:8] == [
        "Will be created (6):",
        "  line 6: Single choice: Procurement Act: Which Act replaced the Public Contracts Regulations 2015?",
        '  line 11: Essay (marked by a person): Reflection: In a paragraph, say what "most advantageous tender" '
        "means for your service.",
        "  line 13: Essay (marked by a person): Reflection with guidance: Describe one risk of spinning out a service.",
        "  line 15: Numeric: Reserved contract term: For how many years at most may a reserved contract run?",
        "  line 20: Numeric: Launch year: In which year was the Commissioning Academy launched?",
        "  line 39: True or false: Mutual: A public service mutual is managed and controlled by its employees.",
        "Skipped (4):",
    ]
    assert "    line 33: Invalid answer weight '%fifty%A': use a percentage such as %50% or %-25%." in lines
    assert lines[-1] == "Imported 6 question(s) into CLI bank; skipped 4."
    assert Question.objects.filter(category__parent__name="CLI bank").count() == 5
    assert QuestionImport.objects.get().file_name == "mixed_bank.gift"


def test_a_file_with_nothing_to_import_creates_nothing_not_even_the_category(tmp_path):
    path = tmp_path / "skipped.gift"
    path.write_text("This is a description.\n")
    with pytest.raises(CommandError, match="no questions that can be imported"):
        run(str(path), "--category", "CLI bank")
    assert QuestionCategory.objects.count() == 0


def test_a_malformed_file_is_refused_with_its_lines_and_creates_nothing(tmp_path):
    err = io.StringIO()
    path = copy_fixture(tmp_path, "malformed.gift")
    with pytest.raises(CommandError, match=r"2 problem\(s\) found; nothing was imported"):
        call_command("import_questions", str(path), "--category", "CLI bank", stdout=io.StringIO(), stderr=err)
    assert err.getvalue().splitlines() == [
        f"{path}:7: The answer block has no closing '}}'.",
        f"{path}:10: Found '}}' without an opening '{{'; escape a literal brace as \\}}.",
    ]
    assert (QuestionCategory.objects.count(), Question.objects.count()) == (0, 0)


def test_a_file_over_two_megabytes_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.gift"
    path.write_bytes(b"// " + b"x" * (2 * 1024 * 1024) + b"\n::Q:: Yes? {T}\n")
    with pytest.raises(CommandError) as refused:
        run(str(path), "--category", "CLI bank")
    assert str(refused.value) == command.TOO_LARGE.format(path=path)
    assert QuestionCategory.objects.count() == 0


def test_a_dry_run_lists_the_items_and_writes_nothing(tmp_path):
    out, _ = run(str(copy_fixture(tmp_path, "mixed_bank.xml")), "--category", "CLI bank", "--dry-run")
    assert out.splitlines()[-1] == "Dry run: 5 question(s) would be imported; nothing was written."
    assert "    warning: Image 'chart.png' has no alt text: add it in the question editor." in out
    assert (QuestionCategory.objects.count(), Question.objects.count()) == (0, 0)


def test_images_imported_from_the_command_line_are_stored(tmp_path):
    from wagtail.images import get_image_model

    run(str(copy_fixture(tmp_path, "mixed_bank.xml")), "--category", "CLI bank")
    assert sorted(get_image_model().objects.values_list("title", flat=True)) == ["chart.png", "region map.png"]


def test_the_command_exits_with_a_non_zero_status_on_a_malformed_file(tmp_path):
    path = copy_fixture(tmp_path, "doctype.xml")
    finished = subprocess.run(
        [sys.executable, "manage.py", "import_questions", str(path), "--category", "CLI bank"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 1
    assert f"{path}:2: Files with a DOCTYPE or ENTITY declaration are refused" in finished.stderr
    assert "1 problem(s) found; nothing was imported." in finished.stderr
