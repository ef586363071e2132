"""What plans add to the apps below: a certificate requirement (an accepted plan, where the cohort asks for one,
named on the certificate), what a waiting certificate waits for and the learner's plan on "My learning", and the
"100-day plan" menu item. Registered in PlansConfig.ready()."""

from academy.certificates.requirements import Requirement
from academy.core.links import fixed_url
from academy.plans import selectors
from courses.models import Enrolment

KEY = "plans:accepted-plan"
UNMET = "an accepted 100-day plan in {cohort}"
NAMED = "100-day plan: {title}"


def unmet(enrolment: Enrolment) -> list[str]:
    cohorts, plans = selectors.accepted_plans_for(user_id=enrolment.user_id, course_id=enrolment.course_id)
    accepted = {plan.cohort_id for plan in plans}
    return [UNMET.format(cohort=cohort.name) for cohort in cohorts if cohort.pk not in accepted]


def named(enrolment: Enrolment) -> list[str]:
    _, plans = selectors.accepted_plans_for(user_id=enrolment.user_id, course_id=enrolment.course_id)
    return [NAMED.format(title=plan.display_title) for plan in plans]


REQUIREMENT = Requirement(key=KEY, unmet=unmet, named=named)


def certificate_waiting(*, user, enrolments: list) -> dict[int, dict]:
    """For "My learning": the accepted plan each completed course's certificate waits for. One query."""
    completed = {e.course_id: e for e in enrolments if e.is_current and e.is_complete}
    if not completed or not getattr(user, "is_authenticated", False):
        return {}
    waiting: dict[int, dict] = {}
    for course_id, cohort_name in selectors.missing_plans(user_id=user.pk, course_ids=completed):
        facts = waiting.setdefault(completed[course_id].pk, {"certificate_waiting": []})
        facts["certificate_waiting"].append(UNMET.format(cohort=cohort_name))
    return waiting


def learning_panel(*, user, request) -> dict | None:
    """The learner's plan in each cohort that asks for one, on "My learning": its status and the next step. Two
    queries; nothing for someone in no such cohort."""
    if not getattr(user, "is_authenticated", False):
        return None
    rows = selectors.my_plan_cohorts(user)
    if not rows:
        return None
    return {"template": "plans/includes/my_plan_panel.html", "rows": rows}


def navigation_item(request) -> dict | None:
    """ "100-day plans" for anyone signed in; no query (the page itself says when there is no plan to write)."""
    user = getattr(request, "user", None)
    if not (user and user.is_authenticated):
        return None
    href = fixed_url("plans:mine")
    return {"text": "100-day plans", "href": href, "prefix": "/plans/"}
