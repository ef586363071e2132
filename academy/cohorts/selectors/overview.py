"""The cohort list: learners, completion and overdue count for a page of cohorts, in four queries."""

from dataclasses import dataclass
from datetime import date
from functools import reduce
from operator import or_

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from academy.cohorts.models import Cohort, CohortCourse, Membership
from courses.selectors import completed_enrolments


@dataclass
class CohortSummary:
    learners: int = 0
    courses: int = 0
    completed: int = 0  # learner-course pairs completed
    overdue: int = 0  # learners with at least one course overdue

    @property
    def completion_percent(self) -> int:
        """Share of (learner, course) pairs completed, rounded down."""
        total = self.learners * self.courses
        return (100 * self.completed) // total if total else 0


def cohort_summaries(*, cohorts: list[Cohort], today: date | None = None) -> dict[int, CohortSummary]:
    """Summary numbers for each cohort in ``cohorts`` (a page of them): four queries whatever their size."""
    today = today or timezone.localdate()
    by_id = {cohort.pk: cohort for cohort in cohorts}
    summaries = {pk: CohortSummary() for pk in by_id}
    if not by_id:
        return summaries
    cohort_courses = list(CohortCourse.objects.filter(cohort_id__in=by_id))
    courses_by_cohort: dict[int, list[int]] = {}
    for cohort_course in cohort_courses:
        courses_by_cohort.setdefault(cohort_course.cohort_id, []).append(cohort_course.course_id)
        summaries[cohort_course.cohort_id].courses += 1

    members = Membership.objects.filter(cohort_id__in=by_id)
    for cohort_id, count in members.values("cohort_id").annotate(n=Count("pk")).values_list("cohort_id", "n"):
        summaries[cohort_id].learners = count

    if courses_by_cohort:
        in_cohort_course = reduce(
            or_, (Q(cohort_id=pk, user__enrolments__course_id__in=ids) for pk, ids in courses_by_cohort.items())
        )
        completed = (
            members.filter(
                in_cohort_course,
                user__enrolments__is_current=True,
                user__enrolments__completed_at__isnull=False,
            )
            .values("cohort_id")
            .annotate(n=Count("pk"))
            .values_list("cohort_id", "n")
        )
        for cohort_id, count in completed:
            summaries[cohort_id].completed = count

    overdue_branches = []
    for cohort_course in cohort_courses:
        condition = cohort_course.rule(by_id[cohort_course.cohort_id].start_date).overdue_q(today=today)
        if condition is None:
            continue
        completed_course = completed_enrolments(course_id=cohort_course.course_id, user_id=OuterRef("user_id"))
        overdue_branches.append(Q(cohort_id=cohort_course.cohort_id) & condition & ~Exists(completed_course))
    if overdue_branches:
        overdue = (
            members.filter(reduce(or_, overdue_branches))
            .values("cohort_id")
            .annotate(n=Count("pk", distinct=True))
            .values_list("cohort_id", "n")
        )
        for cohort_id, count in overdue:
            summaries[cohort_id].overdue = count
    return summaries
