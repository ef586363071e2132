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


def test_each_result_says_which_course_and_module_it_is_in(client):
    make_course(modules=1, lessons=1, slug="placed")
    html = client.get("/search/", {"q": "outcomes"}).content.decode()
    assert 'Lesson in <span class="app-search-result__where">Course placed, Module 1</span>' in html


def test_search_results_use_the_same_queries_for_few_or_many_results(client, django_assert_max_num_queries):
    make_course(modules=1, lessons=1, slug="few")
    with django_assert_max_num_queries(20) as few:
        client.get("/search/", {"q": "outcomes"})
    make_course(modules=3, lessons=3, slug="many")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/search/", {"q": "outcomes"})
    assert response.content.decode().count("app-search-result__where") == 10
