"""The public search box accepts any text: whatever is typed, /search/ answers with a page, never a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.search.query import MATCH_NONE, Phrase

from academy.core.search import MAX_SEARCH_TEXT_LENGTH, printable_text, safe_query, search_text
from courses.views import EMPTY_SEARCH, MAX_QUERY_LENGTH
from tests.built_once import rolled_back_at_the_end
from tests.courses.factories import make_course

HOSTILE_QUERIES = [
    '"',
    '"unterminated',
    'outcomes "unterminated',
    '""',
    "AND",
    "OR",
    "NOT",
    "outcomes AND",
    "OR outcomes",
    "(",
    ")",
    "(outcomes",
    "*",
    "outcomes*",
    "-",
    "-outcomes",
    "\\",
    "outcomes\\",
    "'",
    "''",
    "don't",
    ":",
    "title:outcomes",
    "{title}: outcomes",
    "^",
    "NEAR(outcomes service)",
    "a\x00b",
    "\x00",
    "\x01\x02\x1b[31m",
    "\t\n\r\x0b\x0c",
    "\x7f",
    "\u200b",
    "\u202e",
    "\ufeff",
    "x" * 10_000,
    "outcomes " * 2_000,
    "😀",
    "👩‍👩‍👧 outcomes",
    "commissioners 😀",
    "ＡＮＤ",
    "Straße",
    "مرحبا",
    "<script>alert(1)</script>",
    "%00",
    "'; DROP TABLE wagtailcore_page; --",
]

pytestmark = pytest.mark.search_index


@pytest.fixture(scope="module")
def course(django_db_setup, django_db_blocker):
    """One indexed course for every search here, built once."""
    with rolled_back_at_the_end(django_db_blocker, search_index=True):
        yield make_course(modules=1, lessons=1)


@pytest.mark.django_db
@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_the_search_page_answers_any_text_with_a_page(client, course, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert b"Search courses and lessons" in response.content


@pytest.mark.django_db
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text())
def test_the_search_page_never_gives_a_server_error_whatever_the_text(client, course, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200


@pytest.mark.django_db
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(noise=st.text(alphabet=st.characters(categories=["P", "S", "Cc", "Zs"]), max_size=20))
def test_punctuation_and_symbols_around_a_word_still_find_it(client, course, noise):
    html = client.get("/search/", {"q": f"{noise}commissioners{noise}"}).content.decode()
    assert "Lesson module-1-1" in html


@pytest.mark.django_db
def test_words_in_a_query_with_an_unmatched_quote_are_still_found(client, course):
    html = client.get("/search/", {"q": '"commissioners outcomes'}).content.decode()
    assert "Lesson module-1-1" in html


@pytest.mark.django_db
def test_a_query_of_punctuation_only_finds_nothing_and_says_so(client, course):
    html = client.get("/search/", {"q": '"(*)"'}).content.decode()
    assert "0 results for" in html
    assert "Lesson module-1-1" not in html


@pytest.mark.django_db
def test_a_query_of_control_characters_only_is_an_empty_search(client, course):
    html = client.get("/search/", {"q": "\x00\x01\x1b"}).content.decode()
    assert "There is a problem" in html and EMPTY_SEARCH in html


@pytest.mark.django_db
def test_control_characters_are_not_echoed_back_into_the_page(client, course):
    html = client.get("/search/", {"q": "outcomes\x00\x1b"}).content.decode()
    assert "\x00" not in html and "\x1b" not in html
    assert "1 result for ‘outcomes’" in html


@pytest.mark.django_db
def test_a_very_long_query_is_shown_cut_to_the_maximum_length(client, course):
    html = client.get("/search/", {"q": "y" * 10_000}).content.decode()
    assert "y" * MAX_QUERY_LENGTH in html and "y" * (MAX_QUERY_LENGTH + 1) not in html


def test_search_text_keeps_letters_digits_and_marks_and_nothing_else():
    assert search_text('"Mutuals" (2013) AND co-operatives*') == "Mutuals 2013 AND co operatives"
    assert search_text("Straße café naïve") == "Straße café naïve"
    assert search_text('"\\*-:()😀\x00') == ""


def test_search_text_cuts_a_long_query_at_a_word_boundary():
    words = search_text("word " * 1_000)
    assert len(words) <= MAX_SEARCH_TEXT_LENGTH
    assert set(words.split()) == {"word"}


def test_printable_text_turns_control_characters_into_spaces():
    assert printable_text("a\x00b\x1bc\td") == "a b c d"
    assert printable_text("Straße 😀") == "Straße 😀"


def test_a_query_with_no_words_left_matches_nothing():
    assert safe_query('"') is MATCH_NONE
    assert safe_query(Phrase("(*)")) is MATCH_NONE
