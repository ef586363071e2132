"""The whole programme in one browser journey (issue 16's "Done when"): a cohort with a short course, a required
session with one place and a required 100-day plan. Two learners sign up, the second waits and is given the place
(and emailed) when the first cancels; she completes the course and sees what her certificate waits for; the lead
records her present; she drafts, submits, revises and resubmits her plan around the lead's feedback; the lead
accepts it and her certificate is issued, naming the plan on My certificates and in the PDF. Axe (WCAG 2.2 AA) runs
on every page the journey visits."""

import io
import re

import pytest
from django.core import mail
from playwright.sync_api import expect
from pypdf import PdfReader

from academy.certificates.models import Certificate
from academy.events.models import Attendance, Booking
from academy.plans.models import Plan
from courses.selectors import course_outline
from tests.academy.certificates.conftest import (
    badge_key_base64,  # noqa: F401
    certificate_settings,  # noqa: F401 - PDFs in a temporary directory
)
from tests.academy.cohorts.factories import add_learner
from tests.academy.events.factories import make_session
from tests.academy.plans.factories import plan_cohort
from tests.e2e.conftest import assert_accessible, sign_in, sign_out

pytestmark = pytest.mark.django_db(transaction=True)

SESSION = "Development day: market shaping"
PLAN_TITLE = "Reducing delayed discharges"
NAMED = f"100-day plan: {PLAN_TITLE}"


def visit(page, path):
    page.goto(path)
    assert_accessible(page)


def click(page, locator):
    """Follow a link or press a button, then check the page it leads to."""
    locator.click()
    assert_accessible(page)


def test_a_cohort_runs_through_a_session_and_a_plan_to_a_certificate(page, site_root):
    cohort, lead = plan_cohort(required=True, name="Northshire programme", slug="programme-course")
    course = cohort.courses.get()
    first = add_learner(cohort, full_name="Fay First", email="fay@council.gov.uk").user
    second = add_learner(cohort, full_name="Sid Second", email="sid@council.gov.uk").user
    session = make_session(cohort, days_ahead=7, title=SESSION, capacity=1, required=True)

    # A takes the only place; B joins the waiting list; A cancels and B is given the place, by email
    sign_in(page, first)
    visit(page, "/my-learning/")
    click(page, page.get_by_role("link", name=SESSION))
    click(page, page.get_by_role("link", name="Sign up"))
    click(page, page.get_by_role("button", name="Confirm your place"))
    expect(page.get_by_text(f"You have a place at {SESSION}.")).to_be_visible()
    page.goto("/accounts/logout/")  # signing out in the browser, once (sign_out posts the same form for the others)
    page.locator("main").get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("navigation", name="Menu").get_by_role("link", name="Sign in")).to_be_visible()

    sign_in(page, second)
    visit(page, f"/sessions/{session.pk}/")
    click(page, page.get_by_role("link", name="Join the waiting list"))
    click(page, page.get_by_role("button", name="Join the waiting list"))
    expect(page.get_by_text("You are number 1 on the waiting list.")).to_be_visible()
    sign_out(page)

    sign_in(page, first)
    visit(page, f"/sessions/{session.pk}/")
    click(page, page.get_by_role("link", name="Cancel your place"))
    click(page, page.get_by_role("button", name="Cancel your place"))
    expect(page.get_by_text("You are no longer booked")).to_be_visible()
    sign_out(page)
    assert Booking.objects.get(user=second).status == Booking.Status.CONFIRMED
    promoted = [m for m in mail.outbox if m.to == [second.email] and "is yours" in m.subject]
    assert len(promoted) == 1 and f"/sessions/{session.pk}/" in promoted[0].body

    # B completes the course in the browser; the certificate waits for the session and the plan
    sign_in(page, second)
    visit(page, course.url)
    click(page, page.get_by_role("button", name=re.compile(r"^(Start course|Continue)")))
    for _ in course_outline(course=course).items:  # one module of one lesson
        click(page, page.get_by_role("button", name="Mark as complete and continue"))
    expect(page.locator(".govuk-panel__title")).to_have_text("Course complete")
    visit(page, "/my-learning/")
    waiting = page.locator(".govuk-summary-card", has_text=course.title)
    expect(waiting.locator(".govuk-tag--yellow")).to_have_text("Waiting")
    expect(waiting).to_contain_text(f"attended the required session ‘{SESSION}’")
    expect(waiting).to_contain_text("an accepted 100-day plan in Northshire programme")
    expect(page.get_by_role("heading", name="Your 100-day plan")).to_be_visible()
    sign_out(page)

    # The lead keeps the register: B was there
    sign_in(page, lead)
    visit(page, f"/cohorts/{cohort.pk}/sessions/")
    click(page, page.get_by_role("link", name=f"Attendance at {SESSION}"))
    page.get_by_role("group", name=re.compile("Sid Second")).get_by_label("Present").check()
    click(page, page.get_by_role("button", name="Save attendance"))
    expect(page.get_by_text("Attendance saved (1 change")).to_be_visible()
    assert Attendance.objects.get(user=second).status == Attendance.Status.PRESENT
    assert not Certificate.objects.exists()  # still waiting for the plan
    sign_out(page)

    # B drafts her plan, saves it, and submits it
    sign_in(page, second)
    visit(page, "/my-learning/")
    waiting = page.locator(".govuk-summary-card", has_text=course.title)
    expect(waiting).not_to_contain_text("attended the required session")
    expect(waiting).to_contain_text("an accepted 100-day plan in Northshire programme")
    click(page, page.get_by_role("link", name="Start your plan for Northshire programme"))  # My learning's plan panel
    click(page, page.get_by_role("button", name=re.compile("Start your plan")))
    page.get_by_label("Plan title").fill(PLAN_TITLE)
    page.get_by_label("Commissioning challenge").fill("People wait nine days for home care after a hospital stay.")
    page.get_by_label("Outcome sought").fill("People go home when they are well enough")
    page.locator("#id_actions-0-action").fill("Map the discharge pathway")
    page.locator("#id_actions-0-due").fill("27 3 2026")
    click(page, page.get_by_role("button", name="Save draft"))
    expect(page.get_by_text("Your draft has been saved.")).to_be_visible()
    click(page, page.get_by_role("button", name="Submit for feedback"))
    expect(page.get_by_text("Your plan has been submitted for feedback.")).to_be_visible()
    plan = Plan.objects.get(owner=second)
    assert plan.status == Plan.Status.SUBMITTED
    sign_out(page)

    # The lead gives feedback against the template's criteria
    sign_in(page, lead)
    visit(page, f"/plans/cohorts/{cohort.pk}/")
    click(page, page.get_by_role("link", name=PLAN_TITLE))
    click(page, page.get_by_role("link", name="Give feedback"))
    page.get_by_role("group", name="The challenge is clear").get_by_label("Meets the criterion", exact=True).check()
    page.get_by_role("group", name="The outcome can be measured").get_by_label("Does not meet it yet").check()
    page.get_by_label("Comment on The outcome can be measured").fill("Give a baseline and a target.")
    click(page, page.get_by_role("button", name="Send feedback"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Your feedback has been sent")
    sign_out(page)

    # B revises and resubmits
    sign_in(page, second)
    visit(page, f"/plans/{plan.pk}/")
    click(page, page.get_by_role("link", name="Read the feedback"))
    expect(page.locator("main")).to_contain_text("Give a baseline and a target.")
    click(page, page.get_by_role("link", name="Back to the plan"))
    click(page, page.get_by_role("link", name="Revise your plan"))
    page.get_by_label("How the outcome will be measured").fill("Delayed days a month: from 410 to 200")
    click(page, page.get_by_role("button", name="Submit for feedback"))
    expect(page.get_by_text("Your plan has been submitted for feedback.")).to_be_visible()
    assert plan.versions.count() == 2
    sign_out(page)

    # The lead accepts it: the certificate is issued; the dashboard shows the session and the plan
    sign_in(page, lead)
    visit(page, f"/plans/{plan.pk}/")
    click(page, page.get_by_role("button", name="Accept the plan"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text("accepted")
    certificate = Certificate.objects.get(enrolment__user=second)
    assert certificate.achievements == [NAMED]
    visit(page, f"/cohorts/{cohort.pk}/")
    row = page.locator("tr", has_text="Sid Second")
    expect(row).to_contain_text("1 of 1 required sessions")
    expect(row).to_contain_text("Accepted")
    sign_out(page)

    # B sees it on My learning and My certificates, named on the page and in the PDF
    sign_in(page, second)
    visit(page, "/my-learning/")
    link = page.get_by_role("link", name=f"View your certificate for {course.title}")
    expect(link).to_have_attribute("href", re.compile(rf"/certificates/{certificate.code}/certificate\.pdf$"))
    click(page, page.get_by_role("link", name="My certificates"))
    expect(page.locator("main")).to_contain_text(NAMED)
    with page.expect_download() as download:
        page.get_by_role("link", name=f"Download certificate (PDF) for {course.title}, {certificate.code}").click()
    with open(download.value.path(), "rb") as file:
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(file.read())).pages)
    assert NAMED in " ".join(text.split()) and "Sid Second" in text
    visit(page, f"/certificates/verify/{certificate.code}/")
    expect(page.locator("main")).to_contain_text(NAMED)
