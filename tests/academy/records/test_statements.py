"""Statement shapes: every builder's output is a valid xAPI statement (Ralph's models) and keeps the platform's
rules: a fixed UUID, UTC timestamps, pseudonymous actors, ids that survive a slug change, scores within xAPI's
bounds, the course and cohort in the context."""

import hashlib
import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from ralph.models.xapi.base.statements import BaseXapiStatement

from academy.records import statements
from academy.records.vocabulary import VERBS, cohort_activity_id, page_activity_id
from assessments.services.attempts import start_attempt, submit_attempt
from courses.selectors import course_outline
from courses.services.progress import enrol
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import add_learner, make_cohort
from tests.assessments.factories import make_question, make_quiz
from tests.courses.factories import make_course


def valid(statement: dict) -> dict:
    BaseXapiStatement.model_validate(statement)
    assert uuid.UUID(statement["id"]).version == 4
    assert statement["timestamp"].endswith("Z")
    assert "@" not in str(statement), "no email address leaves the platform"
    return statement


@pytest.fixture
def course(db):
    return make_course(modules=1, lessons=1, slug="shapes")


def test_registered_names_the_course_the_registration_and_the_cohort(course):
    cohort = make_cohort(courses=[course])
    learner = add_learner(cohort).user
    enrolment = enrol(user=learner, course=course)
    statement = valid(statements.registered(enrolment))
    assert statement["verb"]["id"] == VERBS["registered"]
    assert statement["object"]["id"] == page_activity_id(course.pk)
    assert statement["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/course"
    assert statement["context"]["registration"] == statements.registration(enrolment.pk)
    assert [a["id"] for a in statement["context"]["contextActivities"]["grouping"]] == [cohort_activity_id(cohort.pk)]


def test_the_default_actor_is_the_sha1_of_the_mailto_address(course):
    learner = UserFactory(email="ada@council.gov.uk")
    statement = statements.registered(enrol(user=learner, course=course))
    assert statement["actor"] == {
        "objectType": "Agent",
        "mbox_sha1sum": hashlib.sha1(b"mailto:ada@council.gov.uk").hexdigest(),  # noqa: S324
    }


def test_the_account_actor_is_an_opaque_stable_name_on_the_organisations_home_page(course, settings):
    settings.ACADEMY_XAPI_ACTOR = "account"
    settings.ACADEMY_XAPI_ACCOUNT_HOMEPAGE = "https://www.northshire.gov.uk"
    learner = UserFactory()
    first = valid(statements.registered(enrol(user=learner, course=course)))
    again = statements.actor(learner)
    assert (
        first["actor"]
        == again
        == {
            "objectType": "Agent",
            "account": {"homePage": "https://www.northshire.gov.uk", "name": statements.opaque_id(learner.pk)},
        }
    )
    assert statements.opaque_id(learner.pk) != statements.opaque_id(UserFactory().pk)


def test_a_lessons_activity_id_survives_a_change_of_slug_and_the_module_is_its_parent(course):
    learner = UserFactory()
    enrolment = enrol(user=learner, course=course)
    lesson = course_outline(course=course).items[0].page
    before = valid(statements.item_completed(enrolment, lesson))
    lesson.slug = "renamed"
    lesson.save()
    after = statements.item_completed(enrolment, lesson)
    assert before["object"]["id"] == after["object"]["id"] == page_activity_id(lesson.pk)
    assert before["id"] != after["id"]
    context = before["context"]["contextActivities"]
    assert context["parent"][0]["id"] == page_activity_id(lesson.get_parent().pk)
    assert context["grouping"][0]["id"] == page_activity_id(course.pk)


@pytest.mark.parametrize(("pass_mark", "verb", "success"), [(50, "failed", False), (0, "passed", True)])
def test_a_graded_quiz_is_passed_or_failed_with_its_score(course, pass_mark, verb, success):
    quiz = make_quiz(course.get_children().first(), questions=[make_question("true_false")], pass_mark=pass_mark)
    learner = UserFactory()
    attempt = submit_attempt(attempt=start_attempt(user=learner, quiz=quiz))  # no answer: scores 0
    statement = valid(statements.quiz_graded(attempt))
    assert statement["verb"]["id"] == VERBS[verb]
    assert statement["result"]["success"] is success
    assert statement["result"]["score"] == {"scaled": 0.0, "raw": 0.0, "min": 0.0, "max": float(attempt.max_score)}
    assert statement["result"]["duration"].startswith("PT")


def test_a_quiz_without_a_pass_mark_is_completed_with_a_score_and_no_success(course):
    quiz = make_quiz(course.get_children().first(), questions=[make_question("true_false")], pass_mark=None)
    attempt = submit_attempt(attempt=start_attempt(user=UserFactory(), quiz=quiz))
    statement = valid(statements.quiz_graded(attempt))
    assert statement["verb"]["id"] == VERBS["completed"]
    assert "success" not in statement["result"]


def test_starting_an_attempt_is_attempted_with_its_number(course):
    quiz = make_quiz(course.get_children().first(), questions=[make_question("true_false")])
    statement = valid(statements.quiz_attempted(start_attempt(user=UserFactory(), quiz=quiz)))
    assert statement["verb"]["id"] == VERBS["attempted"]
    assert list(statement["context"]["extensions"].values()) == [1]


@pytest.mark.parametrize(
    ("raw", "maximum", "scaled"), [(17, 20, 0.85), (0, 0, 0.0), (Decimal("2.5"), Decimal("3"), 0.8333)]
)
def test_scores_stay_within_xapis_bounds(raw, maximum, scaled):
    score = statements.score(raw=raw, maximum=maximum)
    assert score["scaled"] == scaled and -1 <= score["scaled"] <= 1
    assert score["min"] <= score["raw"] <= score["max"]


def test_timestamps_are_utc_with_milliseconds():
    moment = timezone.datetime(2026, 6, 1, 10, 0, 0, 123456, tzinfo=timezone.get_fixed_timezone(60))
    assert statements.iso(moment) == "2026-06-01T09:00:00.123Z"


def test_session_and_plan_builders_make_valid_statements_for_the_programme_apps(db):
    learner, reviewer = UserFactory(), UserFactory()
    now = timezone.now()
    attended = valid(
        statements.session_attended(
            user=learner,
            session_id="https://academy.example.org/xapi/activities/sessions/4/",
            title="Day 1",
            attended_at=now - timedelta(days=1),
        )
    )
    submitted = valid(
        statements.plan_submitted(
            user=learner, plan_id="https://academy.example.org/plans/9/", title="Plan", submitted_at=now
        )
    )
    accepted = valid(
        statements.plan_accepted(
            user=learner,
            plan_id="https://academy.example.org/plans/9/",
            title="Plan",
            accepted_at=now,
            reviewer=reviewer,
        )
    )
    assert [s["verb"]["id"] for s in (attended, submitted, accepted)] == [
        VERBS["attended"],
        VERBS["submitted"],
        VERBS["satisfied"],
    ]
    assert accepted["actor"] == statements.actor(learner)
    assert accepted["context"]["instructor"] == statements.actor(reviewer)
    assert accepted["result"]["success"] is True
