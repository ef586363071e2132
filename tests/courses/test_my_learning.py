"""'My learning': courses in progress and completed, facts from other apps, and starting a course again."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from courses import extensions
from courses.forms import START_AGAIN_CHOICE_REQUIRED
from courses.models import Enrolment, ItemCompletion, ProgressEvent
from courses.selectors import course_outline, learner_dashboard
from courses.services.progress import NOTHING_TO_RETAKE, complete_item, enrol, start_again
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

MY_LEARNING = "/my-learning/"


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


@pytest.fixture
def annotators(monkeypatch):
    """Register annotators for one test only, as cohorts and certificates will from their AppConfig.ready()."""
    registered = []
    monkeypatch.setattr(extensions, "_enrolment_annotators", registered)
    return registered


def finish(user, course):
    for item in course_outline(course=course).items:
        complete_item(user=user, item=item.page)
    return Enrolment.objects.get(user=user, course=course, is_current=True)


def start_again_url(enrolment) -> str:
    return reverse("learning:start_again", args=[enrolment.pk])


def test_my_learning_needs_sign_in(client):
    response = client.get(MY_LEARNING)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/my-learning/"


def test_a_new_learner_is_pointed_to_the_courses(client, learner):
    html = client.get(MY_LEARNING).content.decode()
    assert "You have not started any courses yet." in html
    assert 'href="/courses/"' in html


def test_a_course_in_progress_shows_percent_and_a_link_to_the_next_step(client, learner):
    course = make_course(modules=1, lessons=4)
    items = course_outline(course=course).items
    complete_item(user=learner, item=items[0].page)
    html = client.get(MY_LEARNING).content.decode()
    in_progress = html.split("In progress</h2>")[1]
    assert course.title in in_progress
    assert "25% complete (1 of 4 required items)" in in_progress
    assert f'<a class="govuk-link" href="{items[1].url}">{items[1].title}</a>' in in_progress
    assert "Completed</h2>" not in html


def test_a_course_in_progress_shows_a_progress_bar_beside_its_percentage(client, learner):
    course = make_course(modules=1, lessons=4)
    complete_item(user=learner, item=course_outline(course=course).items[0].page)
    soup = BeautifulSoup(client.get(MY_LEARNING).content.decode(), "html.parser")
    [bar] = soup.find_all("progress")
    assert (bar["max"], bar["value"], bar["aria-label"]) == ("100", "25", f"Progress in {course.title}")
    assert bar.find_next_sibling("span").get_text(strip=True) == "25% complete (1 of 4 required items)"


def test_completed_courses_have_no_progress_bar(client, learner):
    finish(learner, make_course(modules=1, lessons=1))
    assert "<progress" not in client.get(MY_LEARNING).content.decode()


def test_a_completed_course_shows_its_date_and_start_again(client, learner):
    course = make_course(modules=1, lessons=1)
    enrolment = finish(learner, course)
    html = client.get(MY_LEARNING).content.decode()
    completed = html.split("Completed</h2>")[1]
    assert course.title in completed
    assert enrolment.completed_at.strftime("%-d %B %Y") in completed
    assert start_again_url(enrolment) in completed
    assert "In progress</h2>" not in html


def test_deadlines_and_overdue_come_from_registered_annotators_called_once(client, learner, annotators):
    calls = []
    late, on_time = make_course(slug="late"), make_course(slug="on-time")
    late_enrolment, on_time_enrolment = enrol(user=learner, course=late), enrol(user=learner, course=on_time)

    def cohort_deadlines(*, user, enrolments):
        calls.append(sorted(e.pk for e in enrolments))
        return {
            late_enrolment.pk: {"deadline": datetime.date(2020, 3, 31)},
            on_time_enrolment.pk: {"deadline": datetime.date(2999, 1, 1), "overdue": False},
        }

    annotators.append(cohort_deadlines)
    html = client.get(MY_LEARNING).content.decode()
    assert calls == [sorted([late_enrolment.pk, on_time_enrolment.pk])]
    cards = {card.split("</h3>")[0]: card for card in html.split('<h3 class="govuk-summary-card__title">')[1:]}
    late_card, on_time_card = cards["Course late"], cards["Course on-time"]
    assert "31 March 2020" in late_card and "Overdue" in late_card
    assert "1 January 2999" in on_time_card and "Overdue" not in on_time_card


def test_no_deadline_row_without_an_annotator(client, learner, annotators):
    enrol(user=learner, course=make_course())
    assert "Deadline" not in client.get(MY_LEARNING).content.decode()


def test_a_certificate_link_appears_when_an_annotator_supplies_one(client, learner, annotators):
    enrolment = finish(learner, make_course(modules=1, lessons=1))
    annotators.append(lambda *, user, enrolments: {enrolment.pk: {"certificate_url": "/certificates/ABC123/"}})
    html = client.get(MY_LEARNING).content.decode()
    assert 'href="/certificates/ABC123/"' in html and "View your certificate" in html


def test_what_a_certificate_waits_for_is_joined_from_every_annotator(client, learner, annotators):
    enrolment = finish(learner, make_course(modules=1, lessons=1))
    annotators.append(lambda *, user, enrolments: {enrolment.pk: {"certificate_waiting": ["attended the day"]}})
    annotators.append(lambda *, user, enrolments: {enrolment.pk: {"certificate_waiting": ["an accepted plan"]}})
    assert learner_dashboard(user=learner).completed[0].certificate_waiting == ["attended the day", "an accepted plan"]
    html = client.get(MY_LEARNING).content.decode()
    assert "<li>attended the day</li>" in html and "<li>an accepted plan</li>" in html


def test_a_completed_course_is_never_overdue(learner, annotators):
    enrolment = finish(learner, make_course(modules=1, lessons=1))
    annotators.append(lambda *, user, enrolments: {enrolment.pk: {"deadline": datetime.date(2020, 1, 1)}})
    entry = learner_dashboard(user=learner).completed[0]
    assert entry.deadline == datetime.date(2020, 1, 1) and entry.overdue is False


def test_my_learning_lists_only_the_learners_own_enrolments(client, learner):
    mine, theirs = make_course(slug="mine"), make_course(slug="theirs")
    enrol(user=learner, course=mine)
    enrol(user=UserFactory(), course=theirs)
    html = client.get(MY_LEARNING).content.decode()
    assert "Course mine" in html and "Course theirs" not in html


def test_a_course_unpublished_after_enrolment_is_listed_without_links(client, learner):
    course = make_course(modules=1, lessons=2)
    enrol(user=learner, course=course)
    course.unpublish()
    html = client.get(MY_LEARNING).content.decode()
    assert course.title in html and "This course is no longer available" in html
    assert f'href="{course.url}"' not in html


# Starting again ------------------------------------------------------------------------------------------------


def test_start_again_asks_for_confirmation_first(client, learner):
    enrolment = finish(learner, make_course(modules=1, lessons=1))
    html = client.get(start_again_url(enrolment)).content.decode()
    assert "Do you want to start this course again?" in html
    assert 'method="post"' in html and "csrfmiddlewaretoken" in html
    assert Enrolment.objects.get(pk=enrolment.pk).is_current


def test_start_again_without_an_answer_shows_the_gov_uk_error_summary(client, learner):
    enrolment = finish(learner, make_course(modules=1, lessons=1))
    html = client.post(start_again_url(enrolment)).content.decode()
    assert "<title>Error: " in html
    assert "There is a problem" in html
    assert f'<a href="#id_confirm">{START_AGAIN_CHOICE_REQUIRED}</a>' in html
    assert 'id="id_confirm"' in html  # the link lands on the first radio
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_answering_no_changes_nothing(client, learner):
    enrolment = finish(learner, make_course(modules=1, lessons=1))
    response = client.post(start_again_url(enrolment), {"confirm": "no"})
    assert response["Location"] == MY_LEARNING
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_starting_again_keeps_the_completed_cycle_as_history(client, learner):
    course = make_course(modules=1, lessons=2)
    old = finish(learner, course)
    response = client.post(start_again_url(old), {"confirm": "yes"}, follow=True)
    assert response.redirect_chain[-1][0] == course.url
    html = response.content.decode()
    assert f"You have started {course.title} again" in html
    assert "You have completed 0 of 2 required items (0%)." in html
    old.refresh_from_db()
    new = Enrolment.objects.get(user=learner, is_current=True)
    assert (old.is_complete, old.completions.count(), new.cycle, new.percent) == (True, 2, 2, 0)
    assert ProgressEvent.objects.filter(enrolment=old, kind=ProgressEvent.Kind.RETAKE_STARTED, actor=learner).exists()

    my_learning = client.get(MY_LEARNING).content.decode()
    assert "In progress</h2>" in my_learning and "Earlier completions" in my_learning
    earlier = my_learning.split("Earlier completions</h2>")[1]
    assert course.title in earlier and old.completed_at.strftime("%-d %B %Y") in earlier


def test_a_retake_can_be_completed_again_and_both_completions_are_listed(client, learner):
    course = make_course(modules=1, lessons=1)
    start_again(enrolment=finish(learner, course))
    finish(learner, course)
    dashboard = learner_dashboard(user=learner)
    assert [e.enrolment.cycle for e in dashboard.completed] == [2]
    assert [e.enrolment.cycle for e in dashboard.earlier] == [1]
    assert dashboard.in_progress == []


def test_start_again_is_explained_not_offered_before_completion(client, learner):
    course = make_course(modules=1, lessons=2)
    enrolment = enrol(user=learner, course=course)
    html = client.get(start_again_url(enrolment)).content.decode()
    assert NOTHING_TO_RETAKE in html and "<form" not in html.split("main-content")[1]
    client.post(start_again_url(enrolment), {"confirm": "yes"})
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_an_earlier_cycle_cannot_be_started_again_twice(client, learner):
    old = finish(learner, make_course(modules=1, lessons=1))
    client.post(start_again_url(old), {"confirm": "yes"})
    client.post(start_again_url(old), {"confirm": "yes"})  # the second tab
    assert Enrolment.objects.filter(user=learner).count() == 2


def test_start_again_returns_404_for_another_learners_enrolment(client, learner):
    someone_else = UserFactory()
    theirs = finish(someone_else, make_course(modules=1, lessons=1))
    assert client.get(start_again_url(theirs)).status_code == 404
    assert client.post(start_again_url(theirs), {"confirm": "yes"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.is_current and Enrolment.objects.filter(user=someone_else).count() == 1


def test_start_again_returns_404_for_an_unknown_enrolment(client, learner):
    assert client.get(reverse("learning:start_again", args=[987654])).status_code == 404


def test_start_again_needs_sign_in(client):
    enrolment = finish(UserFactory(), make_course(modules=1, lessons=1))
    response = client.post(start_again_url(enrolment), {"confirm": "yes"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert Enrolment.objects.count() == 1


def test_completing_a_lesson_shows_at_once_on_my_learning(client, learner):
    course = make_course(modules=1, lessons=1)
    client.post(reverse("learning:complete_item", args=[course_outline(course=course).items[0].pk]))
    html = client.get(MY_LEARNING).content.decode()
    assert course.title in html.split("Completed</h2>")[1]
    assert ItemCompletion.objects.count() == 1
