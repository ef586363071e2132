"""A learner's programme data (sessions, 100-day plans, xAPI statements) is in their download and goes, or is
anonymised, when they delete their account: their plans and comments are deleted, their place at a session to
come goes to the next person waiting, and past attendance stays for the register."""

import pytest

from academy.events.models import Attendance, Booking
from academy.events.services.bookings import sign_up
from academy.plans import services as plan_services
from academy.plans.models import Comment, Plan, PlanVersion
from academy.privacy import archive, services
from academy.records.models import Statement
from tests.academy.cohorts.factories import add_learner
from tests.academy.events.factories import make_session
from tests.academy.plans.factories import plan_cohort, submitted_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme():
    cohort, _lead = plan_cohort(name="Programme cohort")
    plan = submitted_plan(cohort, full_name="Pat Planner", title="Fewer delayed discharges")
    learner = plan.owner
    other = add_learner(cohort, full_name="Olu Other").user
    other_plan = plan_services.start_plan(user=other, cohort_id=cohort.pk)
    Comment.objects.create(plan=other_plan, author=learner, body="Have you asked the wards?")
    past = make_session(cohort, days_ahead=-3, title="Development day 1")
    Attendance.objects.create(session=past, user=learner, status="present")
    upcoming = make_session(cohort, days_ahead=5, title="Masterclass", capacity=1)
    sign_up(session=upcoming, user=learner)
    waiting = add_learner(cohort, full_name="Wyn Waiting").user
    sign_up(session=upcoming, user=waiting)
    return {"cohort": cohort, "learner": learner, "plan": plan, "upcoming": upcoming, "waiting": waiting}


def test_the_download_holds_sessions_plans_versions_and_comments(programme):
    data = archive.learner_data(user=programme["learner"])
    assert data["plans"][0]["title"] == "Fewer delayed discharges"
    assert data["plans"][0]["status"] == "Awaiting feedback"
    assert [v["version"] for v in data["plan_versions"]] == [1]
    assert data["plan_comments_written"][0]["body"] == "Have you asked the wards?"
    assert {b["session"] for b in data["session_bookings"]} == {"Masterclass"}
    assert data["session_attendance"][0] == {**data["session_attendance"][0], "status": "Present"}


def test_deleting_the_account_deletes_plans_and_comments_and_frees_the_place(programme):
    learner, upcoming, waiting = programme["learner"], programme["upcoming"], programme["waiting"]
    assert Statement.objects.filter(user=learner).exists()  # plan submitted (and enrolment) statements
    services.delete_account(user=learner)
    assert not Plan.objects.filter(pk=programme["plan"].pk).exists()
    assert not PlanVersion.objects.filter(plan_id=programme["plan"].pk).exists()
    assert not Comment.objects.filter(body="Have you asked the wards?").exists()
    assert Booking.objects.get(session=upcoming, user=waiting).status == Booking.Status.CONFIRMED
    assert Booking.objects.get(session=upcoming, user=learner).status == Booking.Status.CANCELLED
    assert Attendance.objects.filter(user=learner, status="present").count() == 1  # the register stays right
    assert not Statement.objects.filter(user=learner).exists()
