"""The numbers behind the dashboard's charts: progress by module and completion over time, one query each.

Both count the whole cohort on one course (like the summary cards, not the filters), in the database, so the
number of queries stays the same whatever the number of learners or modules.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from academy.cohorts.models import Cohort, CohortCourse
from academy.cohorts.selectors.progress import cohort_progress_rows
from courses.selectors import CourseOutline, ModuleOutline, item_completions


@dataclass
class ModuleProgress:
    module: ModuleOutline
    learners: int
    completed: int
    in_progress: int

    @property
    def not_started(self) -> int:
        return self.learners - self.completed - self.in_progress

    @property
    def completed_percent(self) -> int:
        return (100 * self.completed) // self.learners if self.learners else 0


def _module_required(module: ModuleOutline) -> list[int]:
    # As CourseProgress.module_status: a module is complete when its required items are (or all, if none is).
    return [item.pk for item in ([item for item in module.items if item.is_required] or module.items)]


def _completions_among(item_ids: list[int]) -> Coalesce:
    done = (
        item_completions(enrolment_id=OuterRef("enrolment_id"), item_ids=item_ids)
        .order_by()
        .values("enrolment_id")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    return Coalesce(Subquery(done, output_field=IntegerField()), 0)


def module_progress(*, cohort: Cohort, cohort_course: CohortCourse, outline: CourseOutline) -> list[ModuleProgress]:
    """For each module: how many of the cohort's learners completed it, are part way through, or have not started.

    One query: a counted subquery per module for each learner, summed by the database.
    """
    queryset = cohort_progress_rows(cohort=cohort, cohort_course=cohort_course).order_by()
    annotations, totals = {}, {"learners": Count("pk")}
    for module in outline.modules:
        if not module.items:
            continue
        required = _module_required(module)
        annotations[f"required_{module.pk}"] = _completions_among(required)
        annotations[f"any_{module.pk}"] = _completions_among([item.pk for item in module.items])
        totals[f"completed_{module.pk}"] = Count("pk", filter=Q(**{f"required_{module.pk}__gte": len(required)}))
        totals[f"started_{module.pk}"] = Count("pk", filter=Q(**{f"any_{module.pk}__gt": 0}))
    counts = queryset.annotate(**annotations).aggregate(**totals)
    learners = counts["learners"]
    result = []
    for module in outline.modules:
        completed = counts.get(f"completed_{module.pk}", 0) or 0
        started = counts.get(f"started_{module.pk}", 0) or 0
        result.append(
            ModuleProgress(module=module, learners=learners, completed=completed, in_progress=started - completed)
        )
    return result


@dataclass
class TimelinePoint:
    day: date
    completed: int  # learners who had completed by the end of this day
    due: int  # learners whose deadline had passed by the end of this day


@dataclass
class Timeline:
    learners: int
    start: date
    end: date
    today: date
    deadline: date | None  # the cohort's fixed deadline, if it has one
    points: list[TimelinePoint]  # only the days on which something changed, in order

    @property
    def has_deadlines(self) -> bool:
        return any(point.due for point in self.points)


def completion_timeline(*, cohort: Cohort, cohort_course: CohortCourse, today: date | None = None) -> Timeline:
    """How many learners had completed the course by each day, against how many were due to by then. One query.

    Learners are grouped by the day they joined and the day they completed (in the site's time zone), so the rows
    read are at most days × days, however many learners there are.
    """
    today = today or timezone.localdate()
    rule = cohort_course.rule(cohort.start_date)
    groups = (
        cohort_progress_rows(cohort=cohort, cohort_course=cohort_course, today=today)
        .order_by()
        .annotate(joined_day=TruncDate("joined_at"), completed_day=TruncDate("enrolment__completed_at"))
        .values_list("joined_day", "completed_day")
        .annotate(n=Count("pk"))
    )
    completions: dict[date, int] = {}
    dues: dict[date, int] = {}
    learners = 0
    first_joined = None
    for joined_day, completed_day, count in groups:
        learners += count
        first_joined = joined_day if first_joined is None else min(first_joined, joined_day)
        if completed_day is not None:
            completions[completed_day] = completions.get(completed_day, 0) + count
        deadline = rule.deadline_for(joined_day)
        if deadline is not None:
            dues[deadline] = dues.get(deadline, 0) + count
    start = min([cohort.start_date, *([first_joined] if first_joined else [])])
    days = sorted(set(completions) | set(dues) | {today})
    end = max(days[-1], today)
    points, completed, due = [], 0, 0
    for day in days:
        completed += completions.get(day, 0)
        due += dues.get(day, 0)
        points.append(TimelinePoint(day=day, completed=completed, due=due))
    return Timeline(
        learners=learners, start=min(start, days[0]), end=end, today=today, deadline=rule.fixed, points=points
    )
