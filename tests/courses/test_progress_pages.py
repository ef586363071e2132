"""The learner's progress on course and lesson pages: starting a course, completing lessons, the course panel."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses import extensions
from courses.models import Enrolment, ItemCompletion, LessonPage, ModulePage, ProgressEvent
from courses.selectors import course_outline
from courses.services.progress import complete_item, enrol
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def complete_url(page) -> str:
    return reverse("learning:complete_item", args=[page.pk])


def start_url(course) -> str:
    return reverse("learning:start_course", args=[course.pk])


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


# Starting a course ---------------------------------------------------------------------------------------------


def test_anonymous_visitors_start_a_course_by_signing_in_and_coming_back(client):
    course = make_course(modules=1, lessons=1)
    html = client.get(course.url).content.decode()
    assert "Start course" in html
    assert f'href="/accounts/login/?next={course.url}"' in html
    assert "<form" not in html.split("Start course")[0].rsplit("govuk-body-l", 1)[1]  # a link, not a form


def test_an_anonymous_post_to_start_goes_to_sign_in_with_next_and_enrols_nobody(client):
    course = make_course(modules=1, lessons=1)
    response = client.post(start_url(course))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert Enrolment.objects.count() == 0


def test_a_signed_in_learner_starts_a_course_with_a_post_and_lands_on_the_first_lesson(client, learner):
    course = make_course(modules=2, lessons=2)
    html = client.get(course.url).content.decode()
    assert f'action="{start_url(course)}"' in html and "csrfmiddlewaretoken" in html
    response = client.post(start_url(course), follow=True)
    first = course_outline(course=course).items[0]
    assert response.redirect_chain[-1][0] == first.url
    assert f"You have started {course.title}" in response.content.decode()
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert (enrolment.source, enrolment.percent, enrolment.next_item_id) == ("self", 0, first.pk)


def test_starting_a_course_twice_keeps_one_enrolment_and_goes_to_the_next_item(client, learner):
    course = make_course(modules=1, lessons=3)
    items = course_outline(course=course).items
    complete_item(user=learner, item=items[0].page)
    response = client.post(start_url(course))
    assert response["Location"] == items[1].url
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_starting_needs_a_post(client, learner):
    course = make_course(modules=1, lessons=1)
    assert client.get(start_url(course)).status_code == 405
    assert Enrolment.objects.count() == 0


def test_an_unpublished_course_cannot_be_started(client, learner):
    course = make_course(modules=1, lessons=1)
    course.unpublish()
    assert client.post(start_url(course)).status_code == 404


def test_a_private_course_cannot_be_started_by_someone_outside_its_groups(client, learner):
    course = make_course(modules=1, lessons=1)
    restriction = PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Northshire cohort"))
    assert client.post(start_url(course)).status_code == 404
    assert client.post(complete_url(course_outline(course=course).items[0].page)).status_code == 404
    assert Enrolment.objects.count() == 0


# The course page -------------------------------------------------------------------------------------------------


def test_the_course_page_shows_percent_module_statuses_and_continue(client, learner):
    course = make_course(modules=3, lessons=2)
    items = course_outline(course=course).items
    for item in items[:3]:
        complete_item(user=learner, item=item.page)
    html = client.get(course.url).content.decode()
    assert "You have completed 3 of 6 required items (50%)." in html
    statuses = [part.split("</div>")[0] for part in html.split('class="govuk-task-list__status"')[1:]]
    assert "Completed" in statuses[0] and "govuk-tag" not in statuses[0]
    assert "In progress" in statuses[1]
    assert "Not started" in statuses[2]
    assert f'href="{items[3].url}" role="button"' in html
    assert "Continue" in html and f"Next: {items[3].title}" in html


def test_the_course_page_reads_the_same_percent_as_the_enrolment_summary(client, learner):
    course = make_course(modules=1, lessons=3)
    complete_item(user=learner, item=course_outline(course=course).items[0].page)
    enrolment = Enrolment.objects.get(user=learner)
    assert f"({enrolment.percent}%)" in client.get(course.url).content.decode()


def test_a_completed_course_shows_the_course_complete_panel(client, learner):
    course = make_course(modules=1, lessons=1)
    complete_item(user=learner, item=course_outline(course=course).items[0].page)
    html = client.get(course.url).content.decode()
    assert 'class="govuk-panel govuk-panel--confirmation"' in html
    assert "Course complete" in html
    enrolment = Enrolment.objects.get(user=learner)
    assert reverse("learning:start_again", args=[enrolment.pk]) in html


@pytest.fixture
def annotators(monkeypatch):
    """Register enrolment annotators for one test only, as certificates does from its AppConfig.ready()."""
    registered = []
    monkeypatch.setattr(extensions, "_enrolment_annotators", registered)
    return registered


def test_the_course_page_shows_progress_as_a_bar_with_the_percentage_beside_it(client, learner):
    course = make_course(modules=1, lessons=4)
    complete_item(user=learner, item=course_outline(course=course).items[0].page)
    soup = BeautifulSoup(client.get(course.url).content.decode(), "html.parser")
    bar = soup.find("progress")
    assert (bar["class"], bar["max"], bar["value"]) == (["app-progress__bar"], "100", "25")
    assert soup.find(id=bar["aria-labelledby"]).get_text(strip=True) == "Your progress"  # its accessible name
    assert bar.find_next_sibling("span").get_text(strip=True) == "25% complete"


def test_the_course_complete_panel_links_to_the_certificate(client, learner, annotators):
    course = make_course(modules=1, lessons=1)
    complete_item(user=learner, item=course_outline(course=course).items[0].page)
    enrolment = Enrolment.objects.get(user=learner)
    annotators.append(lambda *, user, enrolments: {enrolment.pk: {"certificate_url": "/certificates/CA-1/pdf/"}})
    panel = BeautifulSoup(client.get(course.url).content.decode(), "html.parser").select_one(".govuk-panel")
    link = panel.find("a")
    assert (link["href"], link["class"]) == ("/certificates/CA-1/pdf/", ["govuk-link", "govuk-link--inverse"])
    assert link.get_text(" ", strip=True) == f"View your certificate for {course.title}"
    assert "being prepared" not in panel.get_text()


def test_the_course_complete_panel_says_the_certificate_is_being_prepared_until_it_is_issued(client, learner):
    course = make_course(modules=1, lessons=1)
    complete_item(user=learner, item=course_outline(course=course).items[0].page)  # the issuing task runs on commit
    panel = BeautifulSoup(client.get(course.url).content.decode(), "html.parser").select_one(".govuk-panel")
    assert " ".join(panel.select_one(".govuk-panel__body").get_text(" ").split()) == (
        f"You completed this course on {Enrolment.objects.get(user=learner).completed_at:%-d %B %Y} "
        "Your certificate is being prepared"
    )
    assert panel.find("a") is None


def test_annotators_are_asked_only_when_the_course_is_complete(client, learner, annotators):
    calls = []
    annotators.append(lambda *, user, enrolments: calls.append([e.pk for e in enrolments]) or {})
    course = make_course(modules=1, lessons=2)
    first, second = course_outline(course=course).items
    complete_item(user=learner, item=first.page)
    client.get(course.url)
    assert calls == []
    complete_item(user=learner, item=second.page)
    client.get(course.url)
    assert calls == [[Enrolment.objects.get(user=learner).pk]]


def test_one_learners_progress_never_shows_on_another_learners_course_page(client):
    course = make_course(modules=1, lessons=2)
    someone_else = UserFactory()
    complete_item(user=someone_else, item=course_outline(course=course).items[0].page)
    client.force_login(UserFactory())
    html = client.get(course.url).content.decode()
    assert "Your progress" not in html and "In progress" not in html
    assert "Start course" in html


# Lesson pages ----------------------------------------------------------------------------------------------------


def test_a_lesson_has_a_mark_as_complete_button_that_posts_with_csrf(client, learner):
    course = make_course(modules=1, lessons=2)
    lesson = course_outline(course=course).items[0].page
    html = client.get(lesson.url).content.decode()
    form = html.split(f'action="{complete_url(lesson)}"')[1].split("</form>")[0]
    assert "csrfmiddlewaretoken" in form
    assert "Mark as complete and continue" in form


def test_anonymous_readers_are_asked_to_sign_in_to_save_progress(client):
    course = make_course(modules=1, lessons=1)
    html = client.get(course_outline(course=course).items[0].url).content.decode()
    assert "to save your progress" in html
    assert "Mark as complete" not in html


def test_viewing_a_lesson_records_nothing(client, learner):
    course = make_course(modules=1, lessons=2)
    client.get(course.url)
    client.get(course_outline(course=course).items[0].url)
    assert Enrolment.objects.count() == 0 and ItemCompletion.objects.count() == 0


def test_mark_as_complete_records_the_lesson_and_goes_to_the_next_item_across_modules(client, learner):
    course = make_course(modules=2, lessons=1)
    first, second = course_outline(course=course).items
    response = client.post(complete_url(first.page))
    assert response.status_code == 302 and response["Location"] == second.url
    assert ItemCompletion.objects.filter(enrolment__user=learner, item_id=first.pk).exists()
    html = client.get(first.url).content.decode()
    assert '<strong class="govuk-tag govuk-tag--green">Completed</strong>' in html
    assert "Mark as complete" not in html
    assert f'href="{second.url}" role="button"' in html  # "Continue"


def test_completing_the_last_required_item_goes_to_the_course_page_with_the_panel(client, learner):
    course = make_course(modules=1, lessons=3, optional={(1, 3)})
    items = course_outline(course=course).items
    assert client.post(complete_url(items[0].page))["Location"] == items[1].url
    response = client.post(complete_url(items[1].page))
    assert response["Location"] == course.url  # complete on this request, though an optional lesson follows
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.is_complete and enrolment.percent == 100
    assert "Course complete" in client.get(response["Location"]).content.decode()


def test_completing_an_optional_item_after_the_course_is_complete_moves_on_normally(client, learner):
    course = make_course(modules=1, lessons=3, optional={(1, 2)})
    items = course_outline(course=course).items
    client.post(complete_url(items[0].page))
    client.post(complete_url(items[2].page))  # course complete now
    assert client.post(complete_url(items[1].page))["Location"] == items[2].url


def test_a_double_click_records_one_completion_and_both_requests_move_on(client, learner):
    course = make_course(modules=1, lessons=2)
    first, second = course_outline(course=course).items
    responses = [client.post(complete_url(first.page)) for _ in range(2)]
    assert [r["Location"] for r in responses] == [second.url, second.url]
    assert ItemCompletion.objects.count() == 1
    assert ProgressEvent.objects.filter(kind=ProgressEvent.Kind.ITEM_COMPLETED).count() == 1


def test_two_tabs_finishing_the_course_complete_it_once(client, learner, django_capture_on_commit_callbacks):
    from courses.signals import course_completed

    received = []

    def handler(sender, enrolment, **kwargs):
        received.append(enrolment.pk)

    course_completed.connect(handler)
    try:
        course = make_course(modules=1, lessons=1)
        lesson = course_outline(course=course).items[0].page
        with django_capture_on_commit_callbacks(execute=True):
            first_tab = client.post(complete_url(lesson))
            second_tab = client.post(complete_url(lesson))  # the stale tab still shows the button
    finally:
        course_completed.disconnect(handler)
    assert first_tab["Location"] == course.url
    assert second_tab["Location"] == course.url
    assert received == [Enrolment.objects.get(user=learner).pk]
    assert ProgressEvent.objects.filter(kind=ProgressEvent.Kind.COURSE_COMPLETED).count() == 1


def test_completing_needs_a_post(client, learner):
    course = make_course(modules=1, lessons=1)
    assert client.get(complete_url(course_outline(course=course).items[0].page)).status_code == 405


def test_an_anonymous_completion_goes_to_sign_in_and_records_nothing(client):
    course = make_course(modules=1, lessons=1)
    lesson = course_outline(course=course).items[0].page
    response = client.post(complete_url(lesson))
    assert response["Location"].startswith("/accounts/login/?next=")
    assert ItemCompletion.objects.count() == 0


def test_pages_that_are_not_live_course_items_cannot_be_completed(client, learner):
    course = make_course(modules=2, lessons=1)
    module = ModulePage.objects.get(slug="module-1")
    assert client.post(complete_url(course)).status_code == 404
    assert client.post(complete_url(module)).status_code == 404
    draft = LessonPage.objects.child_of(module).get()
    draft.unpublish()
    assert client.post(complete_url(draft)).status_code == 404
    hidden_module = ModulePage.objects.get(slug="module-2")
    hidden_module.unpublish()
    hidden_module.get_children().update(live=True)  # a live lesson under an unpublished module
    assert client.post(complete_url(LessonPage.objects.child_of(hidden_module).get())).status_code == 404
    assert client.post(reverse("learning:complete_item", args=[999999])).status_code == 404
    assert ItemCompletion.objects.count() == 0


def test_module_page_shows_which_items_are_completed(client, learner):
    course = make_course(modules=1, lessons=2)
    items = course_outline(course=course).items
    complete_item(user=learner, item=items[0].page)
    html = client.get(items[0].module.url).content.decode()
    statuses = [part.split("</div>")[0] for part in html.split('class="govuk-task-list__status"')[1:]]
    assert "Completed" in statuses[0] and "Not started" in statuses[1]


def test_the_module_contents_beside_a_lesson_mark_completed_items(client, learner):
    course = make_course(modules=1, lessons=2)
    items = course_outline(course=course).items
    complete_item(user=learner, item=items[0].page)
    html = client.get(items[1].url).content.decode()
    assert f"{items[0].title}</a> (completed)" in html


def test_enrolment_alone_completes_nothing(client, learner):
    course = make_course(modules=1, lessons=2)
    enrol(user=learner, course=course)
    html = client.get(course.url).content.decode()
    assert "You have completed 0 of 2 required items (0%)." in html
