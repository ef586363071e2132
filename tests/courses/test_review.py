"""Course authors reorder only where they may, submit a course or module with its drafts in one action, and
reviewers approve pending pages together, grouped by course and module."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page

from courses.authoring import AUTHORS, REVIEWERS
from courses.models import LessonPage, ModulePage
from courses.services.review import pending_reviews, submit_for_review
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def member_of(name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=name))
    return user


def refused(response) -> bool:
    """The Wagtail admin turns PermissionDenied into a redirect to its dashboard with "Sorry, you do not have
    permission to access this area"."""
    return (response.status_code, response.get("Location")) == (302, reverse("wagtailadmin_home"))


def draft_lesson(module, title):
    lesson = LessonPage(title=title, summary="Summary.", body=[{"type": "paragraph", "value": "<p>Text.</p>"}])
    lesson.live = False
    module.add_child(instance=lesson)
    lesson.save_revision()
    return lesson


@pytest.fixture
def course_with_drafts(site_root):
    course = make_course(modules=2, lessons=1)
    modules = list(ModulePage.objects.child_of(course))
    drafts = [draft_lesson(modules[0], "Draft one"), draft_lesson(modules[1], "Draft two")]
    return course, modules, drafts


# Reordering


def test_authors_are_not_offered_reorder_handles_and_the_move_itself_is_refused(client, course_with_drafts):
    course, modules, _ = course_with_drafts
    client.force_login(member_of(AUTHORS))
    listing = client.get(reverse("wagtailadmin_explore", args=[course.pk]), {"ordering": "ord"})
    assert listing.status_code == 200
    assert b"data-w-orderable-url-value" not in listing.content
    assert b"Sort menu order" not in listing.content
    url = reverse("wagtailadmin_pages:set_page_position", args=[modules[1].pk]) + "?position=0"
    assert refused(client.post(url))
    assert list(ModulePage.objects.child_of(course).values_list("pk", flat=True)) == [m.pk for m in modules]


def test_reviewers_are_offered_reorder_handles_and_can_reorder(client, course_with_drafts):
    course, modules, _ = course_with_drafts
    client.force_login(member_of(REVIEWERS))
    listing = client.get(reverse("wagtailadmin_explore", args=[course.pk]), {"ordering": "ord"})
    assert b"data-w-orderable-url-value" in listing.content
    url = reverse("wagtailadmin_pages:set_page_position", args=[modules[1].pk]) + "?position=0"
    assert client.post(url).status_code == 200
    assert list(ModulePage.objects.child_of(course).values_list("pk", flat=True)) == [modules[1].pk, modules[0].pk]


# Bulk actions offered


def test_authors_are_not_offered_bulk_publish_but_reviewers_are(client, course_with_drafts):
    _course, modules, _ = course_with_drafts
    publish_url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]).encode()
    move_url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"]).encode()
    client.force_login(member_of(AUTHORS))
    listing = client.get(reverse("wagtailadmin_explore", args=[modules[0].pk])).content
    assert publish_url not in listing and move_url in listing
    client.force_login(member_of(REVIEWERS))
    assert publish_url in client.get(reverse("wagtailadmin_explore", args=[modules[0].pk])).content


# Submitting a course


def test_an_author_sees_what_will_be_submitted_and_submits_a_course_with_its_drafts(client, course_with_drafts):
    course, _, drafts = course_with_drafts
    author = member_of(AUTHORS)
    client.force_login(author)
    assert (
        reverse("courses_submit_tree", args=[course.pk]).encode()
        in client.get(reverse("wagtailadmin_explore", args=[course.pk])).content
    )
    url = reverse("courses_submit_tree", args=[course.pk])
    confirm = client.get(url)
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "Draft one" in html and "Draft two" in html
    assert "Lesson module-1-1" not in html  # published, no changes: nothing to review
    response = client.post(url)
    assert response.status_code == 302
    for draft in drafts:
        draft.refresh_from_db()
        assert draft.workflow_in_progress
        assert not draft.live
    assert "Nothing to submit" in client.get(url).content.decode()


def test_submitting_a_module_sends_only_that_modules_drafts(client, course_with_drafts):
    _, modules, drafts = course_with_drafts
    client.force_login(member_of(AUTHORS))
    url = reverse("courses_submit_tree", args=[modules[0].pk])
    html = client.get(url).content.decode()
    assert "Draft one" in html and "Draft two" not in html
    assert client.post(url).status_code == 302
    for draft in drafts:
        draft.refresh_from_db()
    assert drafts[0].workflow_in_progress and not drafts[1].workflow_in_progress


def test_the_submit_action_is_only_for_courses_and_modules_and_people_who_can_edit(client, course_with_drafts):
    course, _, drafts = course_with_drafts
    client.force_login(member_of(AUTHORS))
    assert refused(client.get(reverse("courses_submit_tree", args=[drafts[0].pk])))
    assert client.get(reverse("courses_submit_tree", args=[999999])).status_code == 404
    client.force_login(UserFactory())  # a learner: no admin access at all
    assert client.post(reverse("courses_submit_tree", args=[course.pk])).status_code == 302
    assert not Page.objects.get(pk=drafts[0].pk).workflow_in_progress


# Reviewing


def test_reviewers_see_pending_pages_grouped_by_course_and_module_and_approve_them_together(client, course_with_drafts):
    course, modules, drafts = course_with_drafts
    submit_for_review(course, user=member_of(AUTHORS))
    reviewer = member_of(REVIEWERS)
    groups = pending_reviews(user=reviewer)
    assert [g.course.pk for g in groups] == [course.pk]
    assert [m.module.pk for m in groups[0].modules] == [m.pk for m in modules]
    assert [[s.page.pk for s in m.task_states] for m in groups[0].modules] == [[drafts[0].pk], [drafts[1].pk]]

    client.force_login(reviewer)
    queue = client.get(reverse("courses_review_queue"))
    html = queue.content.decode()
    assert (
        html.index(modules[0].title) < html.index("Draft one") < html.index(modules[1].title) < html.index("Draft two")
    )
    ids = [s.pk for m in groups[0].modules for s in m.task_states]
    assert client.post(reverse("courses_review_queue"), {"task_state": ids}).status_code == 302
    for draft in drafts:
        draft.refresh_from_db()
        assert draft.live and not draft.workflow_in_progress


def test_the_review_queue_query_count_does_not_grow_with_pending_pages(client, course_with_drafts):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    course, modules, _ = course_with_drafts
    author, reviewer = member_of(AUTHORS), member_of(REVIEWERS)
    client.force_login(reviewer)

    def queries_for_queue() -> int:
        submit_for_review(course, user=author)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("courses_review_queue")).status_code == 200
        return len(captured)

    with_two = queries_for_queue()
    for n in range(6):
        draft_lesson(modules[n % 2], f"Extra {n}")
    assert queries_for_queue() == with_two <= 30


def test_authors_cannot_open_the_review_queue_or_approve(client, course_with_drafts):
    course, _, drafts = course_with_drafts
    author = member_of(AUTHORS)
    submit_for_review(course, user=author)
    client.force_login(author)
    assert refused(client.get(reverse("courses_review_queue")))
    assert refused(client.post(reverse("courses_review_queue"), {"task_state": ["1", "2"]}))
    assert "Course review" not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert not LessonPage.objects.get(pk=drafts[0].pk).live


def test_the_submit_confirmation_query_count_does_not_grow_with_drafts(client, course_with_drafts):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    course, modules, _ = course_with_drafts
    client.force_login(member_of(AUTHORS))
    url = reverse("courses_submit_tree", args=[course.pk])

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    with_two = queries()
    for n in range(6):
        draft_lesson(modules[n % 2], f"Extra {n}")
    assert "Extra 5" in client.get(url).content.decode()
    assert queries() == with_two
