"""Course authors' tools in a real browser, each page checked with axe: a question's versions and what changed,
previews of a question and a quiz that store nothing, the quiz report by version, learner and answer, the import
preview and the category tree."""

import os
import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from assessments.models import Attempt
from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from assessments.services.questions import record_version
from courses.authoring import AUTHORS, ensure_authoring_setup
from courses.models import ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import RIGHT, make_category, make_question, make_quiz
from tests.courses.factories import make_course
from tests.e2e.conftest import WCAG_TAGS, assert_accessible, inject_axe, sign_in

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = os.environ.get("ACADEMY_SCREENSHOTS", "")


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=True)


def axe_violations_in(page, selector: str) -> list[str]:
    inject_axe(page)
    result = page.evaluate(
        "async ([selector, tags]) => await axe.run(selector, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        [selector, WCAG_TAGS],
    )
    return [violation["id"] for violation in result["violations"]]


@pytest.fixture
def author():
    ensure_authoring_setup()
    user = UserFactory(full_name="Asha Author")
    user.groups.add(Group.objects.get(name=AUTHORS))
    return user


@pytest.fixture
def quiz(site_root):
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()
    bank = make_category("Mutuals")
    make_category("Week 2", parent=make_category("Module 1", parent=bank))
    return make_quiz(module, questions=[make_question("single_choice", category=bank), make_question("numeric")])


def learner_attempt(quiz, answers):
    attempt = start_attempt(user=UserFactory(full_name="Lara Learner"), quiz=quiz)
    save_responses(attempt=attempt, responses=answers)
    return submit_attempt(attempt=attempt)


def test_versions_compare_and_question_preview(page, author, quiz):
    question = quiz.slots.first().question
    learner_attempt(quiz, {1: RIGHT["single_choice"]})
    sign_in(page, author)
    page.goto(f"/admin/snippets/assessments/question/edit/{question.pk}/")
    expect(page.get_by_text("Attempted by 1 learner: saving a change creates version 2.")).to_be_visible()
    # Axe on the notice only: Wagtail's own rich text editors on this form have violations of their own.
    assert axe_violations_in(page, "[data-version-notice]") == []
    shot(page, "question-edit-warning")
    question.text = "<p>Which <strong>department</strong> led the 2013 support?</p>"
    question.save()
    assert record_version(question=question).number == 2

    page.goto(f"/admin/snippets/assessments/question/edit/{question.pk}/")
    assert page.get_by_text("Attempted by 0 learners").count() == 0
    expect(page.get_by_text("Not attempted yet: saving a change updates version 2.")).to_be_visible()
    shot(page, "question-edit-notice")

    page.get_by_role("link", name="See its versions (2)").click()
    page.wait_for_url(re.compile(r".*/versions/$"))
    expect(page.get_by_role("heading", name=question.name)).to_be_visible()
    assert_accessible(page)
    shot(page, "question-versions")

    page.get_by_role("link", name="Compare with version 1").click()
    expect(page.get_by_role("rowheader", name="Question text")).to_be_visible()
    assert_accessible(page)
    shot(page, "question-compare")

    page.goto(f"/quizzes/questions/{question.pk}/versions/compare/?before=2&after=2")
    expect(page.get_by_role("link", name="Choose two different versions")).to_be_visible()
    expect(page).to_have_title(re.compile(r"^Error: "))  # waits for the page the click loads
    assert_accessible(page)

    page.goto(f"/quizzes/questions/{question.pk}/preview/?version=1")
    expect(page.get_by_text("This is a preview")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("The Cabinet Office").check()
    page.get_by_role("button", name="Check answers").click()
    expect(page.get_by_text("Correct", exact=True)).to_be_visible()
    assert_accessible(page)
    shot(page, "question-preview-result")
    assert Attempt.objects.count() == 1  # the learner's only


def test_quiz_preview_and_the_report_in_detail(page, author, quiz):
    learner_attempt(quiz, {1: {"choice": "b"}, 2: RIGHT["numeric"]})
    sign_in(page, author)
    page.goto(f"/quizzes/{quiz.pk}/preview/")
    assert_accessible(page)
    number = page.locator("#question-2 input[type=text]")
    number.fill("lots")
    page.get_by_role("button", name="Check answers").click()
    expect(page.get_by_role("link", name=re.compile("Enter a number for question 2"))).to_be_visible()
    assert_accessible(page)
    number.fill("4242.5")
    page.get_by_role("button", name="Check answers").click()
    expect(page.get_by_role("heading", name=re.compile("Marks: 1 out of 2"))).to_be_visible()
    assert_accessible(page)
    shot(page, "quiz-preview-result")
    assert Attempt.objects.count() == 1

    page.goto(f"/quizzes/{quiz.pk}/report/")
    expect(page.get_by_role("link", name=re.compile("Attempt 1"))).to_be_visible()
    assert_accessible(page)
    shot(page, "quiz-report")
    page.get_by_role("link", name=re.compile("Attempt 1")).click()
    expect(page.get_by_role("heading", name="Lara Learner, attempt 1")).to_be_visible()
    assert_accessible(page)
    shot(page, "quiz-report-attempt")


def test_import_preview_and_category_tree(page, author, quiz, tmp_path):
    gift = tmp_path / "bank.gift"
    gift.write_text(
        "::Lead body:: WHICH body led the 2013 support for employee-led mutuals? {=Cabinet Office ~Treasury}\n\n"
        "::Long:: <b>Social</b> value " + "word " * 40 + "{TRUE}\n"
    )
    sign_in(page, author)
    page.goto("/admin/question-bank/import/")
    page.get_by_label("Import into category").select_option(label="Mutuals")
    page.get_by_label("Question file").set_input_files(str(gift))
    page.get_by_role("button", name="Preview import").click()
    expect(page.get_by_text(re.compile("Possible duplicate"))).to_be_visible()
    expect(page.get_by_role("cell", name="True or false")).to_be_visible()
    assert_accessible(page)
    shot(page, "import-preview")

    page.goto("/admin/snippets/assessments/questioncategory/")
    assert_accessible(page)
    shot(page, "category-tree")
