"""Reads for plans and peer groups: who may see which plan, comments as each person may see them, the lead's
overview of a cohort's plans, and the plan-status column for the cohort dashboard."""

from dataclasses import dataclass

from django.db.models import Count, Exists, F, FilteredRelation, OuterRef, Q, QuerySet

from academy.cohorts.models import Cohort, Membership
from academy.cohorts.selectors import cohorts_for
from academy.plans.models import CohortPlanSettings, Comment, PeerGroup, PeerGroupMember, Plan, PlanVersion

NOT_STARTED = "Not started"
AWAITING_FEEDBACK = Plan.Status.SUBMITTED.label


class Role:
    OWNER = "owner"
    LEAD = "lead"
    REVIEWER = "reviewer"
    PEER = "peer"


@dataclass
class PlanAccess:
    plan: Plan
    role: str

    @property
    def may_edit(self) -> bool:
        return self.role == Role.OWNER and self.plan.is_editable

    @property
    def may_give_feedback(self) -> bool:
        return self.role in {Role.LEAD, Role.REVIEWER} and self.plan.status == Plan.Status.SUBMITTED

    @property
    def may_accept(self) -> bool:
        return self.role == Role.LEAD and self.plan.status in {Plan.Status.SUBMITTED, Plan.Status.FEEDBACK}

    @property
    def may_comment(self) -> bool:
        return self.role in {Role.OWNER, Role.PEER} and self.plan.shared_with_group

    @property
    def may_see_versions(self) -> bool:
        return self.role != Role.PEER


def led_cohorts(user) -> QuerySet[Cohort]:
    """The active cohorts ``user`` leads (every one, for an administrator): the way into the lead's plan pages."""
    return cohorts_for(user).filter(status=Cohort.Status.ACTIVE).order_by("-start_date", "name")


def leads_cohort(user, cohort_id: int) -> bool:
    return cohorts_for(user).filter(pk=cohort_id).exists()


def lead_cohort(user, cohort_id: int) -> Cohort:
    """A cohort ``user`` leads (or any, for an administrator); Cohort.DoesNotExist otherwise (shown as 404)."""
    return cohorts_for(user).get(pk=cohort_id)


def _is_peer(user, plan: Plan) -> bool:
    """``user`` is in the same peer group as the plan's owner, and still a member of the cohort."""
    mine = PeerGroupMember.objects.filter(user=user, cohort_id=plan.cohort_id).values("group_id")
    return (
        PeerGroupMember.objects.filter(user_id=plan.owner_id, cohort_id=plan.cohort_id, group_id__in=mine).exists()
        and Membership.objects.filter(cohort_id=plan.cohort_id, user=user).exists()
    )


def plan_access(user, plan_id: int) -> PlanAccess:
    """The plan with ``plan_id`` and why ``user`` may see it; Plan.DoesNotExist when they may not (a 404)."""
    if not (user and user.is_authenticated):
        raise Plan.DoesNotExist
    plan = Plan.objects.select_related("cohort", "owner", "reviewer").get(pk=plan_id)
    if plan.owner_id == user.pk:
        return PlanAccess(plan, Role.OWNER)
    if leads_cohort(user, plan.cohort_id):
        return PlanAccess(plan, Role.LEAD)
    if plan.reviewer_id == user.pk and plan.status != Plan.Status.DRAFT:
        return PlanAccess(plan, Role.REVIEWER)
    if plan.shared_with_group and _is_peer(user, plan):
        return PlanAccess(plan, Role.PEER)
    raise Plan.DoesNotExist


def settings_for(cohort_id: int) -> CohortPlanSettings | None:
    return CohortPlanSettings.objects.select_related("template").filter(cohort_id=cohort_id).first()


def template_for(plan: Plan):
    found = settings_for(plan.cohort_id)
    return found.template if found else None


_MY_PLAN_FIELDS = ("id", "title", "challenge", "status")  # what the lists show; any other field loads when read


def my_plan_cohorts(user) -> list[dict]:
    """The cohorts ``user`` is in that have a plan template, each with the learner's plan (or None). One query: the
    plan (one at most per cohort and owner) is joined to the membership."""
    memberships = list(
        Membership.objects.filter(user=user, cohort__plan_settings__template__isnull=False)
        .select_related("cohort", "cohort__plan_settings")
        .annotate(mine=FilteredRelation("cohort__plans", condition=Q(cohort__plans__owner=user)))
        .annotate(**{f"plan_{name}": F(f"mine__{name}") for name in _MY_PLAN_FIELDS})
        .order_by("-cohort__start_date", "cohort__name")
    )
    return [{"cohort": m.cohort, "plan": _my_plan(m, user)} for m in memberships]


def _my_plan(membership, user) -> Plan | None:
    if membership.plan_id is None:
        return None
    known = {name: getattr(membership, f"plan_{name}") for name in _MY_PLAN_FIELDS}
    known.update(cohort_id=membership.cohort_id, owner_id=user.pk)
    fields = [field.attname for field in Plan._meta.concrete_fields if field.attname in known]  # in the model's order
    plan = Plan.from_db(Plan.objects.db, fields, [known[name] for name in fields])
    plan._state.fields_cache["cohort"] = membership.cohort
    return plan


def group_of(user, cohort_id: int) -> PeerGroup | None:
    member = PeerGroupMember.objects.select_related("group").filter(user=user, cohort_id=cohort_id).first()
    return member.group if member else None


def group_for_member(user, group_id: int) -> PeerGroup:
    """A group ``user`` belongs to (and whose cohort they are still in), or whose cohort they lead."""
    group = PeerGroup.objects.select_related("cohort").get(pk=group_id)
    is_member = PeerGroupMember.objects.filter(group=group, user=user).exists() and (
        Membership.objects.filter(cohort_id=group.cohort_id, user=user).exists()
    )
    if not (is_member or leads_cohort(user, group.cohort_id)):
        raise PeerGroup.DoesNotExist
    return group


def group_members(group: PeerGroup) -> list[dict]:
    """The members of ``group`` with their shared plan, if any. Two queries."""
    members = list(group.members.select_related("user").order_by("user__full_name", "user__email"))
    plans = {
        p.owner_id: p
        for p in Plan.objects.filter(cohort_id=group.cohort_id, owner__in=[m.user_id for m in members])
        .filter(shared_with_group=True)
        .annotate(visible_comments=Count("comments", filter=Q(comments__hidden_at__isnull=True)))
    }
    return [{"user": m.user, "plan": plans.get(m.user_id)} for m in members]


def visible_comments(access: PlanAccess) -> list[Comment]:
    """Comments on the plan: all of them for a lead (hidden ones marked), only those not hidden for anyone else."""
    comments = access.plan.comments.select_related("author").annotate(report_count=Count("reports"))
    if access.role != Role.LEAD:
        comments = comments.filter(hidden_at__isnull=True)
    return list(comments)


def comment_for_member(user, comment_id: int) -> Comment:
    """A comment ``user`` may report: visible to them on a plan they may comment on. Comment.DoesNotExist if not."""
    comment = Comment.objects.select_related("plan").get(pk=comment_id, hidden_at__isnull=True)
    access = plan_access(user, comment.plan_id)
    if not access.may_comment:
        raise Comment.DoesNotExist
    return comment


def comment_for_lead(user, comment_id: int) -> Comment:
    comment = Comment.objects.select_related("plan").get(pk=comment_id)
    if not leads_cohort(user, comment.plan.cohort_id):
        raise Comment.DoesNotExist
    return comment


def versions(plan: Plan) -> list[PlanVersion]:
    return list(plan.versions.prefetch_related("feedback__reviewer").order_by("number"))


def cohort_plans(cohort: Cohort) -> list[dict]:
    """One row per cohort member: the member, their plan (or None), their group's name. Three queries."""
    memberships = list(
        Membership.objects.filter(cohort=cohort).select_related("user").order_by("user__full_name", "user__email")
    )
    plans = {
        p.owner_id: p
        for p in Plan.objects.filter(cohort=cohort)
        .select_related("reviewer")
        .annotate(version_count=Count("versions", distinct=True))
    }
    groups = dict(PeerGroupMember.objects.filter(cohort=cohort).values_list("user_id", "group__name"))
    return [{"user": m.user, "plan": plans.get(m.user_id), "group": groups.get(m.user_id, "")} for m in memberships]


def plan_statuses(cohort: Cohort, *, user_ids=None) -> dict[int, str]:
    """{user_id: plan status label} of the members of ``cohort`` who have a plan (only ``user_ids``, if given).
    One query; the dashboard's "100-day plan" column reads a page of learners with it."""
    labels = dict(Plan.Status.choices)
    plans = Plan.objects.filter(cohort=cohort)
    if user_ids is not None:
        plans = plans.filter(owner_id__in=user_ids)
    return {owner_id: labels[status] for owner_id, status in plans.values_list("owner_id", "status")}


def plan_status_by_member(cohort: Cohort) -> dict[int, str]:
    """{user_id: plan status label} for every member of ``cohort`` ("Not started" without a plan). Two queries."""
    statuses = plan_statuses(cohort)
    members = Membership.objects.filter(cohort=cohort).values_list("user_id", flat=True)
    return {user_id: statuses.get(user_id, NOT_STARTED) for user_id in members}


def is_awaiting_feedback(status_label: str) -> bool:
    """The dashboard filter "plan awaiting feedback", on a label from ``plan_status_by_member``."""
    return status_label == AWAITING_FEEDBACK


def awaiting_feedback_owner_ids(cohort: Cohort) -> QuerySet:
    """The owners of the cohort's plans waiting for feedback, as a subquery (not evaluated here)."""
    return Plan.objects.filter(cohort=cohort, status=Plan.Status.SUBMITTED).values("owner_id")


def awaiting_feedback_q(cohort: Cohort, *, user_field: str = "user_id") -> Q:
    """The same filter as a Q on rows with a user (memberships by default): one subquery, no extra query."""
    return Q(**{f"{user_field}__in": awaiting_feedback_owner_ids(cohort)})


def reviewer_choices(cohort: Cohort, *, exclude_user_id: int) -> QuerySet:
    """Members of the cohort who may be assigned to give feedback on another member's plan."""
    return (
        Membership.objects.filter(cohort=cohort)
        .exclude(user_id=exclude_user_id)
        .select_related("user")
        .order_by("user__full_name", "user__email")
    )


def accepted_plans_for(*, user_id: int, course_id: int) -> tuple[list[Cohort], list[Plan]]:
    """The cohorts ``user_id`` is in that take ``course_id`` and require an accepted plan, and the accepted plans
    in them. Two queries."""
    cohorts = list(
        Cohort.objects.filter(
            memberships__user_id=user_id,
            cohort_courses__course_id=course_id,
            plan_settings__required_for_completion=True,
            plan_settings__template__isnull=False,
        ).distinct()
    )
    plans = list(
        Plan.objects.filter(owner_id=user_id, cohort__in=cohorts, status=Plan.Status.ACCEPTED).order_by("cohort_id")
    )
    return cohorts, plans


def missing_plans(*, user_id: int, course_ids) -> list[tuple[int, str]]:
    """(course id, cohort name) for each of ``user_id``'s cohorts that take any of ``course_ids`` and require an
    accepted plan the learner does not have yet. One query."""
    accepted = Plan.objects.filter(owner_id=user_id, cohort=OuterRef("pk"), status=Plan.Status.ACCEPTED)
    return list(
        Cohort.objects.filter(
            memberships__user_id=user_id,
            cohort_courses__course_id__in=list(course_ids),
            plan_settings__required_for_completion=True,
            plan_settings__template__isnull=False,
        )
        .exclude(Exists(accepted))
        .order_by("name", "pk")
        .values_list("cohort_courses__course_id", "name")
        .distinct()
    )
