"""Sessions in a browser: the lead adds a session with one place, two learners sign up (the second waits), the first
cancels and the second is given the place (and emailed), the lead keeps the register on a phone and removes a
learner. Every new page is checked with axe (WCAG 2.2 AA) on the way."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from academy.cohorts.models import Membership
from academy.events.models import Attendance, Booking, Session
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.courses.factories import make_course
from tests.e2e.conftest import assert_accessible, sign_in, sign_out

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_session_with_one_place_a_waiting_list_a_promotion_and_the_register(page, site_root):
    course = make_course(modules=1, lessons=2, slug="programme-course")
    lead = make_lead(full_name="Lee Lead")
    cohort = make_cohort(courses=[course], leads=[lead], name="Northshire commissioners")
    first = add_learner(cohort, full_name="Fay First", email="fay@council.gov.uk").user
    second = add_learner(cohort, full_name="Sid Second", email="sid@council.gov.uk").user
    day = timezone.localdate() + timedelta(days=7)

    sign_in(page, lead.email)
    page.goto(f"/cohorts/{cohort.pk}/")
    page.get_by_role("link", name="Sessions").click()
    assert_accessible(page)
    page.get_by_role("link", name="Add a session").click()
    assert_accessible(page)
    page.get_by_role("button", name="Add session").click()  # nothing filled in: the GOV.UK error pattern
    expect(page).to_have_title(re.compile(r"^Error: "))
    assert_accessible(page)
    page.get_by_label("Title").fill("Masterclass: market shaping")
    page.get_by_label("Day").fill(str(day.day))
    page.get_by_label("Month").fill(str(day.month))
    page.get_by_label("Year").fill(str(day.year))
    page.get_by_label("Start time (UK time)").fill("10:00")
    page.get_by_label("End time (UK time)").fill("12:30")
    page.get_by_label("Place (optional)", exact=True).fill("County Hall, Room 1")
    page.get_by_label("Number of places").fill("1")
    page.get_by_label("Facilitator").fill("Tom Okonjo")
    page.get_by_label("Required for completion").check()
    page.get_by_role("button", name="Add session").click()
    expect(page.get_by_text("Session added: Masterclass: market shaping.")).to_be_visible()
    assert_accessible(page)
    session = Session.objects.get()
    sign_out(page)

    sign_in(page, first.email)
    page.goto("/my-learning/")
    expect(page.get_by_role("heading", name="Your sessions")).to_be_visible()
    page.get_by_role("link", name="All your sessions").click()
    assert_accessible(page)
    page.get_by_role("link", name="Masterclass: market shaping").click()
    assert_accessible(page)
    expect(page.get_by_text("10:00 to 12:30 (UK time)").first).to_be_visible()
    page.get_by_role("link", name="Sign up").click()
    assert_accessible(page)
    page.get_by_role("button", name="Confirm your place").click()
    expect(page.get_by_text("You have a place at Masterclass: market shaping.")).to_be_visible()
    sign_out(page)

    sign_in(page, second.email)
    page.goto(f"/sessions/{session.pk}/")
    page.get_by_role("link", name="Join the waiting list").click()
    assert_accessible(page)
    page.get_by_role("button", name="Join the waiting list").click()
    expect(page.get_by_text("You are number 1 on the waiting list.")).to_be_visible()
    sign_out(page)

    sign_in(page, first.email)
    page.goto(f"/sessions/{session.pk}/")
    page.get_by_role("link", name="Cancel your place").click()
    assert_accessible(page)
    page.get_by_role("button", name="Cancel your place").click()
    expect(page.get_by_text("You are no longer booked")).to_be_visible()
    sign_out(page)
    assert Booking.objects.get(user=second).status == Booking.Status.CONFIRMED
    promoted = [m for m in mail.outbox if m.to == [second.email] and "is yours" in m.subject]  # sent from the outbox
    assert len(promoted) == 1 and f"/sessions/{session.pk}/" in promoted[0].body

    sign_in(page, lead.email)
    page.set_viewport_size({"width": 375, "height": 800})  # the register on the day, on a phone
    page.goto(f"/cohorts/{cohort.pk}/sessions/")
    page.get_by_role("link", name="Attendance at Masterclass: market shaping").click()
    assert_accessible(page)
    page.get_by_role("group", name=re.compile("Sid Second")).get_by_label("Present").check()
    page.get_by_role("group", name=re.compile("Fay First")).get_by_label("Apologies").check()
    page.get_by_role("button", name="Save attendance").click()
    expect(page.get_by_text("Attendance saved (2 changes).")).to_be_visible()
    assert dict(Attendance.objects.values_list("user__email", "status")) == {
        "sid@council.gov.uk": "present",
        "fay@council.gov.uk": "apologies",
    }
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"/cohorts/{cohort.pk}/")
    expect(page.get_by_text("1 of 1 required sessions")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Fay First").click()
    page.get_by_role("link", name="Remove Fay First from this cohort").click()
    assert_accessible(page)
    page.get_by_role("button", name="Remove learner").click()
    expect(page.get_by_text("Fay First has been removed")).to_be_visible()
    assert not Membership.objects.filter(user=first).exists()
