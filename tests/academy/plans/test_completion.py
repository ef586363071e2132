"""Where a cohort requires an accepted plan, a course certificate waits for it, and names the plan once issued."""

import pytest
from django.urls import reverse

from academy.certificates.models import Certificate
from academy.certificates.rendering import page_layout
from academy.plans import services
from tests.academy.certificates.factories import complete_course
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
