"""The parts of a signed-in page kept in the cache (a lesson's rendered body, a course's description and its modules'
statuses): a published change shows on the next signed-in request, a draft never, a learner's own completion at once,
one learner's progress never on another's page, and nothing personal or a form token is kept."""

import re

import pytest
from django.template import Context, Template
from django.template.context_processors import csrf
from django.test import RequestFactory

from academy.core import pagecache
from courses.models import CoursePage, LessonPage
from courses.selectors import course_outline
from courses.services.progress import complete_item
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(db):
    course = make_course(modules=1, lessons=2, slug="fragments")
    return LessonPage.objects.get(pk=course_outline(course=course).items[0].pk)


def kept_body(lesson: LessonPage) -> str | None:
    lesson.refresh_from_db()
    return pagecache.lookup(f"stream:{lesson.pk}:{lesson.live_revision_id or lesson.latest_revision_id}:body")[1]


def test_a_published_body_change_shows_on_the_next_signed_in_request(client, lesson):
    client.force_login(UserFactory())
    for _ in range(2):
        assert "A new paragraph" not in client.get(lesson.url).content.decode()
    assert kept_body(lesson) is not None  # the body was kept, and is what a change must replace
    lesson.body = [{"type": "paragraph", "value": "<p>A new paragraph</p>"}]
    lesson.save_revision().publish()
    assert "A new paragraph" in client.get(lesson.url).content.decode()


def test_a_saved_draft_is_not_shown(client, lesson):
    client.force_login(UserFactory())
    client.get(lesson.url)
    lesson.body = [{"type": "paragraph", "value": "<p>Only a draft</p>"}]
    lesson.save_revision()
    assert "Only a draft" not in client.get(lesson.url).content.decode()


def test_a_completion_shows_at_once(client, lesson):
    learner = UserFactory()
    client.force_login(learner)
    page = client.get(lesson.url).content.decode()
    assert "Mark as complete" in page and "govuk-tag--green" not in page
    complete_item(user=learner, item=lesson)
    page = client.get(lesson.url).content.decode()
    assert "Mark as complete" not in page and "Completed" in page


def test_the_kept_body_holds_no_form_token_and_nothing_of_the_visitor(client, lesson):
    first = UserFactory(email="first.learner@example.org", full_name="Firstname Uniquely")
    client.force_login(first)
    page = client.get(lesson.url).content.decode()
    assert "csrfmiddlewaretoken" in page  # the page's own form has its token, made for this request
    kept = kept_body(lesson)
    assert kept and "What this lesson" not in kept  # the body, not the whole page (the summary is outside it)
    for personal in ("csrfmiddlewaretoken", "first.learner", "Firstname", "Sign out", "Mark as complete"):
        assert personal not in kept, personal
    client.force_login(UserFactory(email="second.learner@example.org"))
    second = client.get(lesson.url).content.decode()
    assert "first.learner" not in second and "Firstname" not in second


def module_statuses(html: str) -> list[str]:
    cells = re.findall(r'class="govuk-task-list__status"[^>]*>(.*?)</div>', html, flags=re.S)
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in cells]


def test_each_learner_sees_their_own_module_statuses_on_the_course_page(client):
    course = make_course(modules=2, lessons=1, slug="kept-modules")
    first_module_lesson = LessonPage.objects.get(pk=course_outline(course=course).items[0].pk)
    ahead, behind, same_as_ahead = UserFactory(), UserFactory(), UserFactory()
    complete_item(user=ahead, item=first_module_lesson)
    complete_item(user=same_as_ahead, item=first_module_lesson)
    for learner, expected in [
        (behind, ["Not started", "Not started"]),
        (ahead, ["Completed", "Not started"]),
        (behind, ["Not started", "Not started"]),  # after ahead's page was kept
        (same_as_ahead, ["Completed", "Not started"]),  # the same progress: the same kept part
    ]:
        client.force_login(learner)
        for _ in range(2):  # rendered, then kept
            assert module_statuses(client.get(course.url).content.decode()) == expected
    complete_item(user=behind, item=first_module_lesson)
    client.force_login(behind)
    assert module_statuses(client.get(course.url).content.decode()) == ["Completed", "Not started"]  # at once


def test_a_published_course_description_shows_at_once_and_a_draft_never(client):
    course = make_course(modules=1, lessons=1, slug="kept-about")
    client.force_login(UserFactory())
    client.get(course.url)
    course = CoursePage.objects.get(pk=course.pk)
    course.audience = "Only in a draft"
    course.save_revision()
    assert "Only in a draft" not in client.get(course.url).content.decode()
    course.audience = "Commissioners from now on"
    course.save_revision().publish()
    assert "Commissioners from now on" in client.get(course.url).content.decode()


def test_a_kept_part_that_uses_the_form_token_is_never_kept():
    template = Template('{% load academy_content %}{% kept "with-token" 1 %}<form>{% csrf_token %}</form>{% endkept %}')
    tokens = set()
    for _ in range(2):
        request = RequestFactory().get("/")
        html = template.render(Context({"request": request, **csrf(request)}))  # the token as every page gets it
        tokens.add(re.search(r'value="([^"]+)"', html).group(1))
    assert len(tokens) == 2  # each request its own token: nothing was kept


def test_a_kept_part_varies_on_its_values_and_the_host(settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    template = Template('{% load academy_content %}{% kept "greeting" word %}{{ word }} {{ other }}{% endkept %}')

    def render(word, other, host="testserver"):
        request = RequestFactory().get("/", HTTP_HOST=host)
        return template.render(Context({"request": request, "word": word, "other": other}))

    assert render("hello", "first") == "hello first"
    assert render("hello", "second") == "hello first"  # kept: "other" is not a value it varies on
    assert render("goodbye", "second") == "goodbye second"
    assert render("hello", "third", host="other.example") == "hello third"
