"""Reads shared by the lead area, exports, reminders and "My learning". Every one runs in a fixed number of queries."""

from academy.cohorts.selectors.access import (
    cohort_for,
    cohorts_for,
    eligible_leads,
    is_cohort_admin,
    learners_cohort,
    may_lead,
)
from academy.cohorts.selectors.charts import (
    ModuleProgress,
    Timeline,
    TimelinePoint,
    completion_timeline,
    module_progress,
)
from academy.cohorts.selectors.learner import CourseLine, LearnerProgress, learner_progress
from academy.cohorts.selectors.overview import CohortSummary, cohort_summaries
from academy.cohorts.selectors.progress import (
    SORT_LABELS,
    STATUS_LABELS,
    DashboardFilters,
    LearnerRow,
    ProgressPage,
    cohort_organisations,
    cohort_progress_page,
    cohort_progress_rows,
    cohort_progress_summary,
    iter_progress_rows,
)

__all__ = [
    "SORT_LABELS",
    "STATUS_LABELS",
    "CohortSummary",
    "CourseLine",
    "DashboardFilters",
    "LearnerProgress",
    "LearnerRow",
    "ModuleProgress",
    "ProgressPage",
    "Timeline",
    "TimelinePoint",
    "cohort_for",
    "cohort_organisations",
    "cohort_progress_page",
    "cohort_progress_rows",
    "cohort_progress_summary",
    "cohort_summaries",
    "cohorts_for",
    "completion_timeline",
    "eligible_leads",
    "is_cohort_admin",
    "iter_progress_rows",
    "learner_progress",
    "learners_cohort",
    "may_lead",
    "module_progress",
]
