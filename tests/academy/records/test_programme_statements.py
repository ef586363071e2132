"""Programme events become statements in the same transaction: a learner marked present at a session, a plan
submitted and a plan accepted (with the reviewer as the context's instructor)."""

import pytest

from academy.events.services.attendance import record_attendance
from academy.plans import services as plan_services
from academy.records.models import Statement
from tests.academy.cohorts.factories import add_learner
from tests.academy.events.factories import make_session
from tests.academy.plans.factories import plan_cohort, written_plan

pytestmark = pytest.mark.django_db


def test_marking_present_writes_one_attended_statement_with_the_cohort():
    cohort, lead = plan_cohort(name="Attending cohort")
    present = add_learner(cohort, full_name="Pia Present").user
    absent = add_learner(cohort, full_name="Abe Absent").user
    session = make_session(cohort, days_ahead=-1, title="Development day 1")
    record_attendance(session=session, marks={present.pk: "present", absent.pk: "absent"}, recorded_by=lead)
    statement = Statement.objects.get(verb="attended")
    assert statement.user == present
    assert statement.data["object"]["definition"]["name"]["en-GB"] == "Development day 1"
    assert statement.data["object"]["id"].endswith(f"/sessions/{session.pk}/")
    grouping = statement.data["context"]["contextActivities"]["grouping"]
    assert any(activity["definition"]["name"]["en-GB"] == "Attending cohort" for activity in grouping)
    # Recording the same mark again is no new fact: no second statement.
    record_attendance(session=session, marks={present.pk: "present"}, recorded_by=lead)
    assert Statement.objects.filter(verb="attended").count() == 1


def test_submitting_and_accepting_a_plan_write_statements():
    cohort, lead = plan_cohort(name="Planning cohort")
    plan = written_plan(cohort, title="Reducing delayed discharges")
    plan_services.submit_plan(plan=plan, user=plan.owner)
    plan_services.accept_plan(plan=plan, lead=lead)
    submitted = Statement.objects.get(verb="submitted")
    accepted = Statement.objects.exclude(verb__in=["submitted", "registered"]).get(user=plan.owner)
    assert submitted.user == accepted.user == plan.owner
    assert submitted.data["object"]["id"] == accepted.data["object"]["id"]
    assert submitted.data["object"]["id"].endswith(f"/plans/{plan.pk}/")
    assert accepted.data["result"]["success"] is True
    assert "instructor" in accepted.data["context"]
