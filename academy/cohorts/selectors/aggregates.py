"""The dashboard's whole-cohort figures (summary cards, module and quiz charts, timeline, organisations), kept in the
cache under a per-cohort version so a page of the dashboard reads them with one cache read instead of five queries; the
learner table's HTML is kept under the same version (``learner_table_key``).

Never stale: the version is a random token that ``forget_cohorts()`` drops (``academy.cohorts.receivers`` calls it
at once and after the commit of any change to a member's enrolment, completions or quiz attempts, to a membership,
or to a member's name or organisation), and the key also holds everything else the figures depend on: the day
(overdue), the cohort's start date, the course's deadline and the outline's modules and items. A reader takes the
version before reading the database, so figures read before a commit are stored under a version since dropped.
"""

import hashlib
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from academy.cohorts import quizzes
from academy.cohorts.models import Cohort, CohortCourse
from academy.cohorts.selectors.charts import ModuleProgress, Timeline, completion_timeline, module_progress
from academy.cohorts.selectors.progress import cohort_organisations, cohort_progress_summary
from academy.core import pagecache
from courses.selectors import CourseOutline

TIMEOUT = 24 * 60 * 60


@dataclass
class DashboardAggregates:
    summary: dict
    modules: list[ModuleProgress]
    timeline: Timeline
    organisations: list[str]
    quiz_rates: list[quizzes.QuizPassRate]
    key: str = ""  # changes whenever any figure or anything shown beside it (titles, deadline) may have: for fragments


def _version_key(cohort_id: int) -> str:
    return f"cohorts:dashboard-version:{cohort_id}"


def version_key(cohort_id: int) -> str:
    """The cache key of the cohort's version, for a page to read ahead with its other parts (``pagecache.prefetch``)."""
    return _version_key(cohort_id)


def cohort_version(cohort_id: int) -> str:
    """The current token of the cohort's figures (a new one once the old one is dropped)."""
    return pagecache.token(_version_key(cohort_id))  # read ahead with the page's other parts (``version_key``)


def forget_cohorts(cohort_ids) -> None:
    """Drop the stored figures of these cohorts (call after the change commits)."""
    pagecache.drop_tokens(_version_key(cohort_id) for cohort_id in set(cohort_ids))


def cohorts_changed(cohort_ids) -> None:
    """Something these cohorts' dashboards show has changed (call inside the change's transaction): their stored
    figures and learner tables are dropped at once, and again after the commit, since a reader between the two may
    have stored what it read before the commit. Other apps whose dashboard columns read their own rows call it too."""
    cohort_ids = list(cohort_ids)
    forget_cohorts(cohort_ids)
    transaction.on_commit(lambda: forget_cohorts(cohort_ids))


def _query_digest(query) -> str:
    shown = sorted((name, value) for name, values in query.lists() for value in values)
    return hashlib.blake2b(repr(shown).encode(), digest_size=8).hexdigest()


def learner_table_key(figures_key: str, *, filters, query) -> str | None:
    """The key of the dashboard's learner table for this query: the figures' key (the cohort's version, the day,
    deadline and outline) and the query (filters, sort, page). None, so never kept, when another app's filter is on:
    such a filter may depend on the hour (a required session that has just ended), not only on stored rows."""
    if filters.extra:
        return None
    return f"{figures_key}:{_query_digest(query)}"


def dashboard_page_key(
    *,
    cohort: Cohort,
    cohort_courses: list[CohortCourse],
    cohort_course: CohortCourse,
    filters,
    query,
    today: date | None = None,
) -> str | None:
    """The key of the dashboard's whole body (header, courses, figures, filters, learner table) for this query, for a
    part kept under the page cache's generation (which any page change moves on: titles and outlines), read without
    the outline: the cohort's version, name, status and start date, its courses in order, this course's revision and
    deadline, the day and the query. None, so never kept, when another app's filter is on (``learner_table_key``)."""
    if filters.extra:
        return None
    today = today or timezone.localdate()
    course = cohort_course.course
    return ":".join(
        str(part)
        for part in (
            "cohorts:dashboard-page",
            cohort.pk,
            cohort_version(cohort.pk),
            cohort.name,
            cohort.status,
            cohort.start_date,
            [c.course_id for c in cohort_courses],
            cohort_course.pk,
            course.pk,
            course.live_revision_id,
            cohort_course.deadline_date,
            cohort_course.deadline_days,
            today,
            _query_digest(query),
        )
    )


def _outline_shape(outline: CourseOutline) -> str:
    shape = repr(
        [outline.course.title]
        + [
            (m.pk, m.number, m.title, [(i.pk, i.is_required, i.title, i.page_class.__name__) for i in m.items])
            for m in outline.modules
        ]
    )
    return hashlib.blake2b(shape.encode(), digest_size=8).hexdigest()


def dashboard_key(
    *, cohort: Cohort, cohort_course: CohortCourse, outline: CourseOutline, today: date | None = None
) -> str:
    """The key of the whole-cohort figures for one course, without reading them: it changes whenever any figure, or
    anything shown beside them (titles, deadline, the day), may have. Taken before any read of the figures or rows."""
    today = today or timezone.localdate()
    return ":".join(
        str(part)
        for part in (
            "cohorts:dashboard",
            cohort.pk,
            cohort_version(cohort.pk),
            cohort.start_date,
            cohort_course.pk,
            cohort_course.deadline_date,
            cohort_course.deadline_days,
            today,
            _outline_shape(outline),
        )
    )


def dashboard_aggregates(
    *,
    cohort: Cohort,
    cohort_course: CohortCourse,
    outline: CourseOutline,
    today: date | None = None,
    key: str | None = None,
) -> DashboardAggregates:
    """The whole-cohort figures for one course: from the cache, or five queries (then stored). ``key``: the
    ``dashboard_key`` taken earlier in the request (before any read), for the same ``today``."""
    today = today or timezone.localdate()
    key = key or dashboard_key(cohort=cohort, cohort_course=cohort_course, outline=outline, today=today)
    stored = cache.get(key)
    if stored is not None:
        return _from_stored(stored, outline, key)
    summary = cohort_progress_summary(cohort=cohort, cohort_course=cohort_course, today=today)
    aggregates = DashboardAggregates(
        summary=summary,
        modules=module_progress(cohort=cohort, cohort_course=cohort_course, outline=outline),
        timeline=completion_timeline(cohort=cohort, cohort_course=cohort_course, today=today),
        organisations=cohort_organisations(cohort=cohort),
        quiz_rates=quizzes.quiz_pass_rates(
            items=quizzes.quiz_items(outline),
            user_ids=cohort.memberships.values("user_id"),
            learners=summary["learners"],
        ),
        key=key,
    )
    cache.set(key, _to_stored(aggregates), timeout=TIMEOUT)
    return aggregates


def _to_stored(aggregates: DashboardAggregates) -> dict:
    # Plain values only: the outline's objects are matched up again by id when read.
    return {
        "summary": aggregates.summary,
        "modules": [(m.module.pk, m.learners, m.completed, m.in_progress) for m in aggregates.modules],
        "timeline": aggregates.timeline,
        "organisations": aggregates.organisations,
        "quiz_rates": [(r.item.pk, r.learners, r.attempted, r.passed) for r in aggregates.quiz_rates],
    }


def _from_stored(stored: dict, outline: CourseOutline, key: str) -> DashboardAggregates:
    modules = {module.pk: module for module in outline.modules}
    items = {item.pk: item for item in outline.items}
    return DashboardAggregates(
        summary=stored["summary"],
        modules=[
            ModuleProgress(module=modules[pk], learners=learners, completed=completed, in_progress=in_progress)
            for pk, learners, completed, in_progress in stored["modules"]
        ],
        timeline=stored["timeline"],
        organisations=stored["organisations"],
        quiz_rates=[
            quizzes.QuizPassRate(item=items[pk], learners=learners, attempted=attempted, passed=passed)
            for pk, learners, attempted, passed in stored["quiz_rates"]
        ],
        key=key,
    )
