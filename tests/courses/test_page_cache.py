"""The whole-page cache for anonymous visitors (academy.core.pagecache): served from Redis (or the local cache), never
stale after publishing, never for a signed-in visitor or a page with a form token, and with the same security headers."""

import warnings

import pytest
from django.core.cache import CacheKeyWarning, cache

from academy.core import pagecache
from courses.models import LessonPage, ModulePage, SiteLinks
from courses.selectors import course_outline
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import course_index, make_course, publish

pytestmark = pytest.mark.django_db
SECURITY_HEADERS = (
    "Content-Security-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
)


@pytest.fixture
def course(db):
    return make_course(modules=2, lessons=2, slug="cached")


@pytest.fixture
def pages(course):
    outline = course_outline(course=course)
    return {
        "catalogue": course_index().url,
        "course": course.url,
        "module": outline.modules[0].url,
        "lesson": outline.items[1].url,
    }


@pytest.mark.parametrize("kind", ["catalogue", "course", "module", "lesson"])
def test_a_second_anonymous_visit_is_served_from_the_cache_with_the_same_headers(
    client, pages, kind, django_assert_max_num_queries
):
    from academy.core import pagecache

    client.get(pages["course"])  # the first request of all makes the site's settings row, which empties the cache
    pagecache.invalidate()
    first = client.get(pages[kind])
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    with django_assert_max_num_queries(0):
        second = client.get(pages[kind])
    assert second.status_code == 200 and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    per_request = {"x-page-cache", "x-request-id"}
    assert {k: v for k, v in second.items() if k.lower() not in per_request} == {
        k: v for k, v in first.items() if k.lower() not in per_request
    }
    assert second["X-Request-ID"] != first["X-Request-ID"]
    for header in SECURITY_HEADERS:
        assert header in second, header
    assert second["X-Frame-Options"] == "DENY"
    assert "Cookie" in second["Vary"]
    assert not second.cookies


def test_a_published_edit_is_served_on_the_next_request(client, course, pages):
    lesson = LessonPage.objects.get(url_path__endswith="/lesson-2/", url_path__contains="/module-1/").specific
    for _ in range(2):
        client.get(lesson.url)
        client.get(pages["module"])
    lesson.title = "A freshly published title"
    lesson.save_revision().publish()
    assert "A freshly published title" in client.get(lesson.url).content.decode()
    assert "A freshly published title" in client.get(pages["module"]).content.decode()  # the outline too


def test_a_page_rendered_while_a_change_was_published_is_not_served_after_it(client, pages):
    from django.test.signals import template_rendered

    from academy.core import pagecache

    client.get(pages["course"])  # the site's settings row made, and the route kept
    published_mid_render = []

    def publish_once(**kwargs):
        if not published_mid_render:
            published_mid_render.append(True)
            pagecache.invalidate()  # as a publish from another process would, while this page is being rendered

    template_rendered.connect(publish_once)
    try:
        assert client.get(pages["lesson"])["X-Page-Cache"] == "miss"
    finally:
        template_rendered.disconnect(publish_once)
    assert published_mid_render
    assert client.get(pages["lesson"])["X-Page-Cache"] == "miss"  # kept under the generation before the change
    assert client.get(pages["lesson"])["X-Page-Cache"] == "hit"


def test_a_head_request_is_served_from_the_cache_with_the_headers_of_a_get(client, pages):
    first = client.get(pages["lesson"])
    head = client.head(pages["lesson"])
    assert head["X-Page-Cache"] == "hit" and head.content == b""
    assert head["Content-Length"] == first["Content-Length"] == str(len(first.content))
    assert head["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_unpublishing_moving_and_deleting_are_seen_at_once(client, course, pages):
    outline = course_outline(course=course)
    lesson = outline.items[1].page
    assert client.get(lesson.url).status_code == 200
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404
    assert lesson.title not in client.get(pages["module"]).content.decode()
    other = outline.items[0].page
    other_url = other.url
    empty = publish(course, ModulePage(title="Module 3", slug="module-3"))
    client.get(other_url)
    assert client.get(other_url)["X-Page-Cache"] == "hit"
    other.move(empty, pos="last-child")
    assert client.get(other_url).status_code in (301, 404)  # a redirect to its new place, or gone
    module = outline.modules[1].page
    client.get(pages["course"])
    module.delete()
    assert module.title not in client.get(pages["course"]).content.decode()


def test_a_settings_change_is_seen_at_once(client, pages, site_root):
    from wagtail.models import Site

    client.get(pages["lesson"])
    assert client.get(pages["lesson"])["X-Page-Cache"] == "hit"
    links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
    links.accessibility_statement = None
    links.save()
    assert client.get(pages["lesson"])["X-Page-Cache"] == "miss"


def test_a_signed_in_visitor_never_gets_the_cached_page(client, pages):
    client.get(pages["lesson"])
    client.get(pages["lesson"])
    assert client.get(pages["lesson"])["X-Page-Cache"] == "hit"
    client.force_login(UserFactory(full_name="Personal Name"))
    response = client.get(pages["lesson"])
    assert "X-Page-Cache" not in response
    assert "Mark as complete" in response.content.decode() or "Start" in response.content.decode()
    client.logout()
    assert "Personal Name" not in client.get(pages["lesson"]).content.decode()


def test_a_page_with_a_form_token_or_a_cookie_is_not_kept(client, pages, rf):
    from django.http import HttpResponse

    from academy.core import pagecache

    request = rf.get(pages["lesson"])
    request.resolver_match = type("Match", (), {"url_name": "wagtail_serve"})()
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    assert pagecache._may_be_stored(request, HttpResponse("page"))
    request.META["CSRF_COOKIE_USED"] = True
    assert not pagecache._may_be_stored(request, HttpResponse("page with a form"))
    del request.META["CSRF_COOKIE_USED"]
    with_cookie = HttpResponse("page")
    with_cookie.set_cookie("x", "y")
    assert not pagecache._may_be_stored(request, with_cookie)
    assert not pagecache._may_be_stored(request, HttpResponse("page", headers={"Cache-Control": "private"}))


def test_query_strings_and_visitors_with_a_session_or_messages_are_not_served_from_the_cache(client, pages):
    client.get(pages["lesson"])
    assert "X-Page-Cache" not in client.get(pages["lesson"] + "?x=1")
    client.cookies["messages"] = "something"
    assert "X-Page-Cache" not in client.get(pages["lesson"])


def test_the_page_cache_can_be_turned_off(client, pages, settings):
    settings.ACADEMY_PAGE_CACHE_SECONDS = 0
    client.get(pages["lesson"])
    assert "X-Page-Cache" not in client.get(pages["lesson"])


def test_any_address_makes_a_short_key_safe_for_any_cache(rf):
    """The key hashes the address: any characters and any length (a visitor's typo, an attack) give a short ASCII
    key, which Django's cache checks accept without a warning, and different addresses different keys."""
    paths = ["/courses/", "/courses/zoë/", "/" + "\U0001f600\x07 " * 300, "/courses", "/COURSES/"]
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        keys = [pagecache._key(rf.get(path)) for path in paths]
        for key in keys:
            cache.get(key)
    assert len(set(keys)) == len(paths)
    assert all(key.isascii() and len(key) < 80 for key in keys)
