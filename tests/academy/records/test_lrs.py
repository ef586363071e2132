"""Against a real LRS (Ralph on loopback): a learner's records arrive with the right verb, actor and context, and
an LRS that is down for a while gets every statement once when it comes back."""

import hashlib
import json
from datetime import timedelta

from django.utils import timezone

from academy.records import services, statements
from academy.records.models import Delivery, LRSEndpoint, Statement
from academy.records.vocabulary import VERBS, cohort_activity_id, extension_iri, page_activity_id
from courses.selectors import course_outline
from courses.services.progress import complete_item
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import add_learner, make_cohort
from tests.courses.factories import make_course


def agent_of(user) -> str:
    digest = hashlib.sha1(f"mailto:{user.email}".encode()).hexdigest()  # noqa: S324
    return json.dumps({"objectType": "Agent", "mbox_sha1sum": digest})


def test_a_learners_course_completion_reaches_the_lrs_with_verb_actor_and_context(
    lrs, django_capture_on_commit_callbacks
):
    course = make_course(modules=1, lessons=1, slug="lrs-completion")
    cohort = make_cohort(courses=[course], name="Autumn cohort")
    learner = add_learner(cohort).user
    lesson = course_outline(course=course).items[0].page
    with django_capture_on_commit_callbacks(execute=True):
        complete_item(user=learner, item=lesson)

    stored = lrs.statements(agent=agent_of(learner))
    verbs = sorted(statement["verb"]["id"] for statement in stored)
    # registered, lesson and course completed, and the certificate issued on completion
    assert verbs == sorted([VERBS["registered"], VERBS["completed"], VERBS["completed"], VERBS["earned"]])
    course_completed = next(
        s for s in stored if s["verb"]["id"] == VERBS["completed"] and s["object"]["id"] == page_activity_id(course.pk)
    )
    enrolment = learner.enrolments.get()
    context = course_completed["context"]
    assert course_completed["actor"]["mbox_sha1sum"] == hashlib.sha1(f"mailto:{learner.email}".encode()).hexdigest()  # noqa: S324
    assert "mbox" not in course_completed["actor"]
    assert context["registration"] == statements.registration(enrolment.pk)
    assert context["contextActivities"]["grouping"][0]["id"] == cohort_activity_id(cohort.pk)
    assert context["extensions"][extension_iri("cohort")] == {"id": cohort.pk, "name": "Autumn cohort"}
    assert context["platform"] and context["language"] == "en-GB"
    lesson_completed = next(s for s in stored if s["object"]["id"] == page_activity_id(lesson.pk))
    assert lesson_completed["context"]["contextActivities"]["grouping"][0]["id"] == page_activity_id(course.pk)
    assert Delivery.objects.filter(status=Delivery.Status.DELIVERED).count() == 4


def test_an_lrs_down_for_a_while_gets_every_statement_once_when_it_is_back(lrs, django_capture_on_commit_callbacks):
    course = make_course(modules=1, lessons=2, slug="lrs-outage")
    learner = UserFactory()
    lessons = [item.page for item in course_outline(course=course).items]
    lrs.stop()
    try:
        with django_capture_on_commit_callbacks(execute=True):
            complete_item(user=learner, item=lessons[0])
        endpoint = LRSEndpoint.objects.get()
        assert endpoint.failures == 1 and endpoint.retry_after > timezone.now() and endpoint.last_error
        with django_capture_on_commit_callbacks(execute=True):
            complete_item(user=learner, item=lessons[1])  # backing off: not even tried
        assert LRSEndpoint.objects.get().failures == 1
        assert services.sweep() == 0
        assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.PENDING}
    finally:
        lrs.start()
    LRSEndpoint.objects.update(retry_after=timezone.now() - timedelta(seconds=1))  # the back-off has run out
    with django_capture_on_commit_callbacks(execute=True):
        assert services.sweep() == 1
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.DELIVERED}
    # A worker that died after the LRS stored a batch but before it was marked: the resend posts the same ids again.
    with django_capture_on_commit_callbacks(execute=True):
        services.resend(since=timezone.now() - timedelta(hours=1), until=timezone.now() + timedelta(hours=1))
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.DELIVERED}

    stored = lrs.statements(agent=agent_of(learner))
    ids = [statement["id"] for statement in stored]
    assert len(ids) == len(set(ids)) == Statement.objects.count() == 5  # registered, 2 lessons, course, certificate
    assert set(ids) == {str(pk) for pk in Statement.objects.values_list("pk", flat=True)}


def test_a_statement_the_lrs_refuses_is_marked_failed_and_does_not_hold_back_the_others(lrs):
    learner = UserFactory()
    good = statements.plan_submitted(
        user=learner, plan_id="https://academy.example.org/plans/1/", title="100-day plan", submitted_at=timezone.now()
    )
    bad = statements.plan_submitted(
        user=learner, plan_id="https://academy.example.org/plans/2/", title="100-day plan", submitted_at=timezone.now()
    )
    del bad["actor"]  # xAPI requires an actor: the LRS refuses it
    services.record(bad, user=learner)
    services.record(good, user=learner)

    assert services.deliver(endpoint_id=lrs.endpoint.pk) == 1

    assert Delivery.objects.get(statement_id=good["id"]).status == Delivery.Status.DELIVERED
    failed = Delivery.objects.get(statement_id=bad["id"])
    assert failed.status == Delivery.Status.FAILED and failed.last_error.startswith("422")
    assert [s["id"] for s in lrs.statements(agent=agent_of(learner))] == [good["id"]]
    assert LRSEndpoint.objects.get().failures == 0
