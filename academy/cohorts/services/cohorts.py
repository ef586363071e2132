"""Creating, changing, archiving and deleting cohorts; members joining (by a lead, an invitation or a join code).

Rules:
- A cohort has a name, a start date, at least one course and at least one lead.
- Joining enrols the learner in each of the cohort's courses (source "cohort"); adding a course later enrols the
  existing members. Leaving, archiving or deleting a cohort never touches enrolments, progress or certificates.
- An archived cohort takes no new members and sends no reminders; it can be reactivated.
"""

import logging
import secrets
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

# Tasks wrap these services and these services queue tasks: modules import each other, names are read at call time.
from academy.audit import actions
from academy.audit import services as audit
from academy.cohorts import tasks
from academy.cohorts.models import Cohort, CohortCourse, Membership
from academy.cohorts.services import CohortError, exports
from academy.cohorts.signals import learner_joined, learner_removed
from courses import learning_cache
from courses.models import CoursePage, Enrolment
from courses.selectors import enrolled_user_ids
from courses.services.progress import enrol

logger = logging.getLogger(__name__)

NAME_REQUIRED = "Enter a name for the cohort"
COURSE_REQUIRED = "Select at least one course"
LEAD_REQUIRED = "Select at least one lead"
COHORT_ARCHIVED = "This cohort has been archived, so nobody can join it."
JOIN_CODE_NOT_FOUND = "Enter a join code that is valid: check it with the person who runs your cohort"
DEADLINE_DATE_REQUIRED = "Enter the deadline date"
DEADLINE_DAYS_REQUIRED = "Enter the number of days, from 1 to 3650"

JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: codes are read aloud and typed
JOIN_CODE_LENGTH = 8


def create_cohort(*, name: str, start_date: date, courses: list[CoursePage], leads: list, created_by=None) -> Cohort:
    """A new active cohort with its courses (no deadlines yet) and leads."""
    _check(name=name, courses=courses, leads=leads)
    with transaction.atomic():
        cohort = Cohort(name=" ".join(name.split()), start_date=start_date, created_by=created_by)
        cohort.full_clean()
        cohort.save()
        cohort.leads.set(leads)
        CohortCourse.objects.bulk_create(
            CohortCourse(cohort=cohort, course=course, position=n) for n, course in enumerate(courses)
        )
    logger.info("Cohort %s created by %s", cohort.pk, getattr(created_by, "pk", None))
    return cohort


def update_cohort(*, cohort: Cohort, name: str, start_date: date, courses: list[CoursePage], leads: list) -> Cohort:
    """Change a cohort's name, start date, courses and leads. Kept courses keep their deadlines; new courses are
    given to every existing member; removed courses leave the learners' progress as it is."""
    _check(name=name, courses=courses, leads=leads)
    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        cohort.name = " ".join(name.split())
        cohort.start_date = start_date
        cohort.full_clean()
        cohort.save()
        cohort.leads.set(leads)
        wanted = [course.pk for course in courses]
        CohortCourse.objects.filter(cohort=cohort).exclude(course_id__in=wanted).delete()
        existing = {cc.course_id: cc for cc in CohortCourse.objects.filter(cohort=cohort)}
        added = []
        for position, course_id in enumerate(wanted):
            cohort_course = existing.get(course_id)
            if cohort_course is None:
                added.append(CohortCourse(cohort=cohort, course_id=course_id, position=position))
            elif cohort_course.position != position:
                cohort_course.position = position
                cohort_course.save(update_fields=["position"])
        CohortCourse.objects.bulk_create(added)
        learning_cache.changed()  # bulk_create sends no signal: the learners' deadlines and courses
        if added:
            transaction.on_commit(lambda: tasks.enrol_cohort_members.delay(cohort.pk))
    return cohort


def set_deadline(
    *, cohort_course: CohortCourse, kind: str, deadline_date: date | None = None, deadline_days: int | None = None
) -> CohortCourse:
    """Set a course's deadline in a cohort: kind "none", "date" (a fixed date) or "days" (N days after joining)."""
    if kind == "date":
        if deadline_date is None:
            raise CohortError(DEADLINE_DATE_REQUIRED)
        cohort_course.deadline_date, cohort_course.deadline_days = deadline_date, None
    elif kind == "days":
        if not deadline_days or not 1 <= deadline_days <= 3650:
            raise CohortError(DEADLINE_DAYS_REQUIRED)
        cohort_course.deadline_date, cohort_course.deadline_days = None, deadline_days
    else:
        cohort_course.deadline_date = cohort_course.deadline_days = None
    cohort_course.full_clean()
    cohort_course.save(update_fields=["deadline_date", "deadline_days"])
    return cohort_course


def archive_cohort(*, cohort: Cohort) -> Cohort:
    """Archive: the cohort stays readable, takes no new members and sends no reminders."""
    Cohort.objects.filter(pk=cohort.pk).update(status=Cohort.Status.ARCHIVED, updated_at=timezone.now())
    learning_cache.changed()  # an archived cohort's deadlines no longer apply (update() sends no signal)
    cohort.refresh_from_db()
    return cohort


def reactivate_cohort(*, cohort: Cohort) -> Cohort:
    Cohort.objects.filter(pk=cohort.pk).update(status=Cohort.Status.ACTIVE, updated_at=timezone.now())
    learning_cache.changed()
    cohort.refresh_from_db()
    return cohort


def delete_cohort(*, cohort: Cohort) -> None:
    """Delete a cohort with its memberships, invitations, logs and export files. Learners keep their enrolments,
    progress and certificates: those belong to the learner, not the cohort."""
    cohort_id = cohort.pk
    with transaction.atomic():
        files = list(cohort.exports.exclude(file="").values_list("file", flat=True))
        cohort.delete()
        transaction.on_commit(lambda: exports.delete_export_files(names=files))
    logger.info("Cohort %s deleted", cohort_id)


def set_join_code(*, cohort: Cohort, enabled: bool) -> Cohort:
    """Turn the join code on (a new code each time, so an old one stops working) or off."""
    if not enabled:
        cohort.join_code = None
        cohort.save(update_fields=["join_code", "updated_at"])
        return cohort
    for _ in range(10):
        cohort.join_code = "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))
        try:
            with transaction.atomic():
                cohort.save(update_fields=["join_code", "updated_at"])
            return cohort
        except IntegrityError:  # the same code is in use by another cohort: draw again
            continue
    raise CohortError("A join code could not be made. Try again.")


def normalise_join_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def join_with_code(*, user, code: str) -> tuple[Membership, bool]:
    """Join the active cohort whose join code is ``code``; returns (membership, created)."""
    cohort = Cohort.objects.filter(join_code=normalise_join_code(code) or None).first()
    if cohort is None:
        raise CohortError(JOIN_CODE_NOT_FOUND)
    if not cohort.is_active:
        raise CohortError(COHORT_ARCHIVED)
    existing = Membership.objects.filter(cohort=cohort, user=user).first()
    if existing is not None:
        return existing, False
    return add_member(cohort=cohort, user=user, source=Membership.Source.JOIN_CODE), True


def add_member(*, cohort: Cohort, user, source: str = Membership.Source.LEAD, joined_at=None) -> Membership:
    """Make ``user`` a member (idempotent) and enrol them in each of the cohort's courses."""
    with transaction.atomic():
        membership, created = Membership.objects.get_or_create(
            cohort=cohort, user=user, defaults={"source": source, "joined_at": joined_at or timezone.now()}
        )
        for course in cohort.courses.all():
            enrol(user=user, course=course, source=Enrolment.Source.COHORT)
        if created:  # the cohort's member list changed: systems syncing by updated_at must see it
            Cohort.objects.filter(pk=cohort.pk).update(updated_at=timezone.now())
    if created:
        transaction.on_commit(lambda: learner_joined.send(sender=Membership, membership=membership))
    return membership


def remove_member(*, cohort: Cohort, user_id: int, removed_by=None) -> bool:
    """Take a learner out of a cohort: they leave its dashboard, exports and reminders. Their enrolments, progress
    and certificates stay (they belong to the learner). Returns False when they were not a member."""
    with transaction.atomic():
        deleted, _ = Membership.objects.filter(cohort=cohort, user_id=user_id).delete()
        if deleted:
            audit.record(
                actions.LEARNER_REMOVED_FROM_COHORT, actor=removed_by, target=cohort, detail={"learner_id": user_id}
            )
            transaction.on_commit(lambda: learner_removed.send(sender=Membership, cohort=cohort, user_id=user_id))
    if deleted:
        logger.info("Learner %s removed from cohort %s by %s", user_id, cohort.pk, getattr(removed_by, "pk", None))
    return bool(deleted)


def enrol_members(*, cohort: Cohort) -> int:
    """Enrol every member in every course of the cohort (after a course is added). Idempotent; returns the number
    of enrolments created."""
    courses = list(cohort.courses.all())
    created = 0
    user_ids = list(cohort.memberships.values_list("user_id", flat=True))
    for course in courses:
        enrolled = enrolled_user_ids(course_id=course.pk, user_ids=user_ids)
        for membership in cohort.memberships.exclude(user_id__in=enrolled).select_related("user"):
            enrol(user=membership.user, course=course, source=Enrolment.Source.COHORT)
            created += 1
    return created


def _check(*, name: str, courses: list, leads: list) -> None:
    if not (name or "").strip():
        raise CohortError(NAME_REQUIRED)
    if not courses:
        raise CohortError(COURSE_REQUIRED)
    if not leads:
        raise CohortError(LEAD_REQUIRED)
