"""Authors draft and submit; only course reviewers publish, through the "Course review" workflow."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, WorkflowPage

from courses.authoring import AUTHORS, REVIEWERS, WORKFLOW_NAME
from courses.models import LessonPage
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def member_of(name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=name))
    return user


def test_the_data_migration_creates_the_groups_and_the_workflow():
    assert Group.objects.filter(name__in=[AUTHORS, REVIEWERS]).count() == 2
    root = Page.objects.get(depth=1)
    assert WorkflowPage.objects.get(page=root).workflow.name == WORKFLOW_NAME


def test_authors_can_edit_but_not_publish_and_reviewers_can_publish():
    course = make_course(modules=1, lessons=1)
    author, reviewer = member_of(AUTHORS), member_of(REVIEWERS)
    author_perms = course.permissions_for_user(author)
    reviewer_perms = course.permissions_for_user(reviewer)
    assert author_perms.can_edit() and author_perms.can_add_subpage()
    assert not author_perms.can_publish()
    assert reviewer_perms.can_publish()
    assert author.has_perm("wagtailadmin.access_admin") and reviewer.has_perm("wagtailadmin.access_admin")


def test_a_submitted_lesson_is_published_when_a_reviewer_approves():
    course = make_course(modules=1, lessons=1)
    lesson = LessonPage.objects.descendant_of(course).get()
    author, reviewer = member_of(AUTHORS), member_of(REVIEWERS)
    lesson.title = "A revised lesson"
    revision = lesson.save_revision(user=author)
    workflow = lesson.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    state = workflow.start(lesson, author)
    task_state = state.current_task_state
    assert not task_state.task.specific.user_can_access_editor(lesson, author)
    assert task_state.task.specific.user_can_access_editor(lesson, reviewer)
    assert task_state.task.specific.get_actions(lesson, author) == []
    assert task_state.task.specific.get_actions(lesson, reviewer)
    task_state.task.specific.on_action(task_state, reviewer, "approve")
    lesson.refresh_from_db()
    assert lesson.live_revision_id == revision.pk
    assert lesson.title == "A revised lesson"
