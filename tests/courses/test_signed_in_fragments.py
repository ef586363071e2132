"""The parts of a signed-in page kept in the cache (a lesson's rendered body): a published change shows on the next
signed-in request, a draft never, a learner's own completion at once, and nothing personal or a form token is kept."""

import pytest

from academy.core import pagecache
from courses.models import LessonPage
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
