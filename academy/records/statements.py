"""xAPI 1.0.3 statements for the platform's events. Each builder returns the statement as a dict, ready to store.

Rules (see the README's "Learning records out"):
- The actor is pseudonymous: ``mbox_sha1sum`` of the email (the default) or an ``account`` on the organisation's
  home page named by an opaque id, as ``ACADEMY_XAPI_ACTOR`` says. No name and no email in clear.
- Activity ids are addresses by id (``page_activity_id``), so renaming a page or changing its slug keeps them.
- The context names the course (``parent`` for the course's own items, ``grouping`` below a module) and the cohort
  (``grouping`` and the cohort extension), the enrolment's ``registration``, the platform and the language.
- The builders read what they need (the course, the cohort) but write nothing; ``services.record`` stores them
  (a quiz's, ``services.build_statement`` after the attempt's commit, through ``academy.records.deferred``).
"""

import hashlib
import uuid
from datetime import UTC, datetime
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from academy.certificates import links as certificate_links
from academy.cohorts.selectors import learners_cohort
from academy.core import pagecache
from academy.records.vocabulary import (
    ACTIVITY_TYPES,
    VERBS,
    cohort_activity_id,
    extension_iri,
    language,
    page_activity_id,
)
from courses.models import CoursePage, ModulePage
from courses.selectors import course_for_page

ACTOR_SCHEMES = ("mbox_sha1sum", "account")


def _namespace() -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, settings.ACADEMY_BASE_URL.rstrip("/") + "/xapi/")


def registration(enrolment_id: int) -> str:
    """The xAPI registration of an enrolment (one course cycle): a UUID derived from its id, the same every time."""
    return str(uuid.uuid5(_namespace(), f"enrolment:{enrolment_id}"))


def opaque_id(user_id: int) -> str:
    """A learner's opaque name in an LRS account: stable, and says nothing about them."""
    return str(uuid.uuid5(_namespace(), f"user:{user_id}"))


def actor(user) -> dict:
    """The learner as an xAPI Agent, by the scheme in ``ACADEMY_XAPI_ACTOR``."""
    if settings.ACADEMY_XAPI_ACTOR == "account":
        home = settings.ACADEMY_XAPI_ACCOUNT_HOMEPAGE or settings.ACADEMY_BASE_URL
        return {"objectType": "Agent", "account": {"homePage": home, "name": opaque_id(user.pk)}}
    digest = hashlib.sha1(f"mailto:{user.email.strip().lower()}".encode()).hexdigest()  # noqa: S324 - xAPI's rule
    return {"objectType": "Agent", "mbox_sha1sum": digest}


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, as LRSs store it."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def activity(activity_id: str, *, name: str, kind: str, description: str = "") -> dict:
    definition = {"name": {language(): name}, "type": ACTIVITY_TYPES[kind]}
    if description:
        definition["description"] = {language(): description}
    return {"objectType": "Activity", "id": activity_id, "definition": definition}


def page_activity(page, *, kind: str) -> dict:
    return activity(page_activity_id(page.pk), name=page.title, kind=kind)


def cohort_activity(cohort) -> dict:
    return activity(cohort_activity_id(cohort.pk), name=cohort.name, kind="cohort")


def score(*, raw: Decimal | float, maximum: Decimal | float, minimum: Decimal | float = 0) -> dict:
    """xAPI's score: ``scaled`` in [-1, 1] from raw over max (0 when the max is 0), raw between min and max."""
    raw, maximum, minimum = Decimal(str(raw)), Decimal(str(maximum)), Decimal(str(minimum))
    scaled = (raw / maximum).quantize(Decimal("0.0001")) if maximum else Decimal(0)
    return {"scaled": float(scaled), "raw": float(raw), "min": float(minimum), "max": float(maximum)}


def build(
    *,
    verb: str,
    user,
    obj: dict,
    timestamp: datetime,
    parents: list[dict] = (),
    grouping: list[dict] = (),
    cohort=None,
    enrolment_id: int | None = None,
    result: dict | None = None,
    extensions: dict | None = None,
) -> dict:
    """A whole statement with a new id. Every builder below ends here."""
    context: dict = {"platform": settings.ACADEMY_SERVICE_NAME, "language": language()}
    if enrolment_id is not None:
        context["registration"] = registration(enrolment_id)
    grouping = list(grouping)
    context_extensions = dict(extensions or {})
    if cohort is not None:
        grouping.append(cohort_activity(cohort))
        context_extensions[extension_iri("cohort")] = {"id": cohort.pk, "name": cohort.name}
    activities = {}
    if parents:
        activities["parent"] = list(parents)
    if grouping:
        activities["grouping"] = grouping
    if activities:
        context["contextActivities"] = activities
    if context_extensions:
        context["extensions"] = context_extensions
    statement = {
        "id": str(uuid.uuid4()),
        "timestamp": iso(timestamp),
        "actor": actor(user),
        "verb": {"id": VERBS[verb], "display": {language(): verb}},
        "object": obj,
        "context": context,
    }
    if result is not None:
        statement["result"] = result
    return statement


# Course events ---------------------------------------------------------------------------------------------------


def registered(enrolment, *, timestamp: datetime | None = None) -> dict:
    """The learner registered in a course (an enrolment, or a new cycle of one)."""
    course = enrolment.course
    return build(
        verb="registered",
        user=enrolment.user,
        obj=page_activity(course, kind="course"),
        timestamp=timestamp or enrolment.enrolled_at or timezone.now(),
        cohort=learners_cohort(user_id=enrolment.user_id, course_id=course.pk),
        enrolment_id=enrolment.pk,
    )


def course_completed(enrolment, *, timestamp: datetime | None = None) -> dict:
    course = enrolment.course
    return build(
        verb="completed",
        user=enrolment.user,
        obj=page_activity(course, kind="course"),
        timestamp=timestamp or enrolment.completed_at or timezone.now(),
        cohort=learners_cohort(user_id=enrolment.user_id, course_id=course.pk),
        enrolment_id=enrolment.pk,
        result={"completion": True},
    )


def item_completed(enrolment, item, *, timestamp: datetime | None = None, kind: str = "lesson") -> dict:
    """A lesson (or another course item) completed: the module is its parent, the course groups it."""
    parents, grouping = _placement(item, course=enrolment.course)
    return build(
        verb="completed",
        user=enrolment.user,
        obj=page_activity(item, kind=kind),
        timestamp=timestamp or timezone.now(),
        parents=parents,
        grouping=grouping,
        cohort=learners_cohort(user_id=enrolment.user_id, course_id=enrolment.course_id),
        enrolment_id=enrolment.pk,
        result={"completion": True},
    )


# Quiz events -----------------------------------------------------------------------------------------------------


def quiz_attempted(attempt, *, enrolment_id: int | None = None, placement: tuple | None = None) -> dict:
    """The learner started an attempt at a quiz (its number in the attempt extension)."""
    course_id, parents, grouping = placement or quiz_placement(attempt.quiz)
    return build(
        verb="attempted",
        user=attempt.user,
        obj=page_activity(attempt.quiz, kind="assessment"),
        timestamp=attempt.started_at or timezone.now(),
        parents=parents,
        grouping=grouping,
        cohort=learners_cohort(user_id=attempt.user_id, course_id=course_id),
        enrolment_id=enrolment_id,
        extensions={extension_iri("attempt"): attempt.number},
    )


def quiz_graded(attempt, *, enrolment_id: int | None = None, placement: tuple | None = None) -> dict:
    """A graded attempt: passed or failed against the pass mark, or completed when the quiz has none; with score."""
    verb = quiz_graded_verb(attempt)
    result = {"score": score(raw=attempt.score or 0, maximum=attempt.max_score), "completion": True}
    if attempt.passed is not None:
        result["success"] = bool(attempt.passed)
    if attempt.started_at and attempt.submitted_at:
        result["duration"] = duration(attempt.submitted_at - attempt.started_at)
    course_id, parents, grouping = placement or quiz_placement(attempt.quiz)
    return build(
        verb=verb,
        user=attempt.user,
        obj=page_activity(attempt.quiz, kind="assessment"),
        timestamp=attempt.submitted_at or timezone.now(),
        parents=parents,
        grouping=grouping,
        cohort=learners_cohort(user_id=attempt.user_id, course_id=course_id),
        enrolment_id=enrolment_id,
        result=result,
        extensions={extension_iri("attempt"): attempt.number},
    )


def quiz_graded_verb(attempt) -> str:
    return "completed" if attempt.passed is None else ("passed" if attempt.passed else "failed")


def quiz_placement(quiz) -> tuple[int, list[dict], list[dict]]:
    """(course id, parents, grouping) of a quiz. Kept in the page cache until a page changes (the titles in it are
    what the pages show): every submission needs it, and finding it took three page queries."""

    def build():
        course = course_for_page(page=quiz)
        return (course.pk, *_placement(quiz, course=course))

    return pagecache.remember(f"xapi-placement:{quiz.path}", build)


def duration(delta) -> str:
    """An ISO 8601 duration, in seconds to the hundredth (xAPI's precision)."""
    seconds = max(delta.total_seconds(), 0)
    return f"PT{seconds:.2f}S"


# Certificates ----------------------------------------------------------------------------------------------------


def certificate_earned(certificate) -> dict:
    """The certificate of a course earned: the object is the course's achievement (one per course, public), the
    certificate's own verification page is in the result, so an LRS user can check it."""
    enrolment = certificate.enrolment
    course = enrolment.course
    return build(
        verb="earned",
        user=enrolment.user,
        obj=activity(
            certificate_links.achievement_url(course.pk),
            name=f"Certificate: {certificate.snapshot.get('course_title') or course.title}",
            kind="certificate",
        ),
        timestamp=certificate.issued_at or timezone.now(),
        parents=[page_activity(course, kind="course")],
        cohort=learners_cohort(user_id=enrolment.user_id, course_id=course.pk),
        enrolment_id=enrolment.pk,
        result={"completion": True, "extensions": {extension_iri("certificate"): certificate.snapshot["verify_url"]}},
    )


# Programme events (the events and plans apps call these from their receivers) ---------------------------------


def session_attended(
    *, user, session_id: str, title: str, attended_at: datetime, course=None, cohort=None, enrolment_id=None
) -> dict:
    """The learner attended a programme session (a development day, a masterclass). ``session_id`` is the
    session's stable address (an id-based URL on the public address)."""
    return build(
        verb="attended",
        user=user,
        obj=activity(session_id, name=title, kind="meeting"),
        timestamp=attended_at,
        grouping=[page_activity(course, kind="course")] if course is not None else [],
        cohort=cohort,
        enrolment_id=enrolment_id,
        result={"completion": True},
    )


def plan_submitted(*, user, plan_id: str, title: str, submitted_at: datetime, cohort=None) -> dict:
    """The learner submitted their plan (the 100-day plan) for review. ``plan_id``: the plan's id-based address."""
    return build(
        verb="submitted",
        user=user,
        obj=activity(plan_id, name=title, kind="plan"),
        timestamp=submitted_at,
        cohort=cohort,
    )


def plan_accepted(*, user, plan_id: str, title: str, accepted_at: datetime, reviewer=None, cohort=None) -> dict:
    """The learner's plan was accepted by its reviewer: the learner "satisfied" the plan, with ``success``; the
    reviewer (pseudonymous too) is the context's instructor."""
    statement = build(
        verb="satisfied",
        user=user,
        obj=activity(plan_id, name=title, kind="plan"),
        timestamp=accepted_at,
        cohort=cohort,
        result={"success": True, "completion": True},
    )
    if reviewer is not None:
        statement["context"]["instructor"] = actor(reviewer)
    return statement


def _placement(item, *, course: CoursePage) -> tuple[list[dict], list[dict]]:
    """(parents, grouping) of a course item: its module is the parent and the course groups it; an item straight
    under the course has the course as its parent."""
    parent_path = item.path[: -item.steplen]
    # One query (none when the course is the parent) rather than get_parent() and .specific: a submission builds this.
    module = None if parent_path == course.path else ModulePage.objects.filter(path=parent_path).first()
    if module is not None:
        return [page_activity(module, kind="module")], [page_activity(course, kind="course")]
    return [page_activity(course, kind="course")], []
