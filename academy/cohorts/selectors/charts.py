"""The numbers behind the dashboard's charts: progress by module and completion over time, one query each.

Both count the whole cohort on one course (like the summary cards, not the filters), in the database, so the
number of queries stays the same whatever the number of learners or modules.
"""

from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.db.models.functions import TruncDate
from django.utils import timezone

from academy.cohorts.models import Cohort, CohortCourse, Membership
from academy.cohorts.selectors.progress import cohort_progress_rows
from courses.models import Enrolment, ItemCompletion
from courses.selectors import CourseOutline, ModuleOutline


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


def module_progress(*, cohort: Cohort, cohort_course: CohortCourse, outline: CourseOutline) -> list[ModuleProgress]:
    """For each module: how many of the cohort's learners completed it, are part way through, or have not started.

    One query. The completions of the members' current enrolments are counted per enrolment and module (the inner
    GROUP BY), then per module; each completion is read once, so it stays quick for thousands of learners (a
    counted subquery per learner and module did not). A module is complete as in CourseProgress.module_status.
    """
    modules = [module for module in outline.modules if module.items]
    # Only the table name and placeholders are formatted in; every value is a parameter.
    learners_sql = f"SELECT NULL, COUNT(*), 0 FROM {Membership._meta.db_table} WHERE cohort_id = %s"  # noqa: S608
    if not modules:
        sql, params = learners_sql, [cohort.pk]
    else:
        enrolments = Enrolment.objects.filter(
            course_id=cohort_course.course_id,
            is_current=True,
            user_id__in=Membership.objects.filter(cohort=cohort).values("user_id"),
        )
        required = [item_id for module in modules for item_id in _module_required(module)]
        per_enrolment = (
            ItemCompletion.objects.filter(enrolment_id__in=enrolments.values("pk"))
            .annotate(module=_module_of(modules))
            .exclude(module=None)
            .values("enrolment_id", "module")
            .order_by()
            .annotate(any_done=Count("pk"), required_done=Count("pk", filter=Q(item_id__in=required)))
        )
        inner, params = per_enrolment.query.sql_with_params()
        cases = " ".join("WHEN %s THEN %s" for _ in modules)
        sql = (
            f"SELECT t.module, COUNT(*) FILTER (WHERE t.required_done >= CASE t.module {cases} END), COUNT(*) "  # noqa: S608
            f"FROM ({inner}) t GROUP BY t.module UNION ALL {learners_sql}"
        )
        needed = [value for module in modules for value in (module.pk, len(_module_required(module)))]
        params = [*needed, *params, cohort.pk]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        counts = {module_id: (completed, started) for module_id, completed, started in cursor.fetchall()}
    total = counts.pop(None)[0]
    result = []
    for module in outline.modules:
        completed, started = counts.get(module.pk, (0, 0))
        result.append(
            ModuleProgress(module=module, learners=total, completed=completed, in_progress=started - completed)
        )
    return result


def _module_of(modules: list[ModuleOutline]) -> Case:
    return Case(
        *[When(item_id__in=[item.pk for item in module.items], then=Value(module.pk)) for module in modules],
        default=None,
        output_field=IntegerField(),
    )


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
