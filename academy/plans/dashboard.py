"""What plans adds to the lead's cohort dashboard and export (registered in PlansConfig.ready()): a "100-day plan"
column with each learner's plan status, the filter "plan awaiting feedback", and the cohort's "100-day plans"
section in its sub-navigation."""

from academy.cohorts.extensions import ColumnFilter, DashboardColumn, LeadSection
from academy.plans import selectors

AWAITING_FILTER_KEY = "plan_awaiting_feedback"


PLAN_COLUMN = DashboardColumn(
    key="plans.status",
    heading="100-day plan",
    values=lambda *, cohort, user_ids: selectors.plan_statuses(cohort, user_ids=user_ids),
    empty=selectors.NOT_STARTED,
    filters=(
        ColumnFilter(
            key=AWAITING_FILTER_KEY,
            label="Only learners whose plan is awaiting feedback",
            user_ids=selectors.awaiting_feedback_owner_ids,
        ),
    ),
)

PLANS_SECTION = LeadSection(key="plans", label="100-day plans", url_name="plans:cohort")
