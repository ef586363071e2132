"""Attempt rules: selection fixed at start, limits, server-side time limit, one grade, review options, progress."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from assessments.grading import grade
from assessments.models import Attempt, AttemptQuestion, QuestionVersion
from assessments.models.quiz import GradingMethod, ReviewWhen
from assessments.selectors import quiz_grade, quiz_overview, review_options
from assessments.services.attempts import (
    TIME_UP,
    AttemptClosed,
    AttemptLimitReached,
    close_overdue_attempts,
    save_responses,
    start_attempt,
    submit_attempt,
)
from assessments.services.questions import record_version
from courses.models import Enrolment, ItemCompletion, ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import RIGHT, SPECS, AttemptFactory, make_category, make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def module():
    return ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()


@pytest.fixture
def learner():
    return UserFactory()


def answer_all(attempt, right=True):
    responses = {}
    for item in attempt.questions.select_related("version"):
        responses[item.position] = RIGHT[item.version.spec["type"]] if right else None
    save_responses(attempt=attempt, responses=responses)


def test_starting_fixes_the_question_versions_and_seeds(module, learner):
    questions = [make_question(qtype) for qtype in SPECS]
    quiz = make_quiz(module, questions=questions)
    attempt = start_attempt(user=learner, quiz=quiz)
    items = list(attempt.questions.order_by("position"))
    assert [item.version.question_id for item in items] == [q.pk for q in questions]
    assert all(item.seed for item in items)
    assert start_attempt(user=learner, quiz=quiz).pk == attempt.pk  # resumes, never a second open attempt


def test_learner_cannot_start_a_fourth_attempt_when_limit_is_three(module, learner):
    quiz = make_quiz(module, questions=[make_question()], attempts_allowed=3)
    for _ in range(3):
        submit_attempt(attempt=start_attempt(user=learner, quiz=quiz))
    with pytest.raises(AttemptLimitReached, match="all 3 attempts"):
        start_attempt(user=learner, quiz=quiz)


def test_the_database_allows_only_one_open_attempt_per_learner_and_quiz(module, learner):
    from django.db import IntegrityError, transaction

    quiz = make_quiz(module, questions=[make_question()])
    attempt = start_attempt(user=learner, quiz=quiz)
    with pytest.raises(IntegrityError), transaction.atomic():
        AttemptFactory(quiz=quiz, user=learner, number=2)
    assert attempt.is_open


def test_right_answers_score_full_marks_for_every_type(module, learner):
    quiz = make_quiz(module, questions=[make_question(qtype) for qtype in SPECS])
    attempt = start_attempt(user=learner, quiz=quiz)
    answer_all(attempt)
    attempt = submit_attempt(attempt=attempt)
    assert attempt.percent == Decimal("100.00")
    assert attempt.passed is True
    assert set(attempt.questions.values_list("grade_state", flat=True)) == {"correct"}


def test_submitting_twice_grades_once(module, learner):
    quiz = make_quiz(module, questions=[make_question()])
    attempt = start_attempt(user=learner, quiz=quiz)
    answer_all(attempt)
    first = submit_attempt(attempt=attempt)
    second = submit_attempt(attempt=attempt)
    assert (first.submitted_at, first.score) == (second.submitted_at, second.score)
    assert ItemCompletion.objects.count() == 1


def test_submitting_as_the_owner_checks_ownership_in_the_locking_query_without_reading_the_user_again(module, learner):
    quiz = make_quiz(module, questions=[make_question()])
    theirs = start_attempt(user=UserFactory(), quiz=quiz)
    with pytest.raises(Attempt.DoesNotExist):
        submit_attempt(attempt=Attempt(pk=theirs.pk), owner=learner)
    attempt = start_attempt(user=learner, quiz=quiz)
    with CaptureQueriesContext(connection) as captured:
        submitted = submit_attempt(attempt=Attempt(pk=attempt.pk), owner=learner)
    locking = next(query["sql"] for query in captured.captured_queries if "assessments_attempt" in query["sql"])
    assert '"user_id" = ' in locking and "accounts_user" not in locking
    assert submitted.user is learner and not submitted.is_open
    assert Attempt.objects.get(pk=theirs.pk).is_open


def test_answers_cannot_be_saved_after_submission(module, learner):
    quiz = make_quiz(module, questions=[make_question()])
    attempt = submit_attempt(attempt=start_attempt(user=learner, quiz=quiz))
    with pytest.raises(AttemptClosed):
        save_responses(attempt=attempt, responses={1: {"choice": "a"}})


def test_time_limit_is_enforced_on_the_server_with_the_answers_saved_so_far(module, learner):
    quiz = make_quiz(module, questions=[make_question(), make_question("true_false")], time_limit_minutes=5)
    attempt = start_attempt(user=learner, quiz=quiz)
    save_responses(attempt=attempt, responses={1: RIGHT["single_choice"]})
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    attempt.refresh_from_db()
    with pytest.raises(AttemptClosed, match=TIME_UP):
        save_responses(attempt=attempt, responses={2: RIGHT["true_false"]})
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.SUBMITTED and attempt.closed_by_time_limit
    assert attempt.percent == Decimal("50.00")  # the late answer to question 2 was not saved


def test_the_beat_task_closes_overdue_attempts(module, learner):
    quiz = make_quiz(module, questions=[make_question()], time_limit_minutes=1)
    attempt = start_attempt(user=learner, quiz=quiz)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=5))
    assert close_overdue_attempts() == 1
    assert close_overdue_attempts() == 0
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.SUBMITTED


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        (GradingMethod.HIGHEST, "80"),
        (GradingMethod.LATEST, "60"),
        (GradingMethod.FIRST, "40"),
        (GradingMethod.AVERAGE, "60.00"),
    ],
)
def test_grading_methods(method, expected):
    attempts = [Attempt(percent=Decimal(p), state="submitted") for p in ("40", "80", "60")]
    assert quiz_grade(method=method, attempts=attempts) == Decimal(expected)


def test_passing_the_quiz_completes_it_in_the_course_and_failing_does_not(module, learner):
    quiz = make_quiz(module, questions=[make_question()], pass_mark=100)
    failed = start_attempt(user=learner, quiz=quiz)
    answer_all(failed, right=False)
    submit_attempt(attempt=failed)
    assert not ItemCompletion.objects.filter(item_id=quiz.pk).exists()
    passed = start_attempt(user=learner, quiz=quiz)
    answer_all(passed)
    submit_attempt(attempt=passed)
    assert ItemCompletion.objects.filter(item_id=quiz.pk, enrolment__user=learner).count() == 1


def test_a_quiz_without_a_pass_mark_is_completed_on_submission(module, learner):
    quiz = make_quiz(module, questions=[make_question()], pass_mark=None)
    submit_attempt(attempt=start_attempt(user=learner, quiz=quiz))
    assert ItemCompletion.objects.filter(item_id=quiz.pk).exists()


def test_the_quiz_counts_towards_course_completion(module, learner):
    from courses.selectors import course_outline
    from courses.services.progress import complete_item

    quiz = make_quiz(module, questions=[make_question()])
    course = module.get_parent().specific
    for item in course_outline(course=course).items:
        if item.pk != quiz.pk:
            complete_item(user=learner, item=item.page)
    assert not Enrolment.objects.get(user=learner).is_complete
    attempt = start_attempt(user=learner, quiz=quiz)
    answer_all(attempt)
    submit_attempt(attempt=attempt)
    assert Enrolment.objects.get(user=learner).is_complete


def test_random_slots_prefer_questions_not_seen_before(module, learner):
    category = make_category("Random pool")
    pool = [make_question(category=category, name=f"Q{n}") for n in range(4)]
    quiz = make_quiz(module, random_from=category, random_count=2)
    first = start_attempt(user=learner, quiz=quiz)
    seen = set(first.questions.values_list("version__question_id", flat=True))
    submit_attempt(attempt=first)
    second = start_attempt(user=learner, quiz=quiz)
    assert not seen & set(second.questions.values_list("version__question_id", flat=True))
    assert len(pool) == 4


def test_editing_an_attempted_question_creates_a_new_version_and_attempts_keep_theirs(module, learner):
    question = make_question()
    quiz = make_quiz(module, questions=[question])
    attempt = start_attempt(user=learner, quiz=quiz)
    old_version = attempt.questions.get().version
    question.answers = [{"type": "true_false", "value": {"correct": False, "feedback_true": "", "feedback_false": ""}}]
    question.full_clean()
    question.save()
    new_version = record_version(question=question)
    assert new_version.number == 2 and new_version.spec["type"] == "true_false"
    assert attempt.questions.get().version == old_version
    assert QuestionVersion.objects.filter(question=question).count() == 2


def test_editing_a_question_nobody_attempted_updates_its_version_in_place():
    question = make_question()
    question.name = "Renamed only"
    question.general_feedback = "<p>Better feedback</p>"
    question.save()
    version = record_version(question=question)
    assert version.number == 1 and "Better feedback" in version.spec["general_feedback"]


@pytest.mark.parametrize(
    ("when", "passed", "attempts_left", "visible"),
    [
        (ReviewWhen.NEVER, True, None, False),
        (ReviewWhen.AFTER_EACH, False, None, True),
        (ReviewWhen.ONCE_PASSED, False, None, False),
        (ReviewWhen.ONCE_PASSED, True, None, True),
        (ReviewWhen.AFTER_LAST, False, 1, False),
        (ReviewWhen.AFTER_LAST, False, 0, True),
    ],
)
def test_review_options(module, learner, when, passed, attempts_left, visible):
    allowed = {None: 0, 1: 3, 0: 2}[attempts_left]
    quiz = make_quiz(
        module, questions=[make_question()], show_correct_answers=when, show_feedback=when, attempts_allowed=allowed
    )
    attempt = start_attempt(user=learner, quiz=quiz)
    if passed:
        answer_all(attempt)
    submit_attempt(attempt=attempt)
    if attempts_left == 0:
        submit_attempt(attempt=start_attempt(user=learner, quiz=quiz))
    attempt.refresh_from_db()
    options = review_options(attempt=attempt, overview=quiz_overview(quiz=quiz, user=learner))
    assert options == {"correct_answers": visible, "feedback": visible}


def test_a_submitted_attempt_stores_grades_per_question(module, learner):
    quiz = make_quiz(module, questions=[make_question("numeric")])
    attempt = start_attempt(user=learner, quiz=quiz)
    save_responses(attempt=attempt, responses={1: {"value": "4242.7"}})
    submit_attempt(attempt=attempt)
    item = AttemptQuestion.objects.get(attempt=attempt)
    assert item.grade_state == "correct" and item.mark == Decimal("1")


def test_each_question_stores_the_grade_grading_gives_answered_or_not(module, learner):
    quiz = make_quiz(module, questions=[make_question(qtype, name=f"{qtype}{n}") for n in range(2) for qtype in SPECS])
    attempt = start_attempt(user=learner, quiz=quiz)
    items = list(attempt.questions.select_related("version"))
    save_responses(attempt=attempt, responses={item.position: RIGHT[item.version.spec["type"]] for item in items[::2]})
    submit_attempt(attempt=attempt)
    stored = list(attempt.questions.select_related("version"))
    assert {item.grade_state for item in stored} >= {"correct", "unanswered"}
    for item in stored:
        expected = grade(item.version.spec, item.response, max_mark=float(item.max_mark))
        assert (item.fraction, item.mark, item.grade_state, item.feedback, item.right_answer) == (
            expected.fraction,
            Decimal(str(expected.mark)),
            expected.state,
            expected.feedback,
            expected.right_answer,
        ), item.position
