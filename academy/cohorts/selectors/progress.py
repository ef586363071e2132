"""The cohort dashboard: one row per learner for one of the cohort's courses, with a status per module.

Rows come from the enrolment summaries courses keeps (percent, completed_at, last activity), so the dashboard,
exports and the learner's own pages agree. Filtering, sorting and counting happen in the database; each row brings
the ids of the items its learner has completed (a subquery), from which module statuses are worked out. The query
count does not grow with the number of learners.
"""

import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.paginator import Page, Paginator
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Count,
    F,
    FilteredRelation,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Lower
from django.utils import timezone

from academy.cohorts import extensions
from academy.cohorts.models import Cohort, CohortCourse, Membership
from courses.selectors import CourseOutline, ModuleOutline, completed_item_ids, item_id_set, module_status

NOT_STARTED, IN_PROGRESS, COMPLETED = "not_started", "in_progress", "completed"
STATUS_LABELS = {NOT_STARTED: "Not started", IN_PROGRESS: "In progress", COMPLETED: "Completed"}
MAX_SEARCH_LENGTH = 100

_BY_NAME = [Lower("user__full_name"), Lower("user__email"), "pk"]
_BY_NAME_DESC = [Lower("user__full_name").desc(), Lower("user__email").desc(), "-pk"]
SORTS = {
    "name": _BY_NAME,
    "-name": _BY_NAME_DESC,
    "organisation": [Lower("user__organisation"), *_BY_NAME],
    "-organisation": [Lower("user__organisation").desc(), *_BY_NAME],
    "progress": ["percent", *_BY_NAME],
    "-progress": [F("percent").desc(), *_BY_NAME],
    "activity": [F("last_activity_at").asc(nulls_first=True), *_BY_NAME],
    "-activity": [F("last_activity_at").desc(nulls_last=True), *_BY_NAME],
    "joined": ["joined_at", "pk"],
    "-joined": ["-joined_at", "-pk"],
}
SORT_LABELS = {
    "name": "Name (A to Z)",
    "-name": "Name (Z to A)",
    "organisation": "Organisation (A to Z)",
    "-organisation": "Organisation (Z to A)",
    "progress": "Progress (least first)",
    "-progress": "Progress (most first)",
    "activity": "Last activity (longest ago first)",
    "-activity": "Last activity (most recent first)",
    "joined": "Joined (earliest first)",
    "-joined": "Joined (latest first)",
}


@dataclass(frozen=True)
class DashboardFilters:
    search: str = ""
    status: str = ""
    overdue: bool = False
    organisation: str = ""
    sort: str = "name"
    extra: tuple[str, ...] = ()  # keys of the ticked filters that other apps register (academy.cohorts.extensions)

    @classmethod
    def from_query(cls, data: Mapping) -> "DashboardFilters":
        """Filters from a query string; unknown values fall back to "no filter" rather than an error."""
        status = data.get("status", "")
        sort = data.get("sort", "name")
        return cls(
            search=(data.get("q", "") or "").strip()[:MAX_SEARCH_LENGTH],
            status=status if status in STATUS_LABELS else "",
            overdue=data.get("overdue") in {"1", "on", "true"},
            organisation=(data.get("organisation", "") or "").strip()[:200],
            sort=sort if sort in SORTS else "name",
            extra=tuple(f.key for f in extensions.column_filters() if data.get(f.key) in {"1", "on", "true"}),
        )

    def as_query(self) -> dict[str, str]:
        """The non-default filters as query parameters (for links, exports and stored export jobs)."""
        query = {"q": self.search, "status": self.status, "organisation": self.organisation}
        query = {key: value for key, value in query.items() if value}
        if self.overdue:
            query["overdue"] = "1"
        if self.sort != "name":
            query["sort"] = self.sort
        for key in self.extra:
            query[key] = "1"
        return query

    @property
    def is_filtered(self) -> bool:
        return bool(self.search or self.status or self.overdue or self.organisation or self.extra)


@dataclass
class LearnerRow:
    membership_id: int
    user_id: int
    name: str
    email: str
    organisation: str
    joined_at: datetime
    deadline: date | None
    status: str
    overdue: bool
    percent: int
    required_done: int
    required_total: int
    completed_at: datetime | None
    last_activity_at: datetime | None
    enrolment_id: int | None
    modules: list[tuple[ModuleOutline, str]] = field(default_factory=list)
    done: set[int] = field(default_factory=set)  # ids of the items completed
    extra: list[tuple[str, str]] = field(default_factory=list)  # (column key, text) from other apps' columns

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass
class ProgressPage:
    page: Page
    rows: list[LearnerRow]


def cohort_progress_rows(
    *, cohort: Cohort, cohort_course: CohortCourse, filters: DashboardFilters | None = None, today: date | None = None
) -> QuerySet[Membership]:
    """The cohort's memberships for one course, annotated with enrolment summary, status and overdue flag.

    Annotations: enrolment_id, percent, required_done, required_total, completed_at, last_activity_at, status,
    is_overdue. Filtered and ordered by ``filters``.
    """
    today = today or timezone.localdate()
    course_id = cohort_course.course_id
    overdue_q = cohort_course.rule(cohort.start_date).overdue_q(today=today)
    queryset = (
        Membership.objects.filter(cohort=cohort)
        .select_related("user")
        .annotate(
            enrolment=FilteredRelation(
                "user__enrolments",
                condition=Q(user__enrolments__course_id=course_id, user__enrolments__is_current=True),
            )
        )
        .annotate(
            enrolment_id=F("enrolment__id"),
            percent=Coalesce(F("enrolment__percent"), 0),
            required_done=Coalesce(F("enrolment__required_done"), 0),
            required_total=Coalesce(F("enrolment__required_total"), 0),
            completed_at=F("enrolment__completed_at"),
            last_activity_at=F("enrolment__last_activity_at"),
            status=Case(
                When(enrolment__completed_at__isnull=False, then=Value(COMPLETED)),
                When(enrolment__last_activity_at__isnull=False, then=Value(IN_PROGRESS)),
                default=Value(NOT_STARTED),
                output_field=CharField(),
            ),
            is_overdue=(
                Case(
                    When(overdue_q & Q(enrolment__completed_at__isnull=True), then=Value(True)),
                    default=Value(False),
                    output_field=BooleanField(),
                )
                if overdue_q is not None
                else Value(False, output_field=BooleanField())
            ),
        )
    )
    filters = filters or DashboardFilters()
    if filters.search:
        queryset = queryset.filter(
            Q(user__full_name__icontains=filters.search) | Q(user__email__icontains=filters.search)
        )
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    if filters.overdue:
        queryset = queryset.filter(is_overdue=True)
    if filters.organisation:
        queryset = queryset.filter(user__organisation__iexact=filters.organisation)
    for key in filters.extra:
        if (column_filter := extensions.column_filter(key)) is not None:
            queryset = queryset.filter(user_id__in=column_filter.user_ids(cohort))
    return queryset.order_by(*SORTS[filters.sort])


def cohort_progress_summary(*, cohort: Cohort, cohort_course: CohortCourse, today: date | None = None) -> dict:
    """Counts for the whole cohort on one course (ignoring filters): learners, by status, overdue. One query."""
    queryset = cohort_progress_rows(cohort=cohort, cohort_course=cohort_course, today=today).order_by()
    summary = queryset.aggregate(
        learners=Count("pk"),
        completed=Count("pk", filter=Q(status=COMPLETED)),
        in_progress=Count("pk", filter=Q(status=IN_PROGRESS)),
        not_started=Count("pk", filter=Q(status=NOT_STARTED)),
        overdue=Count("pk", filter=Q(is_overdue=True)),
    )
    summary["completion_percent"] = (100 * summary["completed"]) // summary["learners"] if summary["learners"] else 0
    return summary


def cohort_organisations(*, cohort: Cohort) -> list[str]:
    """The learners' organisations, for the dashboard's filter. One query."""
    return list(
        Membership.objects.filter(cohort=cohort)
        .exclude(user__organisation="")
        .order_by("user__organisation")
        .values_list("user__organisation", flat=True)
        .distinct()
    )


def cohort_progress_page(
    *,
    cohort: Cohort,
    cohort_course: CohortCourse,
    outline: CourseOutline,
    filters: DashboardFilters,
    page_number,
    per_page: int,
    today: date | None = None,
    with_columns: bool = True,
) -> ProgressPage:
    """One page of dashboard rows with module statuses: a count, the rows, and their completions (3 queries), and
    the cells of other apps' columns (``with_columns``: a fixed number of queries each)."""
    queryset = cohort_progress_rows(cohort=cohort, cohort_course=cohort_course, filters=filters, today=today)
    page = Paginator(_records(queryset), per_page).get_page(page_number)
    rows = _rows(
        list(page.object_list), cohort=cohort, cohort_course=cohort_course, outline=outline, with_columns=with_columns
    )
    return ProgressPage(page=page, rows=rows)


def iter_progress_rows(
    *,
    cohort: Cohort,
    cohort_course: CohortCourse,
    outline: CourseOutline,
    filters: DashboardFilters,
    today: date | None = None,
    chunk_size: int = 1000,
) -> Iterator[LearnerRow]:
    """Every matching row in one pass over the database (a server-side cursor on PostgreSQL), handled
    ``chunk_size`` at a time (other apps' columns ask a fixed number of queries per chunk), so memory stays flat
    however many rows. Each row brings the learner's completed items, so there is no query per completion."""
    queryset = cohort_progress_rows(cohort=cohort, cohort_course=cohort_course, filters=filters, today=today)
    records = _records(queryset).iterator(chunk_size=chunk_size)
    while batch := list(itertools.islice(records, chunk_size)):
        yield from _rows(batch, cohort=cohort, cohort_course=cohort_course, outline=outline)


# What a row reads: plain values rather than model instances, which cost more than the rest of a row to build.
_ROW_FIELDS = (
    "pk",
    "user_id",
    "user__full_name",
    "user__email",
    "user__organisation",
    "joined_at",
    "status",
    "is_overdue",
    "percent",
    "required_done",
    "required_total",
    "completed_at",
    "last_activity_at",
    "enrolment_id",
    "done_ids",
)


def _records(queryset: QuerySet[Membership]) -> QuerySet:
    """The rows' values, each with the ids of the items its learner has completed (one text value per learner)."""
    done_ids = completed_item_ids(enrolment_id=OuterRef("enrolment_id"))
    return queryset.annotate(done_ids=done_ids).values_list(*_ROW_FIELDS)


def _rows(
    records: list[tuple],
    *,
    cohort: Cohort,
    cohort_course: CohortCourse,
    outline: CourseOutline,
    with_columns: bool = True,
) -> list[LearnerRow]:
    rule = cohort_course.rule(cohort.start_date)
    tz = timezone.get_current_timezone()  # once, not per learner: looking it up costs more than the arithmetic
    user_ids = [record[1] for record in records] if with_columns else []
    extra = extensions.column_values(cohort=cohort, user_ids=user_ids)
    modules = outline.modules
    rows = []
    for (
        membership_id,
        user_id,
        full_name,
        email,
        organisation,
        joined_at,
        status,
        overdue,
        percent,
        required_done,
        required_total,
        completed_at,
        last_activity_at,
        enrolment_id,
        done_ids,
    ) in records:
        completed = item_id_set(done_ids)
        rows.append(
            LearnerRow(
                membership_id=membership_id,
                user_id=user_id,
                name=full_name or email,
                email=email,
                organisation=organisation,
                joined_at=joined_at,
                deadline=rule.deadline_for(joined_at, tz=tz),
                status=status,
                overdue=overdue,
                percent=percent,
                required_done=required_done,
                required_total=required_total,
                completed_at=completed_at,
                last_activity_at=last_activity_at,
                enrolment_id=enrolment_id,
                modules=[(module, module_status(module, done=completed)) for module in modules],
                done=completed,
                extra=extra.get(user_id, []),
            )
        )
    return rows
