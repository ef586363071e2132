"""Signed-in visitors get pages routed from the cache (academy.core.routecache) and the course outline, course and
breadcrumbs from it too (courses.selectors.outline): never stale after publishing, unpublishing, moving or a view
restriction."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from courses.models import ModulePage
from courses.selectors import course_outline
from tests.academy.accounts.factories import UserFactory
from tests.cache_trips import round_trips
from tests.courses.factories import make_course, make_lesson, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(db):
    return make_course(modules=2, lessons=3, slug="routed")


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


def visit(client, url: str, times: int = 2):
    """Visit twice: the first visit keeps the route, the second is served from it."""
    for _ in range(times):
        response = client.get(url)
    return response


def test_a_published_change_is_visible_at_once_to_a_signed_in_visitor(client, course, learner):
    outline = course_outline(course=course)
    lesson = outline.items[1].page.specific
    module_url, course_url = outline.modules[0].url, course.url
    for url in (lesson.url, module_url, course_url):
        assert visit(client, url).status_code == 200
    lesson.title = "A freshly published title"
    lesson.save_revision().publish()
    assert "A freshly published title" in client.get(lesson.url).content.decode()
    assert "A freshly published title" in client.get(module_url).content.decode()  # the outline
    module = outline.modules[0].page.specific
    module.title = "A freshly published module"
    module.save_revision().publish()
    assert "A freshly published module" in client.get(course_url).content.decode()
    assert "4 items" not in client.get(course_url).content.decode()
    added = make_lesson(module, 9, revision=True, title="A lesson added just now")
    assert "4 items" in client.get(course_url).content.decode()
    assert "A lesson added just now" in client.get(module_url).content.decode()
    assert client.get(added.url).status_code == 200


def test_unpublishing_and_moving_are_seen_at_once_when_signed_in(client, course, learner):
    outline = course_outline(course=course)
    lesson, other = outline.items[1].page, outline.items[0].page
    lesson_url, other_url = lesson.url, other.url
    visit(client, lesson_url)
    visit(client, other_url)
    lesson.unpublish()
    assert client.get(lesson_url).status_code == 404
    assert lesson.title not in client.get(outline.modules[0].url).content.decode()
    empty = publish(course, ModulePage(title="Module 3", slug="module-3"))
    other.move(empty, pos="last-child")
    assert client.get(other_url).status_code in (301, 404)
    assert client.get(f"{course.url}module-3/{other.slug}/").status_code == 200


def test_a_view_restriction_added_later_applies_to_a_route_served_from_the_cache(client, course, learner):
    lesson = course_outline(course=course).items[1].page
    assert visit(client, lesson.url).status_code == 200
    restriction = PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Only these people"))
    assert client.get(lesson.url).status_code != 200


def test_a_signed_in_lesson_is_served_from_the_cache_with_no_query_for_pages(
    client, course, learner, django_assert_max_num_queries
):
    url = course_outline(course=course).items[1].url
    visit(client, url, times=3)
    with django_assert_max_num_queries(10) as captured:
        assert client.get(url).status_code == 200
    page_queries = [q["sql"] for q in captured.captured_queries if "wagtailcore_page" in q["sql"]]
    assert page_queries == []  # the lesson itself is kept with its route: no routing, ancestors or outline


def test_without_the_cache_pages_are_routed_as_before(client, course, learner, settings):
    settings.ACADEMY_PAGE_CACHE_SECONDS = 0
    url = course_outline(course=course).items[1].url
    assert visit(client, url).status_code == 200
    assert client.get(url + "nothing-here/").status_code == 404


def test_a_signed_in_lesson_reads_the_cache_in_a_few_round_trips(client, course, learner, monkeypatch):
    """The session, then the generations, then the site, the route, the parts the page read with their values and the
    visitor's facts: three round trips, not one per part (there are about ten)."""
    url = course_outline(course=course).items[1].url
    visit(client, url, times=3)
    responses = []
    calls = round_trips(monkeypatch, lambda: responses.append(client.get(url)))
    assert responses[0].status_code == 200
    assert len(calls) <= 3, calls


def test_the_parts_kept_with_a_route_are_of_its_generation(client, course, learner):
    """The parts read with the route are those of the generation it was kept in: after a publish, a page's parts
    (here its breadcrumbs and outline) are read afresh, not from the bundle kept beside the old route."""
    outline = course_outline(course=course)
    lesson_url = outline.items[0].url
    visit(client, lesson_url, times=3)
    module = outline.modules[0].page.specific
    module.title = "A renamed module"
    module.save_revision().publish()
    page = client.get(lesson_url).content.decode()
    assert page.count("A renamed module") >= 2  # the breadcrumbs and the module's contents beside the lesson
    assert "A renamed module" in visit(client, lesson_url).content.decode()
