"""Enrolments and completions, for the apps built on courses (cohorts, reports): they read them here, never by
querying courses' tables themselves. Functions that return a queryset are meant to be filtered or counted further,
or used in ``Exists``/``Subquery`` with ``OuterRef`` arguments."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Aggregate, QuerySet, Subquery, TextField

from courses import models


def live_courses() -> QuerySet[models.CoursePage]:
    """The published courses, by title (for choosing courses)."""
    return models.CoursePage.objects.live().order_by("title")


def current_enrolments(*, user_id, course_ids) -> QuerySet[models.Enrolment]:
    """The learner's current enrolments in the courses ``course_ids``."""
    return models.Enrolment.objects.filter(user_id=user_id, course_id__in=course_ids, is_current=True)


def enrolled_user_ids(*, course_id: int, user_ids) -> set[int]:
    """Which of ``user_ids`` have a current enrolment in the course."""
    return set(
        models.Enrolment.objects.filter(course_id=course_id, is_current=True, user_id__in=user_ids).values_list(
            "user_id", flat=True
        )
    )


def completed_enrolments(*, course_id, user_id) -> QuerySet[models.Enrolment]:
    """The learner's current enrolment in the course if they have completed it (``Exists()`` of it: completed)."""
    return models.Enrolment.objects.filter(
        user_id=user_id, course_id=course_id, is_current=True, completed_at__isnull=False
    )


def item_completions(*, enrolment_id, item_ids) -> QuerySet[models.ItemCompletion]:
    """The enrolment's completions of the items ``item_ids``."""
    return models.ItemCompletion.objects.filter(enrolment_id=enrolment_id, item_id__in=item_ids)


def completion_times(*, enrolment_ids: list[int]) -> dict[int, dict[int, datetime]]:
    """{enrolment id: {item id: when completed}} for the enrolments, in one query."""
    times: dict[int, dict[int, datetime]] = {pk: {} for pk in enrolment_ids}
    if enrolment_ids:
        for enrolment_id, item_id, when in models.ItemCompletion.objects.filter(
            enrolment_id__in=enrolment_ids
        ).values_list("enrolment_id", "item_id", "completed_at"):
            times[enrolment_id][item_id] = when
    return times


class _JoinedIds(Aggregate):
    """The group's integer ids as one comma-separated text ("3,5,8"; "" or NULL for none), in no order."""

    function = "GROUP_CONCAT"  # SQLite's; its separator is a comma
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, template="STRING_AGG(CAST(%(expressions)s AS text), ',')")


def completed_item_ids(*, enrolment_id) -> Subquery:
    """The ids of the items the enrolment has completed, for ``OuterRef("...")`` as ``enrolment_id``: a subquery that
    gives each enrolment's completions as one text value (read it with ``item_id_set``), so a query over many learners
    brings their progress in its own rows instead of a row per completion."""
    return Subquery(
        models.ItemCompletion.objects.filter(enrolment_id=enrolment_id)
        .order_by()
        .values("enrolment_id")
        .annotate(ids=_JoinedIds("item_id"))
        .values("ids")
    )


def item_id_set(ids: str | None) -> set[int]:
    """The ids that ``completed_item_ids`` joined into one text value."""
    return set(map(int, ids.split(","))) if ids else set()
