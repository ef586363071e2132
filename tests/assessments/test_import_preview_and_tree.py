"""Import preview details (duplicates by normalised text, sanitised and shortened text, readable types) and the
category tree in the category listing and chooser."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from assessments.models import QuestionCategory
from tests.assessments.factories import make_category, make_question
from tests.assessments.test_import_admin import preview, table_rows

pytestmark = pytest.mark.django_db

CREATED = "Questions that will be created"
GIFT = (
    "::Lead body:: <b>WHICH</b>   body led the 2013 support for employee-led mutuals? {=Cabinet Office ~Treasury}\n\n"
    "::Long:: <script>alert(1)</script>" + "word " * 60 + "{TRUE}\n"
)


def test_a_question_with_the_same_text_under_another_name_is_a_likely_duplicate(admin_client):
    bank = make_category("Bank")
    make_question("single_choice", category=bank, name="Old name")
    rows = table_rows(preview(admin_client, bank, name="bank.gift", content=GIFT).content.decode(), CREATED)
    assert rows[0][1:3] == ["Single choice", "Lead body"]
    assert rows[0][5] == "Possible duplicate: “Old name” in Bank has the same text."
    assert rows[1][5] == ""  # different text: no warning


def test_the_preview_shows_sanitised_shortened_text_and_readable_types(admin_client):
    bank = make_category("Bank")
    response = preview(admin_client, bank, name="bank.gift", content=GIFT)
    html = response.content.decode()
    rows = table_rows(html, CREATED)
    assert rows[1][1] == "True or false"
    assert rows[1][3].startswith("word word") and rows[1][3].endswith("…") and len(rows[1][3]) <= 120
    assert "<script>" not in html and "alert(1)" not in rows[1][3]


@pytest.fixture
def tree():
    bank = make_category("Bank")
    module = make_category("Module 1", parent=bank)
    make_category("Week 2", parent=module)
    make_category("Archive")
    make_category("A sub", parent=bank)
    return bank


def listing_names(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [span.get_text().strip("\n ") for span in soup.select("td.title .title-wrapper a span")]


def test_the_category_listing_is_a_tree_with_sub_categories_indented(admin_client, tree):
    html = admin_client.get(reverse("wagtailsnippets_assessments_questioncategory:list")).content.decode()
    names = listing_names(html)
    assert [name.strip("\u2003") for name in names] == ["Archive", "Bank", "A sub", "Module 1", "Week 2"]
    assert [len(name) - len(name.lstrip("\u2003")) for name in names] == [0, 0, 2, 2, 4]
    assert "Bank / Module 1 / Week 2" in html


def test_the_category_listing_query_count_does_not_grow_with_categories(
    admin_client,
    tree,
    django_assert_max_num_queries,
):
    url = reverse("wagtailsnippets_assessments_questioncategory:list")
    admin_client.get(url)
    with django_assert_max_num_queries(30) as few:
        admin_client.get(url)
    parent = tree
    for number in range(8):
        parent = QuestionCategory.objects.create(name=f"Level {number}", parent=parent)
    with django_assert_max_num_queries(30) as many:
        admin_client.get(url)
    assert len(few.captured_queries) == len(many.captured_queries)


def test_the_category_chooser_lists_the_tree(admin_client, tree):
    html = admin_client.get(reverse("wagtailsnippetchoosers_assessments_questioncategory:choose")).json()["html"]
    soup = BeautifulSoup(html, "html.parser")
    labels = [" ".join(link.get_text(" ").split()) for link in soup.select("a[data-chooser-modal-choice]")]
    assert labels == ["Archive", "Bank", "A sub (in Bank)", "Module 1 (in Bank)", "Week 2 (in Bank / Module 1)"]
