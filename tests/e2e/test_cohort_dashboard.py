"""The lead's dashboard and its module drill-down in a browser, at a phone's width (320 CSS px) and a laptop's
(1280): no horizontal scrolling of the page, the learner's name stays in view while the table scrolls, and axe
finds nothing (WCAG 2.2 AA). Screenshots of each go to ACADEMY_SCREENSHOT_DIR (or pytest's tmp_path)."""

import io
import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from academy.accounts.demo import DEMO_PASSWORD
from academy.cohorts.demo import DEMO_COHORT_NAME, DEMO_LEAD_EMAIL
from academy.cohorts.models import Cohort
from tests.database_template import built_on
from tests.e2e.conftest import assert_accessible, sign_in

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = (320, 1280)


def screenshot(page, tmp_path, name: str) -> Path:
    folder = Path(os.environ.get("ACADEMY_SCREENSHOT_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# The outermost elements that stick out of the window, to say what broke the layout.
WIDER_THAN_THE_WINDOW = """() => {
    const clipper = el => el.closest(".app-table-scroll");
    return [...document.querySelectorAll("body *")]
        .filter(el => el.getBoundingClientRect().right > window.innerWidth + 0.5
            && (!clipper(el) || getComputedStyle(el).position === "absolute"))
        .slice(0, 8).map(el => el.tagName.toLowerCase() + "." + [...el.classList].join(".") + ":" + el.getBoundingClientRect().right);
}"""


def assert_no_horizontal_page_scroll(page) -> None:
    scroll_width, inner_width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll_width <= inner_width, (page.url, scroll_width, inner_width, page.evaluate(WIDER_THAN_THE_WINDOW))


@pytest.fixture
def demo_cohort(site_root):
    def load_demo():
        call_command("load_demo", stdout=io.StringIO())
        return Cohort.objects.get(name=DEMO_COHORT_NAME).pk

    return Cohort.objects.get(pk=built_on("demo", load_demo, saved=True))


def test_the_dashboard_and_a_module_drill_down_fit_a_phone_and_a_laptop(page, demo_cohort, tmp_path):
    sign_in(page, DEMO_LEAD_EMAIL, DEMO_PASSWORD)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"/cohorts/{demo_cohort.pk}/")
        assert page.get_by_role("img", name="Progress by module").is_visible()
        assert page.get_by_role("img", name="Quiz pass rates").is_visible()
        assert page.get_by_role("img", name="Learners who completed").is_visible()
        screenshot(page, tmp_path, f"dashboard-{width}")
        assert_no_horizontal_page_scroll(page)
        assert_accessible(page)

        region = page.get_by_role("region", name="Learners’ progress")
        region.focus()  # the table scrolls by keyboard inside its own region
        assert region.evaluate("element => document.activeElement === element")
        first_cell = region.locator("tbody th").first
        assert first_cell.evaluate("cell => getComputedStyle(cell).position") == "sticky"

        page.get_by_role("link", name="7. ").first.click()  # the last module: off-screen in the old grid
        expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Module 7"))
        expect(page.locator("tbody tr", has_text="Amira Khan")).to_contain_text("Completed")  # finished the course
        expect(page.locator("tbody tr", has_text="Carys Jones")).to_contain_text("Not started")  # up to module 5
        screenshot(page, tmp_path, f"module-{width}")
        assert_no_horizontal_page_scroll(page)
        assert_accessible(page)


def test_the_timeline_table_opens_from_its_details(page, demo_cohort):
    sign_in(page, DEMO_LEAD_EMAIL, DEMO_PASSWORD)
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(f"/cohorts/{demo_cohort.pk}/")
    page.get_by_text("Completion over time as a table").click()
    table = page.get_by_role("table", name="Learners who had completed the course")
    expect(table).to_be_visible()
    assert "(today)" in table.inner_text()
    assert_no_horizontal_page_scroll(page)
    assert_accessible(page)
