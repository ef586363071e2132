"""The question bank's search boxes in the Wagtail admin: a course author finds questions by name or text, categories
by name, and any text typed into them (or into the page search) gives a page, never a server error."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from academy.accounts.models import User
from assessments.models import QuestionCategory
from assessments.services.questions import create_question
from courses.authoring import AUTHORS
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import SPECS, make_category
from tests.built_once import rolled_back_at_the_end

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]

QUESTIONS_URL = "/admin/snippets/assessments/question/"
CATEGORIES_URL = "/admin/snippets/assessments/questioncategory/"
PAGE_SEARCH_URL = "/admin/pages/search/"
HOSTILE_QUERIES = [
    '"',
    '"unterminated',
    "AND",
    "OR",
    "NOT",
    "(",
    ")",
    "*",
    "-",
    "\\",
    "'",
    ":",
    "name:x",
    "\x00",
    "a\x01b",
    "\x1f",
    "x" * 5000,
    "😀",
    '"asset" AND (lock OR -',
    "\u200b",
    "́",
]


@pytest.fixture(scope="module")
def _author_and_bank(django_db_setup, django_db_blocker):
    """An author, and two questions in two categories, each with words the other lacks: indexed once for the module."""
    with rolled_back_at_the_end(django_db_blocker, search_index=True):
        author = UserFactory()
        author.groups.add(Group.objects.get(name=AUTHORS))
        locks = make_category("Asset locks")
        value = make_category("Social value")
        create_question(category=locks, name="Asset lock holders", spec=SPECS["multiple_response"])
        create_question(category=value, name="Social Value Act date", spec=SPECS["true_false"])
        yield author.pk


@pytest.fixture
def author_client(client, _author_and_bank):
    client.force_login(User.objects.get(pk=_author_and_bank))
    return client


@pytest.fixture
def bank(_author_and_bank):
    """The two questions (built with the author, once)."""


def listing(client, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_an_author_finds_a_question_by_a_word_of_its_name(author_client, bank):
    html = listing(author_client, QUESTIONS_URL, "holders")
    assert "Asset lock holders" in html
    assert "Social Value Act date" not in html


def test_an_author_finds_a_question_by_a_word_of_its_text_only(author_client, bank):
    html = listing(author_client, QUESTIONS_URL, "automatically")  # in the text, not the name
    assert "Asset lock holders" in html
    assert "Social Value Act date" not in html


def test_the_question_search_completes_the_last_word_typed(author_client, bank):
    html = listing(author_client, QUESTIONS_URL, "Social Val")
    assert "Social Value Act date" in html
    assert "Asset lock holders" not in html


def test_a_question_search_with_no_match_says_so(author_client, bank):
    html = listing(author_client, QUESTIONS_URL, "zebra")
    assert "Asset lock holders" not in html and "Social Value Act date" not in html


def test_an_author_finds_a_category_by_name(author_client, bank):
    html = listing(author_client, CATEGORIES_URL, "locks")
    assert "Asset locks" in html
    assert "Social value" not in html


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_the_question_search_accepts_any_text(author_client, bank, query):
    listing(author_client, QUESTIONS_URL, query)


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_the_category_search_accepts_any_text(author_client, bank, query):
    listing(author_client, CATEGORIES_URL, query)


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_the_admin_page_search_accepts_any_text(author_client, query):
    listing(author_client, PAGE_SEARCH_URL, query)


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_the_page_explorer_search_accepts_any_text(author_client, query):
    root = Page.objects.get(depth=1)
    listing(author_client, f"/admin/pages/{root.pk}/", query)


def test_a_question_search_with_punctuation_still_finds_the_words(author_client, bank):
    html = listing(author_client, QUESTIONS_URL, '"asset (lock')
    assert "Asset lock holders" in html
    assert "Social Value Act date" not in html


def test_a_question_search_combines_with_the_category_and_type_filters(author_client, bank):
    locks = QuestionCategory.objects.get(name="Asset locks")
    response = author_client.get(QUESTIONS_URL, {"q": "asset", "category": locks.pk, "qtype": "multiple_response"})
    assert response.status_code == 200
    assert "Asset lock holders" in response.content.decode()
    other_type = author_client.get(QUESTIONS_URL, {"q": "asset", "category": locks.pk, "qtype": "true_false"})
    assert "Asset lock holders" not in other_type.content.decode()
