"""The two lookups every lead page of one cohort makes (the cohort, and its courses with their course pages), compiled
to SQL once a process (``academy.core.prepared``): building and compiling them cost more than running them."""

from academy.cohorts.models import Cohort, CohortCourse
from academy.core.prepared import PreparedQuery
from courses.models import CoursePage


def _fields(model) -> list[str]:
    return [field.attname for field in model._meta.concrete_fields]


_LED_COHORT = PreparedQuery(
    lambda pk, user_id: Cohort.objects.filter(pk=pk, leads=user_id).order_by().values_list(*_fields(Cohort)),
    arguments=2,
)
_ANY_COHORT = PreparedQuery(
    lambda pk: Cohort.objects.filter(pk=pk).order_by().values_list(*_fields(Cohort)), arguments=1
)
_COURSES = PreparedQuery(
    lambda cohort_id: CohortCourse.objects.filter(cohort_id=cohort_id).values_list(
        *_fields(CohortCourse), *(f"course__{name}" for name in _fields(CoursePage))
    ),
    arguments=1,
)


def led_cohort(*, pk: int, user_id: int | None) -> Cohort:
    """The cohort ``pk`` if ``user_id`` leads it, or whoever leads it when ``user_id`` is None; raises
    Cohort.DoesNotExist otherwise. As ``Cohort.objects.filter(leads=user_id).get(pk=pk)``."""
    using = Cohort.objects.db
    rows = _ANY_COHORT.rows(pk, using=using) if user_id is None else _LED_COHORT.rows(pk, user_id, using=using)
    if not rows:
        raise Cohort.DoesNotExist("Cohort matching query does not exist.")
    return Cohort.from_db(using, _fields(Cohort), rows[0])


def cohort_courses(*, cohort: Cohort) -> list[CohortCourse]:
    """The cohort's courses in order, each with its course page, as ``cohort.cohort_courses.select_related("course")``
    gives them."""
    using = CohortCourse.objects.db
    own, course_fields = _fields(CohortCourse), _fields(CoursePage)
    found = []
    for row in _COURSES.rows(cohort.pk, using=using):
        cohort_course = CohortCourse.from_db(using, own, row[: len(own)])
        cohort_course._state.fields_cache["course"] = CoursePage.from_db(using, course_fields, row[len(own) :])
        cohort_course._state.fields_cache["cohort"] = cohort
        found.append(cohort_course)
    return found
