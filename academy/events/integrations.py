"""What events adds to the apps below it, registered in EventsConfig.ready(): the certificate requirement
(required sessions attended), the dashboard's attendance column and filter, the lead's "Sessions" section, the
learner's upcoming sessions on "My learning" and what a waiting certificate waits for."""

from django.utils import dateformat, timezone

from academy.certificates.requirements import Requirement
from academy.cohorts.extensions import ColumnFilter, DashboardColumn, LeadSection
from academy.events import selectors

MISSED_FILTER_KEY = "missed_session"


def _attend(title: str, starts_at) -> str:
    return f"attended the required session ‘{title}’ ({dateformat.format(timezone.localtime(starts_at), 'j F Y')})"


def unmet(enrolment) -> list[str]:
    """A cohort member's course certificate waits until they have attended their cohort's required sessions."""
    return [
        _attend(title, starts_at)
        for _, title, starts_at in selectors.unattended_required_sessions(
            user_id=enrolment.user_id, course_ids=[enrolment.course_id]
        )
    ]


ATTENDANCE_REQUIREMENT = Requirement(key="events.required_sessions", unmet=unmet)


def certificate_waiting(*, user, enrolments: list) -> dict[int, dict]:
    """For "My learning": the required sessions each completed course's certificate waits for. One query."""
    completed = {e.course_id: e for e in enrolments if e.is_current and e.is_complete}
    if not completed or not getattr(user, "is_authenticated", False):
        return {}
    waiting: dict[int, dict] = {}
    for course_id, title, starts_at in selectors.unattended_required_sessions(user_id=user.pk, course_ids=completed):
        facts = waiting.setdefault(completed[course_id].pk, {"certificate_waiting": []})
        facts["certificate_waiting"].append(_attend(title, starts_at))
    return waiting


def attendance_values(*, cohort, user_ids: list[int]) -> dict[int, str]:
    total, attended = selectors.required_attendance(cohort=cohort, user_ids=user_ids)
    if not total:
        return {}
    return {user_id: f"{attended.get(user_id, 0)} of {total} required sessions" for user_id in user_ids}


ATTENDANCE_COLUMN = DashboardColumn(
    key="events.attendance",
    heading="Sessions attended",
    values=attendance_values,
    empty="No required sessions",
    filters=(
        ColumnFilter(
            key=MISSED_FILTER_KEY,
            label="Only learners who missed a required session",
            user_ids=selectors.missed_required_user_ids,
        ),
    ),
)

SESSIONS_SECTION = LeadSection(key="sessions", label="Sessions", url_name="events:lead_sessions")


def upcoming_sessions_panel(*, user, request) -> dict | None:
    """The learner's sessions to come on "My learning". One query; nothing for someone in no cohort with sessions."""
    if not getattr(user, "is_authenticated", False):
        return None
    sessions = selectors.upcoming_sessions(user=user)
    if not sessions:
        return None
    # Shown until it ends: "My learning" is kept no longer than the first of them lasts.
    fresh_until = min(session.ends_at for session in sessions)
    return {"template": "events/includes/my_sessions.html", "sessions": sessions, "fresh_until": fresh_until}
