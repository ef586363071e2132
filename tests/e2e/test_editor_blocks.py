"""In the page editor: the block chooser says how learners see each block, a table whose rows do not match its header
is refused with the row number, and a quiz slot shows only the fields for its kind."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from courses.authoring import AUTHORS, ensure_authoring_setup
from courses.models import LessonPage, ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import make_category, make_question, make_quiz
from tests.courses.factories import make_course
from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def author():
    ensure_authoring_setup()
    user = UserFactory()
    user.groups.add(Group.objects.get(name=AUTHORS))
    return user


def test_the_block_chooser_describes_each_block_and_a_ragged_table_is_refused(page, site_root, author, tmp_path):
    course = make_course(modules=1, lessons=1)
    lesson = LessonPage.objects.descendant_of(course).get()
    # Stored without the editor's validation, as an older import could have: the editor must catch it on saving.
    lesson.body = [{"type": "table", "value": {"caption": "Dates", "header": ["When", "What"], "rows": [["2013"]]}}]
    lesson.save_revision()

    sign_in(page, author)
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.get_by_role("button", name="Insert a block").first.click()
    table_option = page.locator(".w-combobox__option-row", has=page.get_by_role("option", name="Table"))
    table_option.get_by_role("button", name="Preview").click()
    expect(page.get_by_text("A table of data with a caption and a header row.").first).to_be_visible()
    page.screenshot(path=tmp_path / "chooser.png")
    page.keyboard.press("Escape")

    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Row 1 has 1 cell; give it 2 to match the header row.")).to_be_visible()
    page.screenshot(path=tmp_path / "table-error.png", full_page=True)
    # The preview validates with the same form, so it refuses the same table rather than showing it.
    page.get_by_role("button", name="Toggle preview").click()
    expect(page.get_by_text("Correct the validation errors to resume preview")).to_be_visible()


def test_a_quiz_slot_shows_only_the_fields_for_its_kind(page, site_root, author, tmp_path):
    course = make_course(modules=1, lessons=1)
    module = ModulePage.objects.child_of(course).get()
    quiz = make_quiz(module, questions=[make_question()])
    make_category("Another bank")

    sign_in(page, author)
    page.goto(f"/admin/pages/{quiz.pk}/edit/")
    kind = page.locator("#id_slots-0-kind")

    def field(name):
        return page.locator(".w-panel__wrapper", has=page.locator(f"#id_slots-0-{name}")).last

    question, count, category = field("question"), field("count"), field("category")
    expect(kind).to_have_value("fixed")
    expect(question).to_be_visible()
    expect(count).to_be_hidden()
    expect(category).to_be_hidden()
    page.screenshot(path=tmp_path / "fixed-slot.png", full_page=True)
    kind.select_option("random")
    expect(count).to_be_visible()
    expect(category).to_be_visible()
    expect(question).to_be_hidden()
    expect(page.get_by_text("Question", exact=True).filter(visible=True)).to_have_count(0)  # the label goes too
    page.screenshot(path=tmp_path / "random-slot.png", full_page=True)

    # Switching back after typing a number of random questions: the hidden number must not block saving.
    page.locator("#id_slots-0-count").fill("3")
    kind.select_option("fixed")
    expect(count).to_be_hidden()
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text("has been updated")
    slot = quiz.get_latest_revision_as_object().slots.get()
    assert (slot.kind, slot.count, slot.category_id) == ("fixed", 1, None)
