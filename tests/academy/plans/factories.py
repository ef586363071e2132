"""Builders for plans: a template with criteria, a cohort that asks for plans, and plans in each state."""

from academy.plans import services
from academy.plans.models import FeedbackCriterion, PlanTemplate
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.courses.factories import make_course

CRITERIA = ("The challenge is clear", "The outcome can be measured")


def make_template(name: str = "Commissioning Academy 100-day plan") -> PlanTemplate:
    template = PlanTemplate.objects.create(
        name=name,
        introduction="Plan what your organisation will do in the next 100 days.",
        challenge_guidance="Describe the commissioning problem in a few sentences.",
    )
    for position, title in enumerate(CRITERIA):
        FeedbackCriterion.objects.create(template=template, title=title, sort_order=position)
    return template


def plan_cohort(*, required: bool = False, course=None, slug: str = "plan-course", name: str = "Plan cohort"):
    """A cohort on a small course, led by a new lead, asking for 100-day plans. Returns (cohort, lead)."""
    lead = make_lead(full_name="Lena Lead")
    course = course or make_course(modules=1, lessons=1, slug=slug)
    cohort = make_cohort(courses=[course], leads=[lead], name=name)
    services.set_cohort_settings(cohort=cohort, template=make_template(f"Template for {name}"), required=required)
    return cohort, lead


def written_plan(cohort, *, user=None, challenge: str = "Too many delayed hospital discharges", **fields):
    membership = add_learner(cohort, user=user, full_name=fields.pop("full_name", "Pat Planner"))
    plan = services.start_plan(user=membership.user, cohort_id=cohort.pk)
    data = {
        "title": "Reducing delayed discharges",
        "challenge": challenge,
        "outcome": "Fewer people waiting in hospital",
        "measures": "Delayed days per month",
        "actions": [{"action": "Map the discharge pathway", "owner": "Pat", "due": "2026-03-27"}],
        "stakeholders": [{"name": "Ward staff", "kind": "staff", "interest": "Flow"}],
        "risks": [{"risk": "Provider capacity", "mitigation": "Early market engagement"}],
        "review": "",
        **fields,
    }
    return services.save_draft(plan=plan, data=data)


def submitted_plan(cohort, **kwargs):
    plan = written_plan(cohort, **kwargs)
    services.submit_plan(plan=plan, user=plan.owner)
    plan.refresh_from_db()
    return plan


def ratings(rating: str = "partly") -> list[dict]:
    return [{"criterion": title, "rating": rating, "comment": f"About {title}"} for title in CRITERIA]
