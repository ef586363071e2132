"""The outbox's rules with a scripted LRS: same transaction as the event, one delivery per endpoint and
organisation, back-off that doubles, conflicts and refusals isolated to one statement."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from academy.records import client, services, statements
from academy.records.models import Delivery, LRSEndpoint, Statement
from courses.models import Enrolment
from courses.selectors import course_outline
from courses.services.progress import complete_item
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course


class ScriptedLRS:
    """Answers each POST with the next status of ``script`` (the last one repeats), and keeps what it was sent."""

    def __init__(self, monkeypatch, *script):
        self.script, self.posts = list(script), []
        monkeypatch.setattr(client, "post_statements", self)

    def __call__(self, url, batch, **kwargs):
        self.posts.append([statement["id"] for statement in batch])
        status = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        return client.Response(status, "" if status in (200, 204) else f"status {status}")


def plan(user, n=1):
    return statements.plan_submitted(
        user=user, plan_id=f"https://academy.example.org/plans/{n}/", title="Plan", submitted_at=timezone.now()
    )


@pytest.fixture
def endpoint(db):
    return LRSEndpoint.objects.create(name="HR", url="https://lrs.example.org/xAPI/", username="u", password="p")


def test_a_statement_is_written_with_its_event_and_rolled_back_with_it(endpoint):
    course = make_course(modules=1, lessons=1, slug="rollback")
    lesson = course_outline(course=course).items[0].page
    learner = UserFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        complete_item(user=learner, item=lesson)
        assert Statement.objects.count() == 3  # registered, lesson and course completed, in the same transaction
        raise RuntimeError("the request failed after the completion")
    assert not Enrolment.objects.exists()
    assert not Statement.objects.exists() and not Delivery.objects.exists()


def test_endpoints_receive_only_their_organisations_learners_and_only_while_enabled(endpoint):
    north = LRSEndpoint.objects.create(
        name="North", url="https://north.example.org/xAPI/", organisations="Northshire CC"
    )
    LRSEndpoint.objects.create(name="Off", url="https://off.example.org/xAPI/", enabled=False)
    services.record(plan(UserFactory(organisation="northshire cc ")), user=UserFactory(organisation="northshire cc "))
    services.record(plan(UserFactory(organisation="Southshire")), user=UserFactory(organisation="Southshire"))
    assert Delivery.objects.filter(endpoint=endpoint).count() == 2
    assert Delivery.objects.filter(endpoint=north).count() == 1
    assert Delivery.objects.count() == 3


def test_delivery_posts_batches_in_timestamp_order_and_marks_them_delivered(endpoint, monkeypatch, settings):
    settings.ACADEMY_XAPI_BATCH_SIZE = 2
    lrs = ScriptedLRS(monkeypatch, 200)
    learner = UserFactory()
    rows = [services.record(plan(learner, n), user=learner) for n in range(3)]
    assert services.deliver(endpoint_id=endpoint.pk) == 3
    assert lrs.posts == [[str(rows[0].pk), str(rows[1].pk)], [str(rows[2].pk)]]
    assert services.deliver(endpoint_id=endpoint.pk) == 0
    assert len(lrs.posts) == 2, "nothing is sent twice"


def test_an_unavailable_lrs_keeps_the_rows_pending_and_the_wait_doubles(endpoint, monkeypatch):
    lrs = ScriptedLRS(monkeypatch, 0, 503, 200)
    learner = UserFactory()
    services.record(plan(learner), user=learner)
    for failures, wait in [(1, 30), (2, 60)]:
        before = timezone.now()
        services.deliver(endpoint_id=endpoint.pk)
        endpoint.refresh_from_db()
        assert endpoint.failures == failures
        assert before + timedelta(seconds=wait) <= endpoint.retry_after <= timezone.now() + timedelta(seconds=wait)
        assert services.deliver(endpoint_id=endpoint.pk) == 0, "backing off: not tried"
        assert services.sweep() == 0
        LRSEndpoint.objects.update(retry_after=timezone.now() - timedelta(seconds=1))
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == (Delivery.Status.PENDING, 2) and "503" in delivery.last_error
    assert services.deliver(endpoint_id=endpoint.pk) == 1
    endpoint.refresh_from_db()
    assert (endpoint.failures, endpoint.retry_after, endpoint.last_error) == (0, None, "")
    assert len(lrs.posts) == 3


def test_a_conflict_on_a_batch_is_split_and_a_single_conflict_counts_as_delivered(endpoint, monkeypatch):
    ScriptedLRS(monkeypatch, 409, 409, 204)  # the batch conflicts; alone, the first conflicts, the second is stored
    learner = UserFactory()
    services.record(plan(learner, 1), user=learner)
    services.record(plan(learner, 2), user=learner)
    assert services.deliver(endpoint_id=endpoint.pk) == 2
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.DELIVERED}


def test_a_disabled_endpoint_is_not_sent_to(endpoint, monkeypatch):
    lrs = ScriptedLRS(monkeypatch, 200)
    learner = UserFactory()
    services.record(plan(learner), user=learner)
    LRSEndpoint.objects.update(enabled=False)
    assert services.deliver(endpoint_id=endpoint.pk) == 0 and lrs.posts == []
    assert services.sweep() == 0


def test_no_statements_are_written_when_records_are_switched_off(endpoint, settings):
    settings.ACADEMY_XAPI_ENABLED = False
    course = make_course(modules=1, lessons=1, slug="switched-off")
    complete_item(user=UserFactory(), item=course_outline(course=course).items[0].page)
    assert not Statement.objects.exists()


def test_the_enabled_endpoints_are_read_once_and_a_change_counts_for_the_next_statement(
    endpoint, django_assert_num_queries, django_capture_on_commit_callbacks
):
    learner = UserFactory(organisation="Northshire CC")
    services.record(plan(learner, 1), user=learner)
    with django_assert_num_queries(2):  # the statement and its delivery: the endpoints come from the cache
        services.record(plan(learner, 2), user=learner)
    assert Delivery.objects.filter(endpoint=endpoint).count() == 2

    with django_capture_on_commit_callbacks(execute=True):
        endpoint.organisations = "Southshire"
        endpoint.save()
        north = LRSEndpoint.objects.create(
            name="North", url="https://north.example.org/", organisations="Northshire CC"
        )
    services.record(plan(learner, 3), user=learner)
    assert (
        Delivery.objects.filter(endpoint=endpoint).count() == 2 and Delivery.objects.filter(endpoint=north).count() == 1
    )

    with django_capture_on_commit_callbacks(execute=True):
        north.enabled = False
        north.save()
    services.record(plan(learner, 4), user=learner)
    assert Delivery.objects.filter(endpoint=north).count() == 1
    north.delete()
    endpoint.organisations = ""
    endpoint.save()
    services.record(plan(learner, 5), user=learner)
    assert Delivery.objects.filter(endpoint=endpoint).count() == 3
