import pytest

from tests.courses.factories import make_course

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]


def test_search_finds_published_lessons(client):
    make_course(modules=1, lessons=2)
    html = client.get("/search/", {"q": "outcomes"}).content.decode()
    assert "2 results" in html or "results for" in html
    assert "Lesson module-1-1" in html


def test_search_ignores_unpublished_pages(client):
    course = make_course(modules=1, lessons=1)
    course.unpublish(set_expired=False)
    for page in course.get_descendants():
        page.unpublish()
    html = client.get("/search/", {"q": "outcomes"}).content.decode()
    assert "Lesson module-1-1" not in html


def test_an_empty_search_shows_a_gov_uk_error(client):
    html = client.get("/search/", {"q": "  "}).content.decode()
    assert "<title>Error: Search" in html
    assert "There is a problem" in html and "Enter words to search for" in html


def test_search_page_without_a_query_shows_the_form(client):
    html = client.get("/search/").content.decode()
    assert 'id="q"' in html and "There is a problem" not in html
