"""Who may see which cohorts: leads see the cohorts they lead; administrators see every cohort."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef, Q, QuerySet

from academy.cohorts.models import Cohort
from academy.cohorts.selectors.lookups import led_cohort
from academy.core import userfacts
from academy.core.permissions import has_permission

LEAD_PERMISSION = "cohorts.lead_cohorts"
ADMIN_PERMISSION = "cohorts.manage_all_cohorts"


def is_cohort_admin(user) -> bool:
    """Superusers and people given "Can see and manage every cohort"."""
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    if hasattr(user, "_perm_cache"):  # permissions already read in this request
        return has_permission(user, ADMIN_PERMISSION)
    return _cohort_roles(user)["admin"]


def may_lead(user) -> bool:
    """May use the lead area: administrators, members of "Cohort leads", and anyone who leads a cohort."""
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    if hasattr(user, "_perm_cache"):  # permissions already read in this request
        return user.has_perm(ADMIN_PERMISSION) or user.has_perm(LEAD_PERMISSION) or user.led_cohorts.exists()
    # Kept in the cache until who may do what changes (a cohort's leads included: ``receivers``).
    return userfacts.remember(user, "cohorts:may_lead", lambda: any(_cohort_roles(user).values()))


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def _cohort_roles(user) -> dict[str, bool]:
    """Whether ``user`` has the admin permission, the lead permission (their own or a group's) and leads a cohort:
    one query, answered once a request (the service navigation and the lead pages both ask) and kept with the
    person's facts (``userfacts``: moved on by any change to permissions, groups or a cohort's leads)."""
    roles = user.__dict__.get("_academy_cohort_roles")
    if roles is None:
        roles = user.__dict__["_academy_cohort_roles"] = userfacts.remember(
            user, "cohorts:roles", lambda: _query_roles(user)
        )
    return roles


def _query_roles(user) -> dict[str, bool]:

    def granted(codename: str) -> Q:
        permission = Permission.objects.filter(content_type__app_label="cohorts", codename=codename)
        own, groups = permission.filter(user=OuterRef("pk")), permission.filter(group__user=OuterRef("pk"))
        return Exists(own) | Exists(groups)

    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            admin=granted(ADMIN_PERMISSION.split(".", 1)[1]),
            lead=granted(LEAD_PERMISSION.split(".", 1)[1]),
            leads=Exists(Cohort.objects.filter(leads=OuterRef("pk"))),
        )
        .values("admin", "lead", "leads")
        .first()
    )
    return row or {"admin": False, "lead": False, "leads": False}


def cohorts_for(user) -> QuerySet[Cohort]:
    """The cohorts ``user`` may see: all of them for administrators, the ones they lead otherwise."""
    if not (user and user.is_authenticated and user.is_active):
        return Cohort.objects.none()
    if is_cohort_admin(user):
        return Cohort.objects.all()
    return Cohort.objects.filter(leads=user)


def cohort_for(user, pk: int) -> Cohort:
    """One cohort ``user`` may see; raises Cohort.DoesNotExist otherwise (shown as 404, so ids are not revealed)."""
    if not isinstance(pk, int) or not _active(user):
        return cohorts_for(user).get(pk=pk)
    return led_cohort(pk=pk, user_id=None if is_cohort_admin(user) else user.pk)


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
