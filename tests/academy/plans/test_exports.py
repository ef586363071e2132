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


def _tagged(pdf: bytes) -> list[tuple[str, str]]:
    """(structure type, text) of each element under the Document, in reading order, across every page."""
    reader = PdfReader(io.BytesIO(pdf))
    page_numbers = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages)}
    texts: dict[tuple[int, int], list[str]] = {}
    for number, page in enumerate(reader.pages):
        stack: list = []

        def before(operator, operands, cm, tm, stack=stack):
            if operator == b"BDC":
                stack.append(operands[1].get("/MCID") if hasattr(operands[1], "get") else None)
            elif operator == b"EMC":
                stack.pop()

        def text(value, cm, tm, font, size, stack=stack, number=number):
            if value.strip() and stack and stack[-1] is not None:
                texts.setdefault((number, int(stack[-1])), []).append(value.strip())

        page.extract_text(visitor_operand_before=before, visitor_text=text)
    document = reader.trailer["/Root"]["/StructTreeRoot"].get_object()["/K"].get_object()
    elements = []
    for kid in document["/K"]:
        element = kid.get_object()
        page = page_numbers[element.raw_get("/Pg").idnum]
        elements.append((str(element["/S"])[1:], " ".join(texts.get((page, int(element["/K"])), []))))
    return elements


def _loose_marks(pdf: bytes) -> list[str]:
    """Painting operators outside any marked content, on any page."""
    painting = {b"Tj", b"TJ", b"'", b'"', b"f", b"F", b"f*", b"S", b"s", b"B", b"B*", b"b", b"b*", b"Do"}
    loose = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        depth = 0
        for _, operator in page.get_contents().operations:
            if operator in (b"BDC", b"BMC"):
                depth += 1
            elif operator == b"EMC":
                depth -= 1
            elif operator in painting and depth == 0:
                loose.append(operator.decode())
    return loose


def test_the_pdf_pack_is_tagged_with_headings_in_reading_order_on_every_page(cohort):
    cohort, _ = cohort
    pdf = exports.plans_pdf(cohort)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]
    assert len(reader.pages) >= 4
    assert [page["/StructParents"] for page in reader.pages] == list(range(len(reader.pages)))
    elements = _tagged(pdf)
    assert elements[0] == ("H1", "100-day plans: Board cohort")
    assert ("H2", "Contents") in elements
    assert ("H2", "Joint commissioning of respite") in elements
    assert elements.count(("H3", "Commissioning challenge")) == 3
    assert ("P", "Café <b>menus</b> & ünïcode ✓") in elements
    assert all(text for _, text in elements), "every element has text"
    assert _loose_marks(pdf) == []
