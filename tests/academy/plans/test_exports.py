"""The lead's exports: a status spreadsheet (formulas neutralised) and the PDF pack (title, language, outline)."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from academy.plans import exports, selectors, services
from tests.academy.cohorts.factories import add_learner
from tests.academy.plans.factories import plan_cohort, ratings, submitted_plan, written_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort():
    cohort, lead = plan_cohort(name="Board cohort")
    submitted_plan(cohort, full_name="=cmd|' /C calc'!A0")
    accepted = submitted_plan(cohort, full_name="Alice Accepted", title="Joint commissioning of respite")
    services.accept_plan(plan=accepted, lead=lead)
    written_plan(cohort, full_name="Dana Draft", challenge="Café <b>menus</b> & ünïcode ✓")
    add_learner(cohort, full_name="Nobody Yet")
    return cohort, lead


def test_the_csv_lists_every_member_with_their_status_and_neutralises_formulas(client, cohort):
    cohort, lead = cohort
    client.force_login(lead)
    response = client.get(reverse("plans:export", args=[cohort.pk, "csv"]))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "'=cmd|" in text
    assert "Alice Accepted" in text and "Accepted" in text and "Not started" in text and "Draft" in text


def test_the_xlsx_has_a_row_per_member(client, cohort):
    cohort, lead = cohort
    client.force_login(lead)
    response = client.get(reverse("plans:export", args=[cohort.pk, "xlsx"]))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][:5] == ("Name", "Email", "Organisation", "Group", "Plan status")
    assert len(rows) == 5


def test_the_pdf_pack_has_a_title_language_and_a_bookmark_per_plan(client, cohort):
    cohort, lead = cohort
    client.force_login(lead)
    response = client.get(reverse("plans:export", args=[cohort.pk, "pdf"]))
    reader = PdfReader(io.BytesIO(response.content))
    assert reader.metadata.title == "100-day plans: Board cohort"
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "100-day plans: Board cohort" in titles
    nested = [
        entry.title
        for item in reader.outline
        if isinstance(item, list)
        for entry in item
        if not isinstance(entry, list)
    ]
    assert "Joint commissioning of respite" in nested
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Café <b>menus</b> & ünïcode ✓" in text


def test_the_pdf_of_a_cohort_without_plans_says_so():
    cohort, _ = plan_cohort(name="Empty")
    reader = PdfReader(io.BytesIO(exports.plans_pdf(cohort)))
    assert "No one has started a plan yet." in reader.pages[0].extract_text()


def test_plan_status_by_member_reads_two_queries_whatever_the_size(django_assert_num_queries):
    cohort, lead = plan_cohort()
    waiting = submitted_plan(cohort, full_name="Wendy Waiting")
    given = submitted_plan(cohort, full_name="Gail Given")
    services.give_feedback(plan=given, reviewer=lead, ratings=ratings(), summary="")
    nobody = add_learner(cohort).user
    with django_assert_num_queries(2):
        statuses = selectors.plan_status_by_member(cohort)
    assert statuses == {
        waiting.owner_id: "Awaiting feedback",
        given.owner_id: "Feedback given",
        nobody.pk: "Not started",
    }
    assert [uid for uid, label in statuses.items() if selectors.is_awaiting_feedback(label)] == [waiting.owner_id]
    members = cohort.memberships.filter(selectors.awaiting_feedback_q(cohort))
    assert list(members.values_list("user_id", flat=True)) == [waiting.owner_id]
