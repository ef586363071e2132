"""The quiz report is linked from the Wagtail admin, for people who can edit the quiz."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from assessments.wagtail_hooks import quiz_report_header_button, quiz_report_listing_button
from courses.authoring import AUTHORS
from courses.models import LessonPage, ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz():
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()
    return make_quiz(module, questions=[make_question()])


def report_link(quiz) -> str:
    return f'href="{reverse("assessments:report", args=[quiz.pk])}"'


def test_the_quiz_edit_page_has_a_quiz_report_button(admin_client, quiz):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk])).content.decode()
    assert report_link(quiz) in html
    assert "Quiz report" in html


def test_the_module_listing_offers_the_quiz_report_beside_the_quiz(admin_client, quiz):
    html = admin_client.get(reverse("wagtailadmin_explore", args=[quiz.get_parent().pk])).content.decode()
    assert report_link(quiz) in html


def test_a_lesson_has_no_quiz_report_button(admin_client, quiz):
    lesson = LessonPage.objects.first()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert "Quiz report" not in html


def test_course_authors_get_the_button(quiz):
    author = UserFactory()
    author.groups.add(Group.objects.get(name=AUTHORS))
    [button, preview] = quiz_report_header_button(page=quiz, user=author, view_name="edit")
    assert (button.label, button.url) == ("Quiz report", reverse("assessments:report", args=[quiz.pk]))
    assert (preview.label, preview.url) == (
        "Try the quiz (nothing saved)",
        reverse("assessments:quiz_preview", args=[quiz.pk]),
    )


def test_people_who_cannot_edit_the_quiz_get_no_button(quiz):
    learner = UserFactory()
    assert list(quiz_report_header_button(page=quiz, user=learner, view_name="edit")) == []
    assert list(quiz_report_listing_button(page=quiz, user=learner)) == []
