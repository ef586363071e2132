"""A learner's own course records, for their data download (academy.privacy)."""

from courses.models import Enrolment, ItemCompletion, ProgressEvent


def learner_records(*, user) -> dict[str, list[dict]]:
    """Enrolments (every cycle), completed items and progress history of ``user``, as plain values. Three queries."""
    enrolments = Enrolment.objects.filter(user=user).select_related("course").order_by("enrolled_at", "pk")
    completions = (
        ItemCompletion.objects.filter(enrolment__user=user)
        .select_related("item", "enrolment__course")
        .order_by("completed_at", "pk")
    )
    events = (
        ProgressEvent.objects.filter(enrolment__user=user)
        .select_related("item", "enrolment__course")
        .order_by("created_at", "pk")
    )
    return {
        "enrolments": [
            {
                "course": enrolment.course.title,
                "cycle": enrolment.cycle,
                "current": enrolment.is_current,
                "how": enrolment.get_source_display(),
                "enrolled_at": enrolment.enrolled_at,
                "last_activity_at": enrolment.last_activity_at,
                "percent_complete": enrolment.percent,
                "completed_at": enrolment.completed_at,
            }
            for enrolment in enrolments
        ],
        "completions": [
            {
                "course": completion.enrolment.course.title,
                "cycle": completion.enrolment.cycle,
                "item": completion.item.title,
                "completed_at": completion.completed_at,
            }
            for completion in completions
        ],
        "progress_history": [
            {
                "course": event.enrolment.course.title,
                "cycle": event.enrolment.cycle,
                "event": event.get_kind_display(),
                "item": event.item.title if event.item else "",
                "reason": event.reason,
                "at": event.created_at,
            }
            for event in events
        ],
    }


def forget_reasons(*, user) -> int:
    """Clear the free-text reasons written on the learner's progress history (account deletion)."""
    return ProgressEvent.objects.filter(enrolment__user=user).exclude(reason="").update(reason="")
