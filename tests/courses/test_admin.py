"""Administrators reset a learner's progress in the Django admin, giving a reason that is kept in the history."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

from courses.models import Enrolment, ProgressEvent
from courses.selectors import course_outline
from courses.services.progress import REASON_REQUIRED, complete_item, start_again
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

CHANGELIST = "/django-admin/courses/enrolment/"


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def enrolment():
    course = make_course(modules=1, lessons=2)
    learner = UserFactory()
    complete_item(user=learner, item=course_outline(course=course).items[0].page)
    return Enrolment.objects.get(user=learner)


def reset(client, enrolments, **extra):
    data = {"action": "reset_progress_action", ACTION_CHECKBOX_NAME: [e.pk for e in enrolments], **extra}
    return client.post(CHANGELIST, data)


def test_reset_asks_for_a_reason_on_an_intermediate_page(admin_client, enrolment):
    response = reset(admin_client, [enrolment])
    assert response.status_code == 200
    html = response.content.decode()
    assert "Reason for resetting progress" in html and str(enrolment.user) in html
    assert Enrolment.objects.count() == 1


def test_reset_without_a_reason_is_refused_with_a_clear_message(admin_client, enrolment):
    html = reset(admin_client, [enrolment], apply="yes", reason="   ").content.decode()
    assert REASON_REQUIRED.replace("'", "&#x27;") in html
    assert "Error: " in html
    assert Enrolment.objects.count() == 1


def test_reset_with_a_reason_starts_a_new_cycle_and_keeps_the_reason(admin_client, enrolment):
    response = reset(admin_client, [enrolment], apply="yes", reason="Completed on behalf of a colleague")
    assert response.status_code == 302
    enrolment.refresh_from_db()
    new = Enrolment.objects.get(user=enrolment.user, is_current=True)
    assert (enrolment.is_current, enrolment.completions.count(), new.cycle, new.percent) == (False, 1, 2, 0)
    event = ProgressEvent.objects.get(kind=ProgressEvent.Kind.RESET)
    assert event.enrolment == enrolment and event.reason == "Completed on behalf of a colleague"
    assert event.actor.is_superuser


def test_earlier_cycles_are_skipped_with_a_warning(admin_client):
    course = make_course(modules=1, lessons=1)
    learner = UserFactory()
    complete_item(user=learner, item=course_outline(course=course).items[0].page)
    old = Enrolment.objects.get(user=learner)
    current = start_again(enrolment=old)
    response = reset(admin_client, [old, current], apply="yes", reason="Asked by the learner")
    messages = [str(m) for m in response.wsgi_request._messages]
    assert "Progress reset for 1 enrolment." in messages
    assert any("1 earlier cycle was skipped" in m for m in messages)
    assert Enrolment.objects.filter(user=learner).count() == 3


def test_the_enrolment_page_shows_history_read_only_and_cannot_delete(admin_client, enrolment):
    html = admin_client.get(f"{CHANGELIST}{enrolment.pk}/change/").content.decode()
    assert "History" in html and "Item completed" in html and "Enrolled" in html
    assert 'name="percent"' not in html  # read-only
    assert admin_client.get(f"{CHANGELIST}{enrolment.pk}/delete/").status_code == 403
    assert admin_client.get(f"{CHANGELIST}add/").status_code == 403


def test_staff_without_permission_cannot_reset(client, enrolment):
    client.force_login(UserFactory(is_staff=True))
    response = reset(client, [enrolment], apply="yes", reason="Because")
    assert response.status_code == 403
    assert Enrolment.objects.count() == 1
