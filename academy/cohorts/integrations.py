"""What cohorts adds to courses' pages through courses.extensions (the "Cohorts" menu item and deadlines on
"My learning") and to assessments through assessments.extensions (leads mark their cohorts' learners' essays).
Registered in CohortsConfig.ready()."""

from django.db.models import Q
from django.utils import timezone

from academy.cohorts import deadlines
from academy.cohorts.models import Cohort, Membership
from academy.cohorts.selectors import cohorts_for, may_lead

NAVIGATION_ITEM = {"text": "Cohorts", "href": "/cohorts/", "prefix": "/cohorts/"}


def navigation_item(request) -> dict | None:
    """The "Cohorts" menu item for leads and administrators; None for everyone else. Worked out once a request."""
    allowed = getattr(request, "_cohorts_may_lead", None)
    if allowed is None:
        allowed = may_lead(getattr(request, "user", None))
        request._cohorts_may_lead = allowed
    return dict(NAVIGATION_ITEM) if allowed else None


def deadline_annotations(*, user, enrolments: list) -> dict[int, dict]:
    """{enrolment_id: {"deadline": date, "overdue": bool}} from the learner's active cohorts. One query.

    When two cohorts set a deadline for the same course, the earlier one applies.
    """
    by_course = {enrolment.course_id: enrolment for enrolment in enrolments}
    if not by_course or not getattr(user, "is_authenticated", False):
        return {}
    rows = Membership.objects.filter(
        user=user, cohort__status=Cohort.Status.ACTIVE, cohort__cohort_courses__course_id__in=by_course
    ).values_list(
        "joined_at",
        "cohort__start_date",
        "cohort__cohort_courses__course_id",
        "cohort__cohort_courses__deadline_date",
        "cohort__cohort_courses__deadline_days",
    )
    earliest: dict[int, object] = {}
    for joined_at, start_date, course_id, fixed, days in rows:
        deadline = deadlines.DeadlineRule(fixed=fixed, days=days, start=start_date).deadline_for(joined_at)
        if deadline is not None and (course_id not in earliest or deadline < earliest[course_id]):
            earliest[course_id] = deadline
    today = timezone.localdate()
    return {
        by_course[course_id].pk: {
            "deadline": deadline,
            "overdue": deadlines.is_overdue(deadline=deadline, completed=by_course[course_id].is_complete, today=today),
        }
        for course_id, deadline in earliest.items()
    }


def marking_scope(user) -> Q | None:
    """Attempts a cohort lead may mark: those of learners in the cohorts they may see. None for non-leads."""
    if not may_lead(user):
        return None
    learners = Membership.objects.filter(cohort__in=cohorts_for(user)).values("user_id")
    return Q(user_id__in=learners)
