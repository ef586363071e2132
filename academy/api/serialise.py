"""Rows as the API's schemas describe them, built from what the selectors loaded (no further queries)."""

from academy.accounts.models import User
from academy.certificates.models import Certificate
from academy.cohorts.models import Cohort
from courses.models import Enrolment


def learner(user: User) -> dict:
    return {
        "id": user.pk,
        "email": user.email,
        "full_name": user.full_name,
        "organisation": user.organisation,
        "job_title": user.job_title,
        "is_active": user.is_active,
        "date_joined": user.date_joined,
        "updated_at": user.updated_at,
    }


def course(page) -> dict:
    return {"id": page.pk, "title": page.title, "slug": page.slug}


def enrolment(row: Enrolment) -> dict:
    return {
        "id": row.pk,
        "learner_id": row.user_id,
        "course": course(row.course),
        "cycle": row.cycle,
        "is_current": row.is_current,
        "source": row.source,
        "enrolled_at": row.enrolled_at,
        "last_activity_at": row.last_activity_at,
        "completed_at": row.completed_at,
        "percent": row.percent,
        "required_total": row.required_total,
        "required_done": row.required_done,
        "updated_at": row.updated_at,
    }


def certificate(row: Certificate) -> dict:
    return {
        "id": row.pk,
        "code": row.code,
        "learner_id": row.enrolment.user_id,
        "enrolment_id": row.enrolment_id,
        "course_id": row.enrolment.course_id,
        "course_title": row.course_title,
        "status": row.status,
        "state": row.state,
        "issued_at": row.issued_at,
        "completed_at": row.completed_at,
        "valid_until": row.valid_until,
        "replaces_id": row.replaces_id,
        "verify_url": row.snapshot.get("verify_url", ""),
        "credential_id": str(row.credential_id),
        "updated_at": row.updated_at,
    }


def cohort(row: Cohort) -> dict:
    return {
        "id": row.pk,
        "name": row.name,
        "status": row.status,
        "start_date": row.start_date,
        "courses": [
            {"course": course(link.course), "deadline_date": link.deadline_date, "deadline_days": link.deadline_days}
            for link in row.cohort_courses.all()
        ],
        "members": [{"learner_id": m.user_id, "joined_at": m.joined_at} for m in row.members_in_scope],
        "updated_at": row.updated_at,
    }
