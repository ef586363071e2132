"""The plan's workflow: draft, submit (a new immutable version), feedback, revise, resubmit, accept; emails."""

import pytest
from django.core.exceptions import ValidationError

from academy.accounts.models import OutgoingEmail
from academy.plans import services
from academy.plans.models import Plan, PlanVersion
from tests.academy.accounts.factories import UserFactory
from tests.academy.plans.factories import plan_cohort, ratings, submitted_plan, written_plan

pytestmark = pytest.mark.django_db


def test_a_member_starts_one_plan_per_cohort():
    cohort, _ = plan_cohort()
    plan = written_plan(cohort)
    assert services.start_plan(user=plan.owner, cohort_id=cohort.pk) == plan
    assert plan.status == Plan.Status.DRAFT


def test_a_non_member_cannot_start_a_plan():
    cohort, _ = plan_cohort()
    with pytest.raises(services.PlanError, match="not a member"):
        services.start_plan(user=UserFactory(), cohort_id=cohort.pk)


def test_submitting_keeps_a_version_and_emails_the_lead():
    cohort, lead = plan_cohort()
    plan = submitted_plan(cohort)
    assert plan.status == Plan.Status.SUBMITTED
    version = plan.versions.get()
    assert version.number == 1 and version.content["title"] == "Reducing delayed discharges"
    assert OutgoingEmail.objects.filter(to=[lead.email], subject__contains="100-day plan to review").exists()


def test_a_plan_without_a_challenge_cannot_be_submitted():
    cohort, _ = plan_cohort()
    plan = written_plan(cohort, challenge="  ")
    with pytest.raises(services.PlanError, match="commissioning challenge"):
        services.submit_plan(plan=plan, user=plan.owner)
    assert not PlanVersion.objects.exists()


def test_a_submitted_plan_cannot_be_edited_until_feedback():
    cohort, lead = plan_cohort()
    plan = submitted_plan(cohort)
    with pytest.raises(services.PlanError, match="cannot be changed"):
        services.save_draft(plan=plan, data={"title": "Changed"})
    services.give_feedback(plan=plan, reviewer=lead, ratings=ratings(), summary="Good start")
    plan.refresh_from_db()
    assert plan.status == Plan.Status.FEEDBACK
    services.save_draft(plan=plan, data={"title": "Changed"})
    assert Plan.objects.get(pk=plan.pk).title == "Changed"


def test_revise_resubmit_and_accept_keeps_every_version_unchanged():
    cohort, lead = plan_cohort()
    plan = submitted_plan(cohort)
    services.give_feedback(plan=plan, reviewer=lead, ratings=ratings(), summary="Measure it")
    services.save_draft(plan=plan, data={"measures": "Delayed days per month, from the monthly return"})
    services.submit_plan(plan=plan, user=plan.owner)
    services.accept_plan(plan=plan, lead=lead)
    plan.refresh_from_db()
    assert plan.status == Plan.Status.ACCEPTED and plan.accepted_by == lead
    first, second = plan.versions.order_by("number")
    assert first.content["measures"] == "Delayed days per month"
    assert second.content["measures"].endswith("monthly return")
    assert first.feedback.get().ratings[0] == {
        "criterion": "The challenge is clear",
        "rating": "partly",
        "comment": "About The challenge is clear",
    }
    assert OutgoingEmail.objects.filter(to=[plan.owner.email], subject__contains="accepted").exists()


def test_a_version_cannot_be_changed_once_saved():
    cohort, _ = plan_cohort()
    version = submitted_plan(cohort).versions.get()
    version.content = {"title": "rewritten"}
    with pytest.raises(ValidationError):
        version.save()


def test_feedback_text_is_kept_as_plain_text():
    cohort, lead = plan_cohort()
    plan = submitted_plan(cohort)
    rows = ratings()
    rows[0]["comment"] = "<script>alert(1)</script>Costs < £5m & <b>rising</b>"
    feedback = services.give_feedback(plan=plan, reviewer=lead, ratings=rows, summary="<img src=x onerror=y>Fine")
    assert feedback.ratings[0]["comment"] == "Costs < £5m & rising"
    assert feedback.summary == "Fine"


def test_a_draft_cannot_be_accepted():
    cohort, lead = plan_cohort()
    with pytest.raises(services.PlanError):
        services.accept_plan(plan=written_plan(cohort), lead=lead)
