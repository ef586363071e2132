"""The attendance register: the lead records who came. Attending a required session counts towards completion.

When a learner is marked present at a required session, every completed course of theirs in the session's cohort
is given another chance at its certificate (``issue_certificate`` queued after the commit). The certificate service
checks again whether anything is still missing (``academy.events.integrations``), so queueing is always safe.
"""

from django.db import transaction

from academy.certificates import tasks as certificate_tasks
from academy.cohorts.models import Membership
from academy.events import signals
from academy.events.models import Attendance, Session
from academy.events.services import SessionError
from courses.selectors import current_enrolments

UNKNOWN_STATUS = "Choose present, absent or sent apologies"


def record_attendance(*, session: Session, marks: dict[int, str], recorded_by) -> int:
    """Record ``marks`` ({user_id: status}) for members of the session's cohort; returns how many changed.
    People who are not members are ignored (a stale form after a removal)."""
    if any(status not in Attendance.Status.values for status in marks.values()):
        raise SessionError(UNKNOWN_STATUS)
    members = set(
        Membership.objects.filter(cohort_id=session.cohort_id, user_id__in=list(marks)).values_list(
            "user_id", flat=True
        )
    )
    changed, now_present = 0, []
    with transaction.atomic():
        existing = {a.user_id: a for a in Attendance.objects.select_for_update().filter(session=session)}
        for user_id, status in marks.items():
            if user_id not in members:
                continue
            record = existing.get(user_id)
            if record is not None and record.status == status:
                continue
            if record is None:
                record = Attendance.objects.create(
                    session=session, user_id=user_id, status=status, recorded_by=recorded_by
                )
            else:
                record.status, record.recorded_by = status, recorded_by
                record.save(update_fields=["status", "recorded_by", "recorded_at"])
            changed += 1
            if status == Attendance.Status.PRESENT:
                now_present.append(user_id)
                signals.attended.send(sender=Attendance, attendance=record, session=session)
        if session.required and now_present:
            course_ids = list(session.cohort.cohort_courses.values_list("course_id", flat=True))
            for user_id in now_present:
                for enrolment_id in (
                    current_enrolments(user_id=user_id, course_ids=course_ids)
                    .filter(completed_at__isnull=False)
                    .values_list("pk", flat=True)
                ):
                    transaction.on_commit(
                        lambda enrolment_id=enrolment_id: certificate_tasks.issue_certificate.delay(enrolment_id)
                    )
    return changed
