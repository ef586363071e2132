"""Every session URL with an id, tried by the wrong person: another cohort's lead, a learner, a non-member."""

import pytest
from django.urls import reverse

from academy.events.models import Session
from tests.academy.cohorts.factories import make_cohort, make_lead
from tests.academy.events.factories import make_session

pytestmark = pytest.mark.django_db

LEAD_URLS = ["events:lead_sessions", "events:session_create"]
LEAD_SESSION_URLS = ["events:session_edit", "events:session_cancel", "events:register"]
LEARNER_URLS = ["events:session", "events:sign_up", "events:cancel_booking", "events:calendar"]


def lead_urls(cohort, session):
    return [reverse(name, args=[cohort.pk]) for name in LEAD_URLS] + [
        reverse(name, args=[cohort.pk, session.pk]) for name in LEAD_SESSION_URLS
    ]


def test_the_cohorts_lead_reaches_every_lead_page(client, lead, cohort):
    session = make_session(cohort)
    client.force_login(lead)
    assert all(client.get(url).status_code == 200 for url in lead_urls(cohort, session))


def test_another_cohorts_lead_and_a_member_get_404_on_the_lead_pages(client, cohort, member, course):
    session = make_session(cohort)
    other_lead = make_lead(full_name="Olu Other")
    make_cohort(courses=[course], leads=[other_lead], name="Theirs")
    for person in (other_lead, member):
        client.force_login(person)
        for url in lead_urls(cohort, session):
            assert client.get(url).status_code == 404, url
            assert client.post(url).status_code == 404, url
    assert Session.objects.get().status == "scheduled"


def test_a_session_of_another_cohort_is_404_under_this_cohorts_address(client, lead, cohort, course):
    theirs = make_session(make_cohort(courses=[course], leads=[], name="Theirs"))
    client.force_login(lead)
    for name in LEAD_SESSION_URLS:
        assert client.get(reverse(name, args=[cohort.pk, theirs.pk])).status_code == 404


def test_someone_outside_the_cohort_gets_404_on_the_learner_pages(client, cohort, outsider, lead):
    session = make_session(cohort)
    for person in (outsider, lead):
        client.force_login(person)
        for name in LEARNER_URLS:
            url = reverse(name, args=[session.pk])
            assert client.get(url).status_code == 404, url
    client.logout()
    assert client.get(reverse("events:session", args=[session.pk])).status_code == 302


def test_the_lead_creates_a_session_in_uk_time(client, lead, cohort):
    client.force_login(lead)
    response = client.post(
        reverse("events:session_create", args=[cohort.pk]),
        {
            "title": "Summer masterclass",
            "day_day": "1",
            "day_month": "7",
            "day_year": "2030",
            "start_time": "9:30",
            "end_time": "4pm",
            "online_url": "https://meet.example.org/x",
            "capacity": "20",
            "required": "on",
        },
    )
    assert response.status_code == 302
    session = Session.objects.get()
    assert session.starts_at.isoformat() == "2030-07-01T08:30:00+00:00"  # 9:30 British Summer Time
    assert session.ends_at.isoformat() == "2030-07-01T15:00:00+00:00" and session.required


def test_bad_session_input_is_answered_with_gov_uk_errors(client, lead, cohort):
    client.force_login(lead)
    response = client.post(
        reverse("events:session_create", args=[cohort.pk]),
        {
            "title": "<script>x</script>",
            "day_day": "31",
            "day_month": "2",
            "day_year": "2030",
            "start_time": "25:00",
            "end_time": "x",
            "online_url": "not a link",
            "capacity": "0",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html and "<title>Error:" in html
    for message in ("must be a real date", "Enter a real start time", "like 9:30", "online link in the right format"):
        assert message in html
    assert "<script>x</script>" not in html and not Session.objects.exists()
