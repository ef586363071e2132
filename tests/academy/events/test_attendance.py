"""The register on the day, and attendance at required sessions holding back the course certificate."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.certificates.models import Certificate
from academy.events.models import Attendance
from academy.events.services import SessionError
from academy.events.services.attendance import record_attendance
from courses.selectors import course_outline
from tests.academy.certificates.conftest import (
    badge_key_base64,  # noqa: F401
    certificate_settings,  # noqa: F401 - PDFs in a temporary directory
)
from tests.academy.certificates.factories import complete_course
from tests.academy.cohorts.factories import bulk_learners, make_cohort
from tests.academy.cohorts.test_dashboard import DASHBOARD_MAX_QUERIES
from tests.academy.events.factories import make_session

pytestmark = pytest.mark.django_db


def test_the_lead_records_present_absent_and_apologies_in_one_form(client, lead, cohort, member, second_member):
    session = make_session(cohort, days_ahead=0)
    client.force_login(lead)
    url = reverse("events:register", args=[cohort.pk, session.pk])
    page = client.get(url).content.decode()
    assert f'name="attendance-{member.pk}"' in page and 'type="radio"' in page
    client.post(url, {f"attendance-{member.pk}": "present", f"attendance-{second_member.pk}": "apologies"})
    assert dict(Attendance.objects.values_list("user_id", "status")) == {
        member.pk: "present",
        second_member.pk: "apologies",
    }
    client.post(url, {f"attendance-{member.pk}": "absent"})
    assert Attendance.objects.get(user=member).status == "absent"


def test_each_name_on_the_register_is_set_apart_from_its_organisation_and_booking(client, lead, cohort, member):
    session = make_session(cohort, days_ahead=0)
    client.force_login(lead)
    page = client.get(reverse("events:register", args=[cohort.pk, session.pk])).content.decode()
    legend = page.split('<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">', 1)[1].split("</legend>")[0]
    assert legend.startswith("Mo Member<span")  # then the booking on its own line, after a comma for screen readers
    assert '<span class="govuk-visually-hidden">, </span>Not booked</span>' in legend
    assert "govuk-!-display-block" in legend


def test_an_unknown_mark_is_refused_with_an_error(client, lead, cohort, member):
    session = make_session(cohort, days_ahead=0)
    client.force_login(lead)
    response = client.post(reverse("events:register", args=[cohort.pk, session.pk]), {f"attendance-{member.pk}": "x"})
    assert response.status_code == 400 and "There is a problem" in response.content.decode()
    assert not Attendance.objects.exists()


def test_marks_for_people_outside_the_cohort_are_ignored(cohort, lead, outsider):
    session = make_session(cohort, days_ahead=0)
    assert record_attendance(session=session, marks={outsider.pk: "present"}, recorded_by=lead) == 0
    with pytest.raises(SessionError):
        record_attendance(session=session, marks={outsider.pk: "maybe"}, recorded_by=lead)


def test_a_completed_course_waits_for_the_required_session_then_the_certificate_is_issued(
    client, cohort, course, lead, member, django_capture_on_commit_callbacks
):
    session = make_session(cohort, days_ahead=-1, title="Market shaping day", required=True)
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(member, course)
    assert not Certificate.objects.exists()
    client.force_login(member)
    html = client.get("/my-learning/").content.decode()
    assert "Waiting" in html and "attended the required session ‘Market shaping day’" in html

    with django_capture_on_commit_callbacks(execute=True):
        record_attendance(session=session, marks={member.pk: "present"}, recorded_by=lead)
    certificate = Certificate.objects.get()
    assert certificate.enrolment.user == member
    html = client.get("/my-learning/").content.decode()
    assert "View your certificate" in html and "Waiting" not in html


def test_a_session_that_is_not_required_holds_nothing_back(cohort, course, member, django_capture_on_commit_callbacks):
    make_session(cohort, days_ahead=-1, required=False)
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(member, course)
    assert Certificate.objects.filter(enrolment__user=member).exists()


def test_a_cancelled_required_session_holds_nothing_back(cohort, course, member, django_capture_on_commit_callbacks):
    make_session(cohort, days_ahead=-1, required=True, status="cancelled")
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(member, course)
    assert Certificate.objects.filter(enrolment__user=member).exists()


def test_the_dashboard_shows_attendance_and_filters_those_who_missed_a_required_session(
    client, lead, cohort, member, second_member
):
    past = make_session(cohort, days_ahead=-2, required=True)
    make_session(cohort, days_ahead=5, required=True)
    Attendance.objects.create(session=past, user=member, status="present")
    Attendance.objects.create(session=past, user=second_member, status="apologies")
    client.force_login(lead)
    url = reverse("cohorts:dashboard", args=[cohort.pk])
    html = client.get(url).content.decode()
    assert "Sessions attended" in html and "1 of 2 required sessions" in html and "0 of 2 required sessions" in html
    filtered = client.get(url + "?missed_session=1").content.decode()
    assert "Sam Second" in filtered and "Mo Member" not in filtered
    assert 'name="missed_session" type="checkbox" value="1" checked' in filtered


def test_the_export_includes_attendance_and_keeps_the_filter(client, lead, cohort, member, second_member):
    past = make_session(cohort, days_ahead=-2, required=True)
    Attendance.objects.create(session=past, user=member, status="present")
    client.force_login(lead)
    response = client.post(
        reverse("cohorts:export_create", args=[cohort.pk]),
        {"kind": "dashboard", "format": "csv", "missed_session": "1"},
    )
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    header, *rows = text.strip().splitlines()
    assert "Sessions attended" in header.split(",")
    assert len(rows) == 1 and "Sam Second" in rows[0] and "0 of 1 required sessions" in rows[0]


def test_a_session_that_has_not_ended_is_not_missed_yet(client, lead, cohort, member):
    make_session(cohort, days_ahead=0, hours=2, starts_at=timezone.now() - timedelta(hours=1), required=True)
    client.force_login(lead)
    html = client.get(reverse("cohorts:dashboard", args=[cohort.pk]) + "?missed_session=1").content.decode()
    assert "Mo Member" not in html


def test_the_dashboard_with_sessions_makes_the_same_queries_for_few_or_many_learners(
    client, lead, course, django_assert_max_num_queries
):
    outline = course_outline(course=course)
    counts = []
    for size in (5, 300):
        cohort = make_cohort(courses=[course], leads=[lead], name=f"Size {size}")
        users = bulk_learners(cohort, count=size, outline=outline, done_items=1, prefix=f"s{size}")
        past = make_session(cohort, days_ahead=-3, required=True)
        make_session(cohort, days_ahead=3, required=True)
        Attendance.objects.bulk_create(Attendance(session=past, user=user, status="present") for user in users[::2])
        client.force_login(lead)
        url = reverse("cohorts:dashboard", args=[cohort.pk]) + "?missed_session=1"
        client.get(url)
        with django_assert_max_num_queries(DASHBOARD_MAX_QUERIES) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts
