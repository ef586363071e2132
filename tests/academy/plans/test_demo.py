"""`manage.py load_demo` gives the demo cohort a plan template, two peer groups and plans in every state."""

import io

import pytest
from django.core.management import call_command

from academy.certificates import requirements
from academy.cohorts.demo import DEMO_COHORT_NAME
from academy.cohorts.models import Cohort
from academy.config import DEVELOPMENT_ALLOWED_EMAIL_DOMAINS
from academy.plans.models import Comment, Plan, PlanVersion
from courses.models import Enrolment
from tests.built_once import rolled_back_at_the_end

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with rolled_back_at_the_end(
        django_db_blocker, ACADEMY_ALLOWED_EMAIL_DOMAINS=list(DEVELOPMENT_ALLOWED_EMAIL_DOMAINS)
    ):
        output = io.StringIO()
        call_command("load_demo", stdout=output)
        call_command("load_demo", stdout=io.StringIO())
        yield output.getvalue()


def test_the_demo_cohort_has_plans_in_every_state_once(demo):
    cohort = Cohort.objects.get(name=DEMO_COHORT_NAME)
    states = sorted(cohort.plans.values_list("status", flat=True))
    assert states == sorted(["accepted", "accepted", "feedback", "submitted", "draft"])
    assert PlanVersion.objects.filter(plan__cohort=cohort).count() == 1 + 1 + 2 + 2
    assert "Demo 100-day plans: 5" in demo


def test_the_demo_cohort_has_two_peer_groups_and_a_comment(demo):
    cohort = Cohort.objects.get(name=DEMO_COHORT_NAME)
    assert cohort.peer_groups.count() == 2
    assert Comment.objects.filter(plan__cohort=cohort).count() == 1


def test_accepted_plans_meet_the_plan_requirement_and_will_be_named_on_the_certificates(demo):
    # The load runs in a transaction rolled back here, so its on-commit certificate tasks never run: ask the rule.
    # Amira's certificate waits only for the cohort's upcoming required development day (the events demo), not for
    # her accepted plan, which it will name.
    plan = Plan.objects.get(owner__email="amira.khan@northshire.example")
    enrolment = Enrolment.objects.get(user=plan.owner, is_current=True)
    unmet = requirements.unmet(enrolment)
    assert len(unmet) == 1 and unmet[0].startswith("attended the required session ‘Development day 2")
    assert requirements.named(enrolment) == [f"100-day plan: {plan.title}"]
    waiting = Enrolment.objects.filter(user__email="eilidh.ross@northshire-nhs.example", is_current=True).first()
    assert waiting is None or f"an accepted 100-day plan in {DEMO_COHORT_NAME}" in requirements.unmet(waiting)
