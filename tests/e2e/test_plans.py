"""The 100-day plan in a browser: a learner drafts (autosaved) and submits; the lead gives feedback; the learner
revises and resubmits; the lead accepts and the certificate names the plan. Then the peer group: a member comments,
another reports it, the lead hides it. Every new page is checked with axe (WCAG 2.2 AA)."""

import re

import pytest
from playwright.sync_api import expect

from academy.certificates.models import Certificate
from academy.plans import services
from academy.plans.models import Comment, Plan
from tests.academy.certificates.factories import complete_course
from tests.academy.cohorts.factories import add_learner
from tests.academy.plans.factories import plan_cohort
from tests.e2e.conftest import assert_accessible, sign_in, sign_out

pytestmark = pytest.mark.django_db(transaction=True)


def visit(page, path):
    page.goto(path)
    assert_accessible(page)


def test_plan_from_draft_to_acceptance_and_a_peer_group_conversation(page, site_root):
    cohort, lead = plan_cohort(required=True, name="Northshire programme")
    learner = add_learner(cohort, full_name="Pat Planner").user
    peer = add_learner(cohort, full_name="Quinn Peer").user
    reporter = add_learner(cohort, full_name="Remy Reporter").user
    services.save_groups(
        cohort=cohort, names=["Set A"], assignment={learner.pk: "Set A", peer.pk: "Set A", reporter.pk: "Set A"}
    )
    complete_course(learner, cohort.courses.get())
    assert not Certificate.objects.exists()  # waiting for the plan

    # The learner drafts, with a bad date first, and autosave
    sign_in(page, learner.email)
    visit(page, "/plans/")
    page.get_by_role("button", name=re.compile("Start your plan")).click()
    page.wait_for_url(re.compile(r".*/plans/\d+/edit/$"))
    assert_accessible(page)
    page.get_by_label("Plan title").fill("Reducing delayed discharges")
    page.get_by_label("Commissioning challenge").fill("People wait nine days for home care after hospital.")
    expect(page.locator(".app-autosave-status")).to_have_text(re.compile(r"^Saved at \d\d:\d\d$"))
    assert Plan.objects.get(owner=learner).title == "Reducing delayed discharges"
    page.locator("#id_actions-0-action").fill("Map the discharge pathway")
    page.locator("#id_actions-0-due").fill("31 2 2026")
    page.get_by_role("button", name="Save draft").click()
    expect(page).to_have_title(re.compile(r"^Error: "))
    assert_accessible(page)
    page.get_by_role("link", name="Due date must be a real date, like 27 3 2026").click()
    page.locator("#id_actions-0-due").fill("27 3 2026")
    page.get_by_role("button", name="Submit for feedback").click()
    page.wait_for_url(re.compile(r".*/plans/\d+/$"))
    assert_accessible(page)
    plan = Plan.objects.get(owner=learner)
    assert plan.status == Plan.Status.SUBMITTED and plan.actions[0]["due"] == "2026-03-27"
    page.get_by_role("button", name="Share with Set A").click()
    assert_accessible(page)
    sign_out(page)

    # The lead gives structured feedback
    sign_in(page, lead.email)
    page.goto("/")  # where signing in leads
    page.get_by_role("link", name="100-day plans").click()  # the menu item
    assert_accessible(page)
    page.get_by_role("link", name="Northshire programme: 100-day plans and peer groups").click()
    assert_accessible(page)
    visit(page, f"/plans/cohorts/{cohort.pk}/settings/")
    visit(page, f"/plans/cohorts/{cohort.pk}/groups/")
    page.get_by_role("link", name="Back to the plans").click()
    page.get_by_role("link", name="Reducing delayed discharges").click()
    assert_accessible(page)
    page.get_by_role("link", name="Give feedback").click()
    assert_accessible(page)
    page.get_by_role("button", name="Send feedback").click()
    expect(page).to_have_title(re.compile(r"^Error: "))
    assert_accessible(page)
    page.get_by_role("group", name="The challenge is clear").get_by_label("Meets the criterion", exact=True).check()
    page.get_by_role("group", name="The outcome can be measured").get_by_label("Does not meet it yet").check()
    page.get_by_label("Comment on The outcome can be measured").fill("Give a baseline and a target.")
    page.get_by_role("button", name="Send feedback").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Your feedback has been sent")
    sign_out(page)

    # The learner reads it, revises and resubmits; compares the versions
    sign_in(page, learner.email)
    page.goto(f"/plans/{plan.pk}/")
    page.get_by_role("link", name="Version 1").click()
    assert_accessible(page)
    expect(page.locator("main")).to_contain_text("Give a baseline and a target.")
    page.goto(f"/plans/{plan.pk}/")
    page.get_by_role("link", name="Revise your plan").click()
    assert_accessible(page)
    page.get_by_label("How the outcome will be measured").fill("Delayed days a month: from 410 to 200")
    page.get_by_role("button", name="Submit for feedback").click()
    page.wait_for_url(re.compile(r".*/plans/\d+/$"))
    page.get_by_role("link", name="changes from version 1").click()
    assert_accessible(page)
    expect(page.locator("main")).to_contain_text("Measured by: Delayed days a month: from 410 to 200")
    sign_out(page)

    # The lead accepts: the certificate is issued and names the plan
    sign_in(page, lead.email)
    page.goto(f"/plans/{plan.pk}/")
    page.get_by_role("button", name="Accept the plan").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("accepted")
    certificate = Certificate.objects.get(enrolment__user=learner)
    assert certificate.achievements == ["100-day plan: Reducing delayed discharges"]
    sign_out(page)

    # A group member comments; another reports it; the lead hides it
    sign_in(page, peer.email)
    group = cohort.peer_groups.get()
    visit(page, f"/plans/groups/{group.pk}/")
    page.get_by_role("link", name="Reducing delayed discharges").click()
    assert_accessible(page)
    page.get_by_label("Add a comment").fill("Ignore the <b>carers</b>, they always complain.")
    page.get_by_role("button", name="Add comment").click()
    expect(page.locator("main")).to_contain_text("Ignore the carers, they always complain.")
    assert_accessible(page)
    sign_out(page)

    sign_in(page, reporter.email)
    page.goto(f"/plans/{plan.pk}/")
    page.get_by_role("button", name="Report the comment by Quinn Peer").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("The cohort's lead will look")
    sign_out(page)

    sign_in(page, lead.email)
    visit(page, f"/plans/cohorts/{cohort.pk}/")
    expect(page.locator("main")).to_contain_text("1 reported comment")
    page.goto(f"/plans/{plan.pk}/")
    page.get_by_role("button", name="Hide the comment by Quinn Peer").click()
    assert_accessible(page)
    expect(page.locator("main")).to_contain_text("Hidden")
    assert Comment.objects.get().is_hidden
    sign_out(page)

    sign_in(page, reporter.email)
    page.goto(f"/plans/{plan.pk}/")
    expect(page.locator("main")).not_to_contain_text("they always complain")
