"""A quiz's statements are written unbuilt in the attempt's transaction (one row: id, learner, verb, timestamp) and
built by a task after the commit, with the content they had when built inside it; the sweep builds what a lost task
left. Nothing reads, resends or sends a statement before it is built."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import escape
from kombu.exceptions import OperationalError
from ralph.models.xapi.base.statements import BaseXapiStatement
from redis.exceptions import ConnectionError as RedisConnectionError

from academy.records import client, deferred, services, statements, tasks
from academy.records.admin import NOT_BUILT
from academy.records.models import Delivery, LRSEndpoint, Statement
from academy.records.personal_data import forget_learner
from assessments.models import Attempt, QuizPage
from assessments.services.attempts import start_attempt, submit_attempt
from courses.selectors import course_for_page
from courses.services.progress import enrol
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import add_learner, make_cohort
from tests.assessments.factories import make_question, make_quiz
from tests.courses.factories import make_course


@pytest.fixture
def queued(monkeypatch):
    """The endpoints whose delivery was queued (nothing is sent to the example LRS)."""
    calls = []
    monkeypatch.setattr(services, "queue_delivery", calls.append)
    return calls


@pytest.fixture
def endpoint(db, queued):
    return LRSEndpoint.objects.create(name="HR", url="https://lrs.example.org/xAPI/", username="u", password="p")


@pytest.fixture
def quiz(db):
    course = make_course(modules=1, lessons=1, slug="built-later")
    return make_quiz(course.get_children().first(), questions=[make_question("true_false")])  # pass mark 50


@pytest.fixture
def learner(quiz):
    """A cohort member (the context names the cohort) enrolled in the quiz's course (it has a registration)."""
    course = course_for_page(page=quiz)
    learner = add_learner(make_cohort(courses=[course])).user
    enrol(user=learner, course=course)
    return learner


def built_as_before(attempt: Attempt, build) -> dict:
    """The statement as the receiver built it inside the attempt's transaction before it was deferred."""
    placement = statements.quiz_placement(attempt.quiz)
    enrolment_id = deferred._enrolment_id(attempt, placement[0])
    return build(attempt, enrolment_id=enrolment_id, placement=placement)


def the_same_but_its_id(stored: Statement, expected: dict) -> bool:
    BaseXapiStatement.model_validate(stored.data)
    return stored.data == {**expected, "id": str(stored.pk)}


def test_a_submissions_transaction_writes_one_unbuilt_statement_and_nothing_else(
    quiz, learner, endpoint, django_capture_on_commit_callbacks
):
    attempt = start_attempt(user=learner, quiz=quiz)
    with django_capture_on_commit_callbacks() as callbacks, CaptureQueriesContext(connection) as captured:
        submit_attempt(attempt=Attempt(pk=attempt.pk), owner=learner)
    records = [query["sql"] for query in captured.captured_queries if "records_" in query["sql"]]
    assert len(records) == 1 and records[0].startswith('INSERT INTO "records_statement"')
    assert not [query for query in captured.captured_queries if "courses_enrolment" in query["sql"]]
    graded = Statement.objects.get(source_id=attempt.pk, kind=deferred.QUIZ_GRADED)
    assert (graded.built, graded.data, graded.verb, graded.user_id) == (False, {}, "failed", learner.pk)
    assert not Delivery.objects.filter(statement=graded).exists()
    assert [callback.__qualname__ for callback in callbacks].count("record_unbuilt.<locals>.<lambda>") == 1


@pytest.mark.parametrize(("pass_mark", "verb"), [(50, "failed"), (None, "completed")])
def test_after_the_commit_both_statements_are_built_as_before_and_their_deliveries_queued(
    quiz, learner, endpoint, queued, django_capture_on_commit_callbacks, pass_mark, verb
):
    QuizPage.objects.filter(pk=quiz.pk).update(pass_mark=pass_mark)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = start_attempt(user=learner, quiz=quiz)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = submit_attempt(attempt=attempt, owner=learner)
    attempted = Statement.objects.get(source_id=attempt.pk, kind=deferred.QUIZ_ATTEMPTED)
    graded = Statement.objects.get(source_id=attempt.pk, kind=deferred.QUIZ_GRADED)
    assert attempted.built and graded.built
    assert the_same_but_its_id(attempted, built_as_before(attempt, statements.quiz_attempted))
    assert the_same_but_its_id(graded, built_as_before(attempt, statements.quiz_graded))
    assert graded.verb == verb and graded.timestamp == parse_datetime(graded.data["timestamp"])
    assert graded.data["context"]["registration"] and "grouping" in graded.data["context"]["contextActivities"]
    assert Delivery.objects.filter(statement__in=[attempted, graded], endpoint=endpoint).count() == 2
    assert queued == [endpoint.pk, endpoint.pk]


def test_a_rolled_back_submission_leaves_no_statement_and_no_task(
    quiz, learner, endpoint, django_capture_on_commit_callbacks
):
    attempt = start_attempt(user=learner, quiz=quiz)
    before = Statement.objects.count()
    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(RuntimeError), transaction.atomic():
        submit_attempt(attempt=attempt, owner=learner)
        raise RuntimeError("the request failed after grading")
    assert Statement.objects.count() == before and not callbacks
    assert Attempt.objects.get(pk=attempt.pk).is_open


def test_building_twice_makes_one_statement_and_one_delivery(quiz, learner, endpoint, queued):
    graded = unbuilt_graded(quiz, learner)
    assert services.build_statement(statement_id=graded.pk) is True
    data = Statement.objects.get(pk=graded.pk).data
    assert tasks.build_statement(str(graded.pk)) is False  # the task again: a retry, a message delivered twice
    assert Statement.objects.get(pk=graded.pk).data == data
    assert Delivery.objects.filter(statement=graded).count() == 1


def test_building_reads_the_row_the_attempt_the_enrolment_and_the_cohort_once_each(
    quiz, learner, endpoint, django_assert_num_queries
):
    statements.quiz_placement(quiz)  # kept in the page cache, as for every submission after the first
    services.enabled_endpoints()  # and the endpoints in the cache
    graded = unbuilt_graded(quiz, learner)
    # + the savepoint around storing it and its delivery, and its release
    with django_assert_num_queries(4 + 4) as captured:
        assert services.build_statement(statement_id=graded.pk)
    attempt = next(query["sql"] for query in captured.captured_queries if 'FROM "assessments_attempt"' in query["sql"])
    assert '"wagtailcore_page"."draft_title"' not in attempt, "only the quiz's columns the statement needs"


def test_of_two_builders_at_once_only_the_one_that_marks_it_built_makes_the_deliveries(
    quiz, learner, endpoint, monkeypatch
):
    graded = unbuilt_graded(quiz, learner)
    build = deferred.build

    def the_other_builder_finishes_first(kind, source_id):
        monkeypatch.setattr(deferred, "build", build)
        assert services.build_statement(statement_id=graded.pk) is True
        return build(kind, source_id)

    monkeypatch.setattr(deferred, "build", the_other_builder_finishes_first)
    assert services.build_statement(statement_id=graded.pk) is False
    assert Delivery.objects.filter(statement=graded).count() == 1


def test_with_the_broker_down_the_sweep_builds_the_statement_after_its_grace(
    quiz, learner, endpoint, queued, monkeypatch, django_capture_on_commit_callbacks
):
    def broker_down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(tasks.build_statement, "apply_async", broker_down)
    attempt = start_attempt(user=learner, quiz=quiz)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = submit_attempt(attempt=attempt, owner=learner)
    graded = Statement.objects.get(source_id=attempt.pk, kind=deferred.QUIZ_GRADED)
    assert not graded.built
    assert services.sweep() == 0 and not Statement.objects.get(pk=graded.pk).built, "within its grace: left alone"
    Statement.objects.filter(built=False).update(
        created_at=timezone.now() - services.BUILD_GRACE - timedelta(seconds=1)
    )
    assert services.sweep() == 1  # the endpoint, queued once
    graded.refresh_from_db()
    assert graded.built and the_same_but_its_id(graded, built_as_before(attempt, statements.quiz_graded))
    assert queued == [endpoint.pk]
    assert not Statement.objects.filter(built=False).exists()


def test_an_unbuilt_statement_is_not_sent_nor_resent(quiz, learner, endpoint, monkeypatch):
    posts = []
    monkeypatch.setattr(client, "post_statements", lambda url, batch, **kw: posts.append(batch) or client.Response(200))
    graded = unbuilt_graded(quiz, learner)
    Delivery.objects.create(statement=graded, endpoint=endpoint)  # however one came to be
    assert services.deliver(endpoint_id=endpoint.pk) == 0 and posts == []
    Delivery.objects.all().delete()
    hour = timedelta(hours=1)
    services.resend(since=timezone.now() - hour, until=timezone.now() + hour)
    assert not Delivery.objects.filter(statement=graded).exists()
    services.build_statement(statement_id=graded.pk)
    Delivery.objects.exclude(statement=graded).delete()
    assert services.deliver(endpoint_id=endpoint.pk) == 1
    assert [statement["id"] for statement in posts[0]] == [str(graded.pk)]


def test_the_admin_shows_an_unbuilt_statement_as_not_built_yet(quiz, learner, client):
    graded = unbuilt_graded(quiz, learner)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    page = client.get(reverse("admin:records_statement_change", args=[graded.pk])).content.decode()
    assert escape(NOT_BUILT) in page


def test_a_forgotten_learners_unbuilt_statements_go_with_them_and_their_task_does_nothing(quiz, learner, endpoint):
    graded = unbuilt_graded(quiz, learner)
    assert forget_learner(user=learner) >= 1
    assert services.build_statement(statement_id=graded.pk) is False
    assert not Statement.objects.filter(pk=graded.pk).exists() and not Delivery.objects.exists()


def test_a_statement_whose_attempt_is_gone_is_dropped_rather_than_retried_for_ever(quiz, learner, endpoint):
    graded = unbuilt_graded(quiz, learner)
    Attempt.objects.filter(pk=graded.source_id).delete()
    assert services.build_statement(statement_id=graded.pk) is False
    assert not Statement.objects.filter(pk=graded.pk).exists()


def unbuilt_graded(quiz, learner) -> Statement:
    """A submitted attempt whose graded statement's task has not run (its callbacks are not run in a test)."""
    attempt = submit_attempt(attempt=start_attempt(user=learner, quiz=quiz), owner=learner)
    return Statement.objects.get(source_id=attempt.pk, kind=deferred.QUIZ_GRADED, built=False)


@pytest.fixture
def with_a_broker(monkeypatch):
    """Tasks go to a broker, as in production; here a list of the ``build_queued`` tasks queued, which nothing runs
    until the test does. A statement's own task is never queued by a commit any more."""
    builds = []

    def no_task_of_its_own(*args, **kwargs):
        raise AssertionError("a commit queued a task for its statement")

    conf = tasks.build_statement.app.conf
    eager, conf.task_always_eager = conf.task_always_eager, False
    monkeypatch.setattr(tasks.build_queued, "apply_async", lambda *args, **kwargs: builds.append(kwargs))
    monkeypatch.setattr(tasks.build_statement, "apply_async", no_task_of_its_own)
    cache.delete(services.BUILD_QUEUED_KEY)
    yield builds
    conf.task_always_eager = eager
    cache.delete(services.BUILD_QUEUED_KEY)


def submitted_by_a_new_learner(quiz, capture) -> Attempt:
    course = course_for_page(page=quiz)
    learner = add_learner(make_cohort(courses=[course])).user
    enrol(user=learner, course=course)
    with capture(execute=True):
        attempt = start_attempt(user=learner, quiz=quiz)
    with capture(execute=True):
        return submit_attempt(attempt=attempt, owner=learner)


def test_with_a_broker_commits_queue_one_build_while_one_waits_and_it_builds_them_all(
    quiz, endpoint, queued, with_a_broker, django_capture_on_commit_callbacks
):
    attempts = [submitted_by_a_new_learner(quiz, django_capture_on_commit_callbacks) for _ in range(3)]
    assert len(with_a_broker) == 1  # six statements committed; one build queued, the rest found it waiting
    assert Statement.objects.filter(built=False).count() == 6
    queued.clear()  # the deliveries of the statements built in their own transactions (enrolments)

    assert tasks.build_queued() == 6  # as the worker runs it
    for attempt in attempts:
        graded = Statement.objects.get(source_id=attempt.pk, kind=deferred.QUIZ_GRADED)
        assert graded.built and the_same_but_its_id(graded, built_as_before(attempt, statements.quiz_graded))
    quiz_statements = Delivery.objects.filter(endpoint=endpoint, statement__source_id__in=[a.pk for a in attempts])
    assert quiz_statements.count() == 6
    assert queued == [endpoint.pk]  # the endpoint's delivery queued once for the six

    # The build cleared its mark before it read: the next commit queues the next build.
    submitted_by_a_new_learner(quiz, django_capture_on_commit_callbacks)
    assert len(with_a_broker) == 2
    assert services.build_queued() == 2 and not Statement.objects.filter(built=False).exists()


def test_a_statement_committed_while_a_build_waits_is_read_by_that_build_which_clears_the_mark_first(
    quiz, endpoint, queued, with_a_broker, monkeypatch, django_capture_on_commit_callbacks
):
    cache.add(services.BUILD_QUEUED_KEY, 1, services.BUILD_QUEUED_SECONDS)  # another learner's build is waiting
    attempt = submitted_by_a_new_learner(quiz, django_capture_on_commit_callbacks)
    assert with_a_broker == []
    marks_when_read = []
    read = services.build_left_unbuilt

    def reading(**kwargs):
        marks_when_read.append(cache.get(services.BUILD_QUEUED_KEY))
        return read(**kwargs)

    monkeypatch.setattr(services, "build_left_unbuilt", reading)
    assert services.build_queued() == 2
    # Cleared before the read: a statement committing during the read sets it again and queues the next build.
    assert marks_when_read == [None]
    assert Statement.objects.get(source_id=attempt.pk, kind=deferred.QUIZ_GRADED).built


def test_with_the_broker_down_each_commit_tries_again_and_the_sweep_builds_what_is_left(
    quiz, endpoint, queued, with_a_broker, monkeypatch, django_capture_on_commit_callbacks, caplog
):
    tries = []

    def broker_down(*args, **kwargs):
        tries.append(kwargs)
        raise OperationalError("connection refused")

    monkeypatch.setattr(tasks.build_queued, "apply_async", broker_down)
    submitted_by_a_new_learner(quiz, django_capture_on_commit_callbacks)
    submitted_by_a_new_learner(quiz, django_capture_on_commit_callbacks)
    assert len(tries) == 4  # no mark left behind by a build that was never queued
    assert "waits for the sweep" in caplog.text
    Statement.objects.filter(built=False).update(
        created_at=timezone.now() - services.BUILD_GRACE - timedelta(seconds=1)
    )
    services.sweep()
    assert not Statement.objects.filter(built=False).exists()


def test_with_the_cache_down_a_build_is_queued_all_the_same(
    quiz, endpoint, queued, with_a_broker, monkeypatch, django_capture_on_commit_callbacks
):
    def cache_down(*args, **kwargs):
        raise RedisConnectionError("connection refused")

    monkeypatch.setattr(services.cache, "add", cache_down)
    submitted_by_a_new_learner(quiz, django_capture_on_commit_callbacks)
    assert len(with_a_broker) == 2  # a build for each commit: none could see another waiting
