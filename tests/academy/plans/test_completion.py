"""Where a cohort requires an accepted plan, a course certificate waits for it, and names the plan once issued."""

import pytest
from django.urls import reverse

from academy.certificates.models import Certificate
from academy.certificates.rendering import page_layout
from academy.plans import completion, services
from courses.models import Enrolment
from tests.academy.certificates.factories import complete_course
from tests.academy.cohorts.factories import add_learner
from tests.academy.events.factories import make_session
from tests.academy.plans.factories import plan_cohort, submitted_plan

pytestmark = pytest.mark.django_db(transaction=True)


def test_completing_the_course_without_an_accepted_plan_issues_no_certificate_until_the_plan_is_accepted():
    cohort, lead = plan_cohort(required=True)
    plan = submitted_plan(cohort)
    complete_course(plan.owner, cohort.courses.get())
    assert not Certificate.objects.exists()

    services.accept_plan(plan=plan, lead=lead)  # queues the certificate task on commit (eager here)

    certificate = Certificate.objects.get(enrolment__user=plan.owner)
    assert certificate.achievements == ["100-day plan: Reducing delayed discharges"]
    texts = [piece.text for piece in page_layout(certificate.snapshot).pieces]
    assert "100-day plan: Reducing delayed discharges" in texts


def test_a_cohort_that_does_not_require_a_plan_issues_the_certificate_at_once_and_names_no_plan():
    cohort, _ = plan_cohort(required=False)
    plan = submitted_plan(cohort)
    complete_course(plan.owner, cohort.courses.get())
    assert Certificate.objects.get(enrolment__user=plan.owner).achievements == []


def test_a_plan_titled_by_its_challenge_is_named_by_the_challenge():
    cohort, lead = plan_cohort(required=True)
    plan = submitted_plan(cohort, title="")
    complete_course(plan.owner, cohort.courses.get())
    services.accept_plan(plan=plan, lead=lead)
    certificate = Certificate.objects.get(enrolment__user=plan.owner)
    assert certificate.achievements == ["100-day plan: Too many delayed hospital discharges"]


def test_the_certificate_pages_name_the_accepted_plan(client):
    cohort, lead = plan_cohort(required=True)
    plan = submitted_plan(cohort)
    complete_course(plan.owner, cohort.courses.get())
    services.accept_plan(plan=plan, lead=lead)
    certificate = Certificate.objects.get(enrolment__user=plan.owner)
    verify = client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    assert "Also achieved" in verify and "100-day plan: Reducing delayed discharges" in verify
    client.force_login(plan.owner)
    mine = client.get(reverse("certificates:list")).content.decode()
    assert "100-day plan: Reducing delayed discharges" in mine


def test_my_learning_shows_the_certificate_waiting_for_the_plan_and_the_required_session(
    client, django_assert_max_num_queries
):
    cohort, lead = plan_cohort(required=True, name="Northshire programme")
    make_session(cohort, days_ahead=-1, title="Market shaping day", required=True)
    plan = submitted_plan(cohort)
    complete_course(plan.owner, cohort.courses.get())
    client.force_login(plan.owner)
    html = client.get("/my-learning/").content.decode()
    assert "Waiting" in html
    assert "<li>an accepted 100-day plan in Northshire programme</li>" in html
    assert "attended the required session ‘Market shaping day’" in html  # both apps' reasons, not the last one only

    services.accept_plan(plan=plan, lead=lead)
    html = client.get("/my-learning/").content.decode()
    assert "an accepted 100-day plan" not in html and "attended the required session" in html


def test_my_learning_shows_no_plan_waiting_where_the_cohort_does_not_require_one(client):
    cohort, _ = plan_cohort(required=False)
    plan = submitted_plan(cohort)
    complete_course(plan.owner, cohort.courses.get())
    client.force_login(plan.owner)
    assert "100-day plan in" not in client.get("/my-learning/").content.decode()


def test_the_plan_annotator_asks_one_query_for_many_completed_courses(django_assert_num_queries):
    cohort, _ = plan_cohort(required=True, name="First")
    other, _ = plan_cohort(required=True, name="Second", slug="second-course")
    plan = submitted_plan(cohort)
    add_learner(other, user=plan.owner)
    complete_course(plan.owner, cohort.courses.get())
    complete_course(plan.owner, other.courses.get())
    enrolments = list(Enrolment.objects.filter(user=plan.owner))
    with django_assert_num_queries(1):
        facts = completion.certificate_waiting(user=plan.owner, enrolments=enrolments)
    assert sorted(reason for f in facts.values() for reason in f["certificate_waiting"]) == [
        "an accepted 100-day plan in First",
        "an accepted 100-day plan in Second",
    ]
