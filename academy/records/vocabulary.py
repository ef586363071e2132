"""The xAPI vocabulary the platform uses: verbs and activity types, from the ADL vocabulary (the verbs cmi5 and
most LRS dashboards read) and, where ADL has no word, the Tin Can registry and Activity Streams."""

from django.conf import settings
from django.urls import reverse

from academy.core.links import absolute_url

XAPI_VERSION = "1.0.3"

VERBS = {
    "registered": "http://adlnet.gov/expapi/verbs/registered",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "attempted": "http://adlnet.gov/expapi/verbs/attempted",
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
    "earned": "http://id.tincanapi.com/verb/earned",
    "attended": "http://adlnet.gov/expapi/verbs/attended",
    "submitted": "http://activitystrea.ms/schema/1.0/submit",
    # A plan accepted by its reviewer: the learner "satisfied" the plan (cmi5's verb for a requirement met), so the
    # statement is about the learner, as every other one is; the reviewer is the context's instructor.
    "satisfied": "https://w3id.org/xapi/adl/verbs/satisfied",
}

ACTIVITY_TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "module": "http://adlnet.gov/expapi/activities/module",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
    "certificate": "http://id.tincanapi.com/activitytype/badge",  # an Open Badges 3.0 achievement
    "meeting": "http://adlnet.gov/expapi/activities/meeting",
    "plan": "http://id.tincanapi.com/activitytype/document",
    "cohort": "http://id.tincanapi.com/activitytype/group",  # hypothetical in ADL terms: a group of learners
}


def language() -> str:
    return settings.ACADEMY_XAPI_LANGUAGE


def page_activity_id(page_id: int) -> str:
    """A page's activity id: an address by its id, which never changes (a slug may), and leads to the page."""
    return absolute_url(reverse("records:page_activity", kwargs={"page_id": page_id}))


def cohort_activity_id(cohort_id: int) -> str:
    """An identifier only: a cohort has no public page."""
    return absolute_url(f"/xapi/activities/cohorts/{cohort_id}/")


def extension_iri(name: str) -> str:
    return absolute_url(f"/xapi/extensions/{name}")
