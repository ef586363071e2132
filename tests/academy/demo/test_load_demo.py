"""`manage.py load_demo`: the demo site, course, accounts and cohort, loaded twice (it must be idempotent) once for
this whole module, since a load takes seconds."""

import io
from dataclasses import dataclass

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from academy.accounts.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from academy.accounts.models import User
from academy.accounts.policy import DOMAIN_NOT_ALLOWED
from academy.certificates import requirements
from academy.cohorts.demo import DEMO_COHORT_NAME, DEMO_LEARNERS
from academy.cohorts.models import Cohort, Export
from academy.cohorts.selectors import DashboardFilters, cohort_progress_summary
from academy.cohorts.services import exports
from academy.config import DEVELOPMENT_ALLOWED_EMAIL_DOMAINS
from academy.events.models import Attendance, Booking, Session
from academy.plans.models import Comment, Plan, PlanVersion
from assessments.models import Attempt, QuizPage
from courses.models import CoursePage, Enrolment, ItemCompletion, LessonPage
from courses.selectors import course_outline
from tests.built_once import rolled_back_at_the_end

pytestmark = pytest.mark.django_db

DEMO_EMAILS = [account.email for account in DEMO_ACCOUNTS] + [learner[0] for learner in DEMO_LEARNERS]
DEMO_ALLOW_LIST = list(DEVELOPMENT_ALLOWED_EMAIL_DOMAINS)  # as under `make run`


@dataclass
class Demo:
    output: str  # what the first load printed
    counts_after_the_first_load: tuple[int, int]  # pages, users


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with rolled_back_at_the_end(django_db_blocker, ACADEMY_ALLOWED_EMAIL_DOMAINS=DEMO_ALLOW_LIST):
        output = io.StringIO()
        call_command("load_demo", stdout=output)
        counts = (Page.objects.count(), User.objects.count())
        call_command("load_demo", stdout=io.StringIO())
        yield Demo(output=output.getvalue(), counts_after_the_first_load=counts)


@pytest.fixture
def demo_allow_list(settings):
    settings.ACADEMY_ALLOWED_EMAIL_DOMAINS = DEMO_ALLOW_LIST


def test_load_demo_twice_leaves_one_copy_of_everything(demo):
    assert (Page.objects.count(), User.objects.count()) == demo.counts_after_the_first_load


def test_demo_accounts_can_sign_in(client, demo):
    for account in DEMO_ACCOUNTS:
        client.logout()
        response = client.post("/accounts/login/", {"login": account.email, "password": account.password})
        assert response.status_code == 302, account.email


def test_demo_administrator_reaches_the_wagtail_admin(client, demo):
    client.post("/accounts/login/", {"login": "admin@academy.example", "password": "academy-demo-2026"})
    assert client.get("/admin/").status_code == 200


def test_load_demo_says_who_can_create_an_account(demo):
    assert "Accounts can be created with email addresses in: *.example, *.gov.uk, *.nhs.uk" in demo.output


def test_with_the_demo_allow_list_every_demo_account_signs_in(client, demo, demo_allow_list):
    for email in DEMO_EMAILS:
        response = client.post(reverse("account_login"), {"login": email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, email
        client.post(reverse("account_logout"))


def test_with_the_demo_allow_list_a_personal_address_cannot_sign_up(client, demo, demo_allow_list):
    data = {
        "full_name": "Jo Bloggs",
        "organisation": "Northshire County Council",
        "email": "jo.bloggs@gmail.com",
        "password1": "a-long-enough-passphrase",
        "password2": "a-long-enough-passphrase",
    }
    response = client.post(reverse("account_signup"), data)
    assert DOMAIN_NOT_ALLOWED in response.content.decode()


def test_demo_course_has_at_least_five_modules_and_fifteen_lessons_in_order(client, demo):
    course = CoursePage.objects.get(slug="commissioning-and-mutualisation")
    outline = course_outline(course=course)
    assert len(outline.modules) >= 5
    assert len([i for i in outline.items if isinstance(i.page, LessonPage)]) >= 15
    for item in outline.items:  # a new visitor can read every lesson
        assert client.get(item.url).status_code == 200


def test_demo_lessons_cite_the_memo_and_say_what_changed_since_2013(demo):
    lessons = LessonPage.objects.all()
    assert all(lesson.sources for lesson in lessons)
    assert any("2013" in str(source.value) for lesson in lessons for source in lesson.sources)
    bodies = " ".join(str(lesson.body.raw_data) for lesson in lessons)
    assert "24 February 2025" in bodies
    assert "Procurement Act 2023" in bodies
    assert "2014" in bodies and "co-operative and community benefit societies" in bodies.lower()


def test_every_completed_demo_quiz_has_a_submitted_passed_attempt(demo):
    demo_cohort = Cohort.objects.get(name=DEMO_COHORT_NAME)
    quiz_ids = set(QuizPage.objects.values_list("pk", flat=True))
    members = demo_cohort.memberships.values("user_id")
    completed = set(
        ItemCompletion.objects.filter(enrolment__user_id__in=members, item_id__in=quiz_ids).values_list(
            "enrolment__user_id", "item_id"
        )
    )
    assert len(completed) >= 7 * 2  # two learners completed the course: a quiz per module each
    passed = set(
        Attempt.objects.filter(state=Attempt.State.SUBMITTED, passed=True, percent=100).values_list(
            "user_id", "quiz_id"
        )
    )
    assert completed <= passed
    assert Attempt.objects.filter(user_id__in=members).count() == len(completed)  # one attempt each, not one per run


def test_the_quiz_results_export_shows_completed_demo_learners_as_passed(demo):
    demo_cohort = Cohort.objects.get(name=DEMO_COHORT_NAME)
    cohort_course = demo_cohort.cohort_courses.get()
    table = exports.export_table(
        cohort=demo_cohort, cohort_course=cohort_course, kind=Export.Kind.QUIZ_RESULTS, filters=DashboardFilters()
    )
    passed_columns = [index for index, heading in enumerate(table.header) if heading.endswith(": passed")]
    assert len(passed_columns) == 7
    rows = {row[0]: row for row in table.rows}
    for name in ("Amira Khan", "Ben Okafor"):  # the demo's learners who completed the course
        assert [rows[name][index] for index in passed_columns] == ["Yes"] * 7
        assert all(rows[name][index - 2] == 1 for index in passed_columns)  # one attempt each
    assert [rows["Grace Lee"][index] for index in passed_columns] == ["No"] * 7  # not started: no attempts


def test_the_demo_cohort_has_the_demo_lead_and_learners_in_varied_states(demo):
    cohort = Cohort.objects.get(name=DEMO_COHORT_NAME)
    assert list(cohort.leads.values_list("email", flat=True)) == ["lead@academy.example"]
    summary = cohort_progress_summary(cohort=cohort, cohort_course=cohort.cohort_courses.get())
    assert summary["learners"] >= 8
    assert summary["completed"] >= 1 and summary["in_progress"] >= 1 and summary["not_started"] >= 1
    assert summary["overdue"] >= 1


def test_the_demo_cohort_has_sessions_past_with_a_register_and_upcoming_with_a_waiting_list(demo):
    cohort = Cohort.objects.get(name=DEMO_COHORT_NAME)
    sessions = list(Session.objects.filter(cohort=cohort))
    assert len(sessions) == 3  # loaded twice, still one copy
    past, masterclass, day_two = sessions
    assert past.required and Attendance.objects.filter(session=past).count() == 8
    assert {"present", "absent", "apologies"} == set(
        Attendance.objects.filter(session=past).values_list("status", flat=True)
    )
    statuses = list(Booking.objects.filter(session=masterclass).values_list("status", flat=True))
    assert statuses.count("confirmed") == masterclass.capacity and statuses.count("waiting") == 2
    assert day_two.required and day_two.starts_at > past.starts_at


# The demo cohort's 100-day plans: a template, two peer groups and plans in every state (here rather than under
# tests/academy/plans/, so that the demo is loaded once for both).
def test_the_demo_cohort_has_plans_in_every_state_once(demo):
    cohort = Cohort.objects.get(name=DEMO_COHORT_NAME)
    states = sorted(cohort.plans.values_list("status", flat=True))
    assert states == sorted(["accepted", "accepted", "feedback", "submitted", "draft"])
    assert PlanVersion.objects.filter(plan__cohort=cohort).count() == 1 + 1 + 2 + 2
    assert "Demo 100-day plans: 5" in demo.output


def test_the_demo_cohort_has_two_peer_groups_and_a_comment(demo):
    cohort = Cohort.objects.get(name=DEMO_COHORT_NAME)
    assert cohort.peer_groups.count() == 2
    assert Comment.objects.filter(plan__cohort=cohort).count() == 1


def test_accepted_plans_meet_the_plan_requirement_and_will_be_named_on_the_certificates(demo):
    # The load runs in a transaction rolled back here, so its on-commit certificate tasks never run: ask the rule.
    # Amira's certificate waits only for the cohort's upcoming required development day (the events demo), not for
    # her accepted plan, which it will name.
    plan = Plan.objects.get(owner__email="amira.khan@northshire.example")
    enrolment = Enrolment.objects.get(user=plan.owner, is_current=True)
    unmet = requirements.unmet(enrolment)
    assert len(unmet) == 1 and unmet[0].startswith("attended the required session ‘Development day 2")
    assert requirements.named(enrolment) == [f"100-day plan: {plan.title}"]
    waiting = Enrolment.objects.filter(user__email="eilidh.ross@northshire-nhs.example", is_current=True).first()
    assert waiting is None or f"an accepted 100-day plan in {DEMO_COHORT_NAME}" in requirements.unmet(waiting)
