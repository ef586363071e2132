"""Who may see which cohorts: leads see the cohorts they lead; administrators see every cohort."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet

from academy.cohorts.models import Cohort

LEAD_PERMISSION = "cohorts.lead_cohorts"
ADMIN_PERMISSION = "cohorts.manage_all_cohorts"


def is_cohort_admin(user) -> bool:
    """Superusers and people given "Can see and manage every cohort"."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perm(ADMIN_PERMISSION))


def may_lead(user) -> bool:
    """May use the lead area: administrators, members of "Cohort leads", and anyone who leads a cohort."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.has_perm(ADMIN_PERMISSION) or user.has_perm(LEAD_PERMISSION):
        return True
    return Cohort.objects.filter(leads=user).exists()


def cohorts_for(user) -> QuerySet[Cohort]:
    """The cohorts ``user`` may see: all of them for administrators, the ones they lead otherwise."""
    if not (user and user.is_authenticated and user.is_active):
        return Cohort.objects.none()
    if is_cohort_admin(user):
        return Cohort.objects.all()
    return Cohort.objects.filter(leads=user)


def cohort_for(user, pk: int) -> Cohort:
    """One cohort ``user`` may see; raises Cohort.DoesNotExist otherwise (shown as 404, so ids are not revealed)."""
    return cohorts_for(user).get(pk=pk)


def eligible_leads() -> QuerySet:
    """People who may be made a cohort's lead: members of a group with the lead permission, or superusers."""
    User = get_user_model()
    permission = Permission.objects.filter(content_type__app_label="cohorts", codename="lead_cohorts")
    return (
        User.objects.filter(is_active=True)
        .filter(Q(groups__permissions__in=permission) | Q(user_permissions__in=permission) | Q(is_superuser=True))
        .distinct()
        .order_by("full_name", "email")
    )


def learners_cohort(*, user_id: int, course_id: int) -> Cohort | None:
    """The cohort through which a learner takes a course: their newest active cohort that includes it (an archived
    one if none is active), or None. For records sent elsewhere (xAPI), not an access rule."""
    return (
        Cohort.objects.filter(memberships__user_id=user_id, cohort_courses__course_id=course_id)
        .order_by("status", "-start_date", "-pk")  # "active" sorts before "archived"
        .first()
    )
