"""Changes to plans and peer groups: drafts, submission (a new immutable version), feedback, acceptance, sharing,
groups and comments. Each emails the people it concerns through the outbox, after the transaction commits."""

import html

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from academy.accounts.mail import queue_email
from academy.certificates import tasks as certificate_tasks
from academy.cohorts.models import Cohort, Membership
from academy.core.links import absolute_url
from academy.core.sanitise import sanitise_text
from academy.plans import selectors, signals
from academy.plans.models import (
    CohortPlanSettings,
    Comment,
    CommentReport,
    Feedback,
    PeerGroup,
    PeerGroupMember,
    Plan,
    PlanTemplate,
    PlanVersion,
)
from courses.selectors import current_enrolments

NO_TEMPLATE = "This cohort does not have a 100-day plan yet."
NOT_A_MEMBER = "You are not a member of this cohort."
NOT_EDITABLE = "This plan cannot be changed now: it is waiting for feedback or has been accepted."
NOT_SUBMITTED = "Feedback can only be given on a plan that has been submitted."
CANNOT_ACCEPT = "Only a submitted plan can be accepted."
EMPTY_PLAN = "Describe the commissioning challenge before you submit the plan."
EMPTY_COMMENT = "Enter a comment"
NOT_SHARED = "This plan is not shared with the group."
REVIEWER_NOT_MEMBER = "The reviewer must be another member of the cohort."


class PlanError(Exception):
    """A plan rule was broken; the message is fit to show to the person."""


def plain_text(text: str | None) -> str:
    """``text`` as plain text: tags and script bodies removed (sanitised), entities turned back into characters, so
    templates escape it exactly once."""
    return html.unescape(sanitise_text(text))


def start_plan(*, user, cohort_id: int) -> Plan:
    """The learner's plan in the cohort, started as an empty draft on first use."""
    if not Membership.objects.filter(user=user, cohort_id=cohort_id).exists():
        raise PlanError(NOT_A_MEMBER)
    found = selectors.settings_for(cohort_id)
    if found is None or found.template is None:
        raise PlanError(NO_TEMPLATE)
    plan, _ = Plan.objects.get_or_create(cohort_id=cohort_id, owner=user)
    return plan


def save_draft(*, plan: Plan, data: dict) -> Plan:
    """Save the learner's work (``data``: the cleaned plan form and rows). Allowed while a draft or being revised."""
    with transaction.atomic():
        plan = Plan.objects.select_for_update(of=("self",)).get(pk=plan.pk)
        if not plan.is_editable:
            raise PlanError(NOT_EDITABLE)
        for field in ("title", "challenge", "outcome", "measures", "review", "actions", "stakeholders", "risks"):
            if field in data:
                setattr(plan, field, data[field])
        plan.save()
    return plan


def submit_plan(*, plan: Plan, user) -> PlanVersion:
    """Keep the plan as it is now as a new version and ask for feedback: the cohort's leads and the assigned
    reviewer are emailed."""
    with transaction.atomic():
        plan = (
            Plan.objects.select_for_update(of=("self",)).select_related("cohort", "owner", "reviewer").get(pk=plan.pk)
        )
        if not plan.is_editable:
            raise PlanError(NOT_EDITABLE)
        if not plan.challenge.strip():
            raise PlanError(EMPTY_PLAN)
        now = timezone.now()
        number = plan.versions.count() + 1
        version = PlanVersion.objects.create(
            plan=plan, number=number, content=plan.content(), submitted_at=now, submitted_by=user
        )
        plan.status = Plan.Status.SUBMITTED
        plan.submitted_at = now
        plan.save(update_fields=["status", "submitted_at", "updated_at"])
        signals.plan_submitted.send(sender=Plan, plan=plan, version=version)
        recipients = [lead.email for lead in plan.cohort.leads.all()]
        if plan.reviewer is not None:
            recipients.append(plan.reviewer.email)
        _email(
            "submitted", plan, to=recipients, extra={"version": version}, path=reverse("plans:feedback", args=[plan.pk])
        )
    return version


def give_feedback(*, plan: Plan, reviewer, ratings: list[dict], summary: str) -> Feedback:
    """Feedback on the latest version, against the template's criteria; the learner may then revise."""
    with transaction.atomic():
        plan = Plan.objects.select_for_update(of=("self",)).select_related("owner", "cohort").get(pk=plan.pk)
        if plan.status != Plan.Status.SUBMITTED:
            raise PlanError(NOT_SUBMITTED)
        version = plan.versions.order_by("-number").first()
        rows = [
            {"criterion": row["criterion"], "rating": row["rating"], "comment": plain_text(row.get("comment"))}
            for row in ratings
        ]
        feedback = Feedback.objects.create(
            version=version, reviewer=reviewer, ratings=rows, summary=plain_text(summary)
        )
        plan.status = Plan.Status.FEEDBACK
        plan.save(update_fields=["status", "updated_at"])
        _email("feedback", plan, to=[plan.owner.email], extra={"version": version})
    return feedback


def accept_plan(*, plan: Plan, lead) -> Plan:
    """Mark the latest submitted version accepted; where the cohort requires it, the learner's certificates for the
    cohort's completed courses are queued once this commits."""
    with transaction.atomic():
        plan = Plan.objects.select_for_update(of=("self",)).select_related("owner", "cohort").get(pk=plan.pk)
        if plan.status not in {Plan.Status.SUBMITTED, Plan.Status.FEEDBACK}:
            raise PlanError(CANNOT_ACCEPT)
        plan.status = Plan.Status.ACCEPTED
        plan.accepted_at = timezone.now()
        plan.accepted_by = lead
        plan.save(update_fields=["status", "accepted_at", "accepted_by", "updated_at"])
        signals.plan_accepted.send(sender=Plan, plan=plan)
        _email("accepted", plan, to=[plan.owner.email])
        course_ids = list(plan.cohort.cohort_courses.values_list("course_id", flat=True))
        completed = [
            e.pk
            for e in current_enrolments(user_id=plan.owner_id, course_ids=course_ids).filter(completed_at__isnull=False)
        ]
        transaction.on_commit(lambda: [certificate_tasks.issue_certificate.delay(pk) for pk in completed])
    return plan


def set_sharing(*, plan: Plan, shared: bool) -> Plan:
    plan.shared_with_group = shared
    plan.save(update_fields=["shared_with_group", "updated_at"])
    return plan


def assign_reviewer(*, plan: Plan, reviewer_id: int | None) -> Plan:
    """Ask another member of the cohort to give feedback on the plan (or no one: None)."""
    if reviewer_id is not None and (
        reviewer_id == plan.owner_id
        or not Membership.objects.filter(cohort_id=plan.cohort_id, user_id=reviewer_id).exists()
    ):
        raise PlanError(REVIEWER_NOT_MEMBER)
    plan.reviewer_id = reviewer_id
    plan.save(update_fields=["reviewer", "updated_at"])
    return plan


def set_cohort_settings(*, cohort: Cohort, template: PlanTemplate | None, required: bool) -> CohortPlanSettings:
    found, _ = CohortPlanSettings.objects.update_or_create(
        cohort=cohort, defaults={"template": template, "required_for_completion": required and template is not None}
    )
    return found


@transaction.atomic
def save_groups(*, cohort: Cohort, names: list[str], assignment: dict[int, str]) -> list[PeerGroup]:
    """Make the cohort's groups exactly ``names`` (a group left out is removed) and put each member in the group
    named in ``assignment`` ({user_id: group name, or "" for none}). Members of other cohorts are ignored."""
    names = list(dict.fromkeys(name.strip()[:100] for name in names if name.strip()))
    PeerGroup.objects.filter(cohort=cohort).exclude(name__in=names).delete()
    groups = {name: PeerGroup.objects.get_or_create(cohort=cohort, name=name)[0] for name in names}
    members = set(Membership.objects.filter(cohort=cohort).values_list("user_id", flat=True))
    PeerGroupMember.objects.filter(cohort=cohort).delete()
    PeerGroupMember.objects.bulk_create(
        PeerGroupMember(cohort=cohort, group=groups[name], user_id=user_id)
        for user_id, name in assignment.items()
        if user_id in members and name in groups
    )
    return list(groups.values())


def add_comment(*, plan: Plan, author, body: str) -> Comment:
    if not plan.shared_with_group:
        raise PlanError(NOT_SHARED)
    text = plain_text(body)
    if not text:
        raise PlanError(EMPTY_COMMENT)
    return Comment.objects.create(plan=plan, author=author, body=text)


def report_comment(*, comment: Comment, reporter) -> bool:
    """Record that ``reporter`` finds the comment unsuitable; the cohort's leads are emailed the first time."""
    with transaction.atomic():
        _, created = CommentReport.objects.get_or_create(comment=comment, reporter=reporter)
        if created and comment.reports.count() == 1:
            plan = comment.plan
            leads = [lead.email for lead in plan.cohort.leads.all()]
            _email("reported", plan, to=leads, extra={"comment": comment}, path=reverse("plans:plan", args=[plan.pk]))
    return created


def hide_comment(*, comment: Comment, lead, hidden: bool = True) -> Comment:
    comment.hidden_at = timezone.now() if hidden else None
    comment.hidden_by = lead if hidden else None
    comment.save(update_fields=["hidden_at", "hidden_by"])
    return comment


def _email(template: str, plan: Plan, *, to: list[str], extra: dict | None = None, path: str = "") -> None:
    to = [address for address in dict.fromkeys(to) if address]
    if not to:
        return
    context = {
        "plan": plan,
        "learner": plan.owner.full_name or plan.owner.email,
        "cohort": plan.cohort.name,
        "service_name": settings.ACADEMY_SERVICE_NAME,
        "url": absolute_url(path or reverse("plans:plan", args=[plan.pk])),
        **(extra or {}),
    }
    subject = render_to_string(f"plans/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"plans/email/{template}.txt", context)
    for address in to:  # one message each: recipients do not see each other's addresses
        queue_email(EmailMessage(subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body=body, to=[address]))
