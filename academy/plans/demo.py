"""The demo cohort's 100-day plans for `manage.py load_demo`: a template, two peer groups and plans in every state
(draft, awaiting feedback, feedback given, accepted), from demo.json through the product's own services.
Idempotent: a plan that exists is left as it is."""

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from academy.cohorts.models import Cohort
from academy.plans import services
from academy.plans.models import FeedbackCriterion, Plan, PlanTemplate

DATA = Path(__file__).with_name("demo.json")


@transaction.atomic
def load_demo_plans(*, cohort: Cohort, lead) -> int:
    """Plans, groups and the template for the demo cohort (an accepted plan is required for its certificate).
    Returns how many plans the cohort has."""
    data = json.loads(DATA.read_text())
    template = _template(data["template"])
    services.set_cohort_settings(cohort=cohort, template=template, required=True)
    users = {user.email: user for user in get_user_model().objects.filter(cohort_memberships__cohort=cohort)}
    if not cohort.peer_groups.exists():
        assignment = {
            users[email].pk: name for name, emails in data["groups"].items() for email in emails if email in users
        }
        services.save_groups(cohort=cohort, names=list(data["groups"]), assignment=assignment)
    for entry in data["plans"]:
        owner = users.get(entry["email"])
        if owner is None or Plan.objects.filter(cohort=cohort, owner=owner).exists():
            continue
        _plan(cohort, owner, lead, template, entry, users)
    return cohort.plans.count()


def _template(data: dict) -> PlanTemplate:
    template, created = PlanTemplate.objects.get_or_create(
        name=data["name"],
        defaults={"introduction": data["introduction"], **{f"{k}_guidance": v for k, v in data["guidance"].items()}},
    )
    if created:
        for position, (title, description) in enumerate(data["criteria"]):
            FeedbackCriterion.objects.create(
                template=template, title=title, description=description, sort_order=position
            )
    return template


def _plan(cohort, owner, lead, template, entry: dict, users: dict) -> None:
    plan = services.start_plan(user=owner, cohort_id=cohort.pk)
    fields = ("title", "challenge", "outcome", "measures", "actions", "stakeholders", "risks", "review")
    plan = services.save_draft(plan=plan, data={field: entry[field] for field in fields})
    if entry["shared"]:
        services.set_sharing(plan=plan, shared=True)
    if entry["state"] != Plan.Status.DRAFT:
        services.submit_plan(plan=plan, user=owner)
    if entry["state"] in {Plan.Status.FEEDBACK, Plan.Status.ACCEPTED}:
        criteria = list(template.criteria.all())
        ratings = [
            {"criterion": c.title, "rating": "met" if n else "partly", "comment": "" if n else "Add a baseline figure."}
            for n, c in enumerate(criteria)
        ]
        services.give_feedback(plan=plan, reviewer=lead, ratings=ratings, summary="A clear, realistic plan.")
    if entry["state"] == Plan.Status.ACCEPTED:
        services.submit_plan(plan=plan, user=owner)
        services.accept_plan(plan=plan, lead=lead)
    if comment := entry.get("comment"):
        author = users.get(comment["email"])
        if author is not None:
            services.add_comment(plan=plan, author=author, body=comment["body"])
