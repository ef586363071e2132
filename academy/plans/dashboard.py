"""What plans adds to the lead's cohort dashboard and export (registered in PlansConfig.ready()): a "100-day plan"
column with each learner's plan status, the filter "plan awaiting feedback", and the cohort's "100-day plans"
section in its sub-navigation."""

from academy.cohorts.extensions import ColumnFilter, DashboardColumn, LeadSection
from academy.plans.models import Plan
from academy.plans.selectors import NOT_STARTED

AWAITING_FILTER_KEY = "plan_awaiting_feedback"


def plan_status_values(*, cohort, user_ids: list[int]) -> dict[int, str]:
    """{user_id: plan status} for a page of the dashboard. One query, however many learners."""
    labels = dict(Plan.Status.choices)
    statuses = Plan.objects.filter(cohort=cohort, owner_id__in=user_ids).values_list("owner_id", "status")
    return {owner_id: labels[status] for owner_id, status in statuses}


def awaiting_feedback_user_ids(cohort):
    """The learners whose plan is submitted and waits for feedback, as a subquery (not evaluated here)."""
    return Plan.objects.filter(cohort=cohort, status=Plan.Status.SUBMITTED).values("owner_id")


PLAN_COLUMN = DashboardColumn(
    key="plans.status",
    heading="100-day plan",
    values=plan_status_values,
    empty=NOT_STARTED,
    filters=(
        ColumnFilter(
            key=AWAITING_FILTER_KEY,
            label="Only learners whose plan is awaiting feedback",
            user_ids=awaiting_feedback_user_ids,
        ),
    ),
)

PLANS_SECTION = LeadSection(key="plans", label="100-day plans", url_name="plans:cohort")
