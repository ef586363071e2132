"""Site pages from a folder of Markdown files (the demo's site/ folder): checked whole, problems with file and line."""

from pathlib import Path

import pytest

from courses.demo.site import SITE_FOLDER
from courses.importing.loader import CourseImportError
from courses.importing.pages import check_site_folder, import_site_pages
from courses.models import StandardPage
from tests.courses.factories import course_index

pytestmark = pytest.mark.django_db

HOME = "---\ntitle: Home\nlead: Welcome.\n---\nSome **text**.\n"
PAGE = """---
title: Cookies
slug: cookies
lead: The cookies we use.
last_reviewed: 2026-11-25
---
## Essential cookies

:::table Cookies we set
| Name | Purpose |
| --- | --- |
| sessionid | Keeps you signed in |
:::
"""


def write_site(root: Path, **files: str) -> Path:
    for name, text in {"home.md": HOME, "01-cookies.md": PAGE, **files}.items():
        (root / name).write_text(text)
    return root


def test_the_demo_site_folder_has_no_problems():
    folder = check_site_folder(SITE_FOLDER)
    assert folder.home.meta.title == "Commissioning Academy"
    assert [page.meta.slug for page in folder.pages] == ["accessibility-statement", "privacy", "cookies"]


def test_site_pages_are_created_once_and_kept_when_imported_again(tmp_path):
    home = course_index().get_parent().specific
    folder = write_site(tmp_path)
    page = import_site_pages(folder, home=home)["cookies"]
    assert page.live and page.last_reviewed.isoformat() == "2026-11-25"
    assert [block.block_type for block in page.body] == ["heading", "table"]
    page.title = "Edited"
    page.save_revision().publish()
    import_site_pages(folder, home=home)
    assert StandardPage.objects.get(slug="cookies").title == "Edited"


@pytest.mark.parametrize(
    ("files", "where", "message"),
    [
        (
            {"01-cookies.md": PAGE + "\n:::quote Someone\nWords.\n:::\n"},
            "01-cookies.md:15",
            "':::quote' cannot be used",
        ),
        ({"01-cookies.md": PAGE.replace("slug: cookies", "slug: Cookies!")}, "01-cookies.md:3", "'slug'"),
        ({"02-again.md": PAGE}, "02-again.md:3", "slug 'cookies' is also used"),
        ({"home.md": HOME + "\n## A heading\n"}, "home.md:7", "Only paragraphs, lists and links"),
        ({"home.md": "---\nlead: Welcome.\n---\n"}, "home.md:1", "'title' is missing"),
    ],
)
def test_a_bad_site_file_is_reported_with_its_line_and_nothing_is_written(tmp_path, files, where, message):
    home = course_index().get_parent().specific
    with pytest.raises(CourseImportError) as raised:
        import_site_pages(write_site(tmp_path, **files), home=home)
    reported = [str(problem) for problem in raised.value.problems]
    assert any(where in line and message in line for line in reported), reported
    assert not StandardPage.objects.exists()
