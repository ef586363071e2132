"""Extension points for the apps built on cohorts (sessions, 100-day plans), so that cohorts never imports them.

- Dashboard columns: ``register_dashboard_column(DashboardColumn(...))``. A column adds a cell to each learner's row
  on the lead's dashboard and a column (same heading) to the progress export. ``values(*, cohort, user_ids)``
  returns ``{user_id: text}`` for the learners given (a page of the dashboard, or a chunk of an export) in a fixed
  number of queries, however many learners; a learner missing from the answer shows ``empty``.
  A column may offer filters (``ColumnFilter``): a checkbox on the dashboard whose ``user_ids(cohort)`` returns a
  queryset of the matching learners' user ids. It is used as a subquery (``user_id__in``), so it must not be
  evaluated. Its ``key`` is the query parameter ("1" when ticked), carried into exports like the other filters.
  The dashboard keeps its learner table's HTML under the cohort's version: whatever a column's values read, its app
  must call ``academy.cohorts.selectors.aggregates.cohorts_changed([cohort_id])`` when it changes (a receiver of
  its models' post_save and post_delete). Tables shown with a column's filter on are never kept.
- Lead sections: ``register_lead_section(LeadSection(...))`` adds a link to the cohort's sub-navigation (beside
  Progress, Invitations, Courses and settings); ``url_name`` is reversed with the cohort's id, and pages of that
  section set ``section = key`` on their view (``academy.cohorts.views.mixins.CohortMixin``).

Register from your AppConfig.ready(); registering the same key again replaces the entry (``ready()`` may run twice
in tests).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import QuerySet


@dataclass(frozen=True)
class ColumnFilter:
    key: str
    label: str
    user_ids: Callable[..., QuerySet]


@dataclass(frozen=True)
class DashboardColumn:
    key: str
    heading: str
    values: Callable[..., dict[int, str]]
    filters: tuple[ColumnFilter, ...] = field(default=())
    empty: str = ""


@dataclass(frozen=True)
class LeadSection:
    key: str
    label: str
    url_name: str


_columns: dict[str, DashboardColumn] = {}
_sections: dict[str, LeadSection] = {}


def register_dashboard_column(column: DashboardColumn) -> DashboardColumn:
    _columns[column.key] = column
    return column


def unregister_dashboard_column(key: str) -> None:
    _columns.pop(key, None)


def dashboard_columns() -> list[DashboardColumn]:
    return list(_columns.values())


def column_filters() -> list[ColumnFilter]:
    return [column_filter for column in _columns.values() for column_filter in column.filters]


def column_filter(key: str) -> ColumnFilter | None:
    return next((column_filter for column_filter in column_filters() if column_filter.key == key), None)


def column_values(*, cohort, user_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """Every registered column's text for each learner: ``{user_id: [(column key, text), ...]}``, in column order."""
    cells: dict[int, list[tuple[str, str]]] = {user_id: [] for user_id in user_ids}
    for column in _columns.values():
        values = column.values(cohort=cohort, user_ids=user_ids) if user_ids else {}
        for user_id in user_ids:
            cells[user_id].append((column.key, values.get(user_id, column.empty)))
    return cells


def register_lead_section(section: LeadSection) -> LeadSection:
    _sections[section.key] = section
    return section


def lead_sections() -> list[LeadSection]:
    return list(_sections.values())
