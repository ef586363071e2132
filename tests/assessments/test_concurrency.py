"""Concurrent submits of one attempt give one grade (PostgreSQL: SQLite serialises writers anyway)."""

import threading

import pytest
from django.db import connection, connections

from assessments.models import Attempt
from assessments.services.attempts import start_attempt, submit_attempt
from courses.models import ItemCompletion, ModulePage, ProgressEvent
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
]


def test_concurrent_submits_of_one_attempt_give_one_grade_and_one_completion():
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()
    quiz = make_quiz(module, questions=[make_question()], pass_mark=None)
    attempt = start_attempt(user=UserFactory(), quiz=quiz)
    barrier = threading.Barrier(8)
    errors = []

    def submit():
        try:
            barrier.wait()
            submit_attempt(attempt=Attempt.objects.get(pk=attempt.pk))
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert ItemCompletion.objects.filter(item_id=quiz.pk).count() == 1
    assert ProgressEvent.objects.filter(kind="item_completed", item_id=quiz.pk).count() == 1
    assert Attempt.objects.get(pk=attempt.pk).state == "submitted"


def test_concurrent_starts_leave_one_open_attempt():
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()
    quiz = make_quiz(module, questions=[make_question()])
    learner = UserFactory()
    barrier = threading.Barrier(6)
    started = []

    def start():
        try:
            barrier.wait()
            started.append(start_attempt(user=learner, quiz=quiz).pk)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=start) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(started)) == 1
    assert Attempt.objects.filter(user=learner, quiz=quiz).count() == 1


def test_a_submission_locks_the_attempts_row_only(django_assert_max_num_queries):
    """Learners submitting the same quiz at once must not wait for each other on the quiz's rows."""
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()
    quiz = make_quiz(module, questions=[make_question()])
    for owner in (True, False):
        attempt = start_attempt(user=UserFactory(), quiz=quiz)
        with django_assert_max_num_queries(20) as captured:
            submit_attempt(attempt=Attempt(pk=attempt.pk), owner=attempt.user if owner else None)
        [locking] = [query["sql"] for query in captured.captured_queries if "FOR UPDATE" in query["sql"]]
        assert locking.endswith('FOR UPDATE OF "assessments_attempt"'), locking
