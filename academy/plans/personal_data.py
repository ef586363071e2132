"""A learner's 100-day plans in their data download, and what happens to them when the account is deleted.

A plan is the learner's own writing: deleting the account deletes their plans (every version, the feedback on them
and the comments on them), the comments they wrote on others' plans, their reports of comments and their peer group
places. Feedback they gave as a reviewer stays with the plan it is about (its author shows as removed).
"""

from academy.plans.models import Comment, CommentReport, Feedback, PeerGroupMember, Plan, PlanVersion


def learner_records(*, user) -> dict[str, list[dict]]:
    plans = Plan.objects.filter(owner=user).select_related("cohort").order_by("created_at", "pk")
    versions = PlanVersion.objects.filter(plan__owner=user).order_by("plan_id", "number")
    feedback = Feedback.objects.filter(version__plan__owner=user).select_related("version").order_by("pk")
    comments = Comment.objects.filter(author=user).order_by("created_at", "pk")
    return {
        "plans": [
            {
                "cohort": plan.cohort.name,
                "status": plan.get_status_display(),
                "created_at": plan.created_at,
                "submitted_at": plan.submitted_at,
                "accepted_at": plan.accepted_at,
                "shared_with_group": plan.shared_with_group,
                **plan.content(),
            }
            for plan in plans
        ],
        "plan_versions": [
            {"plan_id": v.plan_id, "version": v.number, "submitted_at": v.submitted_at, "content": v.content}
            for v in versions
        ],
        "plan_feedback_received": [
            {
                "plan_id": f.version.plan_id,
                "version": f.version.number,
                "ratings": f.ratings,
                "summary": f.summary,
            }
            for f in feedback
        ],
        "plan_comments_written": [
            {"plan_id": c.plan_id, "body": c.body, "created_at": c.created_at, "hidden": c.is_hidden} for c in comments
        ],
    }


def forget_learner(*, user) -> None:
    Plan.objects.filter(owner=user).delete()
    Comment.objects.filter(author=user).delete()
    CommentReport.objects.filter(reporter=user).delete()
    PeerGroupMember.objects.filter(user=user).delete()
