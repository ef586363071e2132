"""Two web nodes behind one address share everything a visitor carries between requests: sessions, rate limits,
files and the work they queue."""

import pytest
from django.urls import reverse

from academy.certificates.models import Certificate
from academy.cohorts.models import Export
from courses.selectors import course_outline
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.courses.factories import make_course
from tests.production.topology import Browser, emails
from tests.worker import wait_for

pytestmark = [pytest.mark.two_nodes, pytest.mark.django_db(transaction=True)]


def test_sign_in_on_a_continue_on_b_and_download_the_certificate_from_either(topology, worker):
    course = make_course(modules=1, lessons=2, slug="two-nodes")
    learner = UserFactory(full_name="Nia Nodes")
    browser = Browser()
    browser.sign_in(topology.a, learner.email, PASSWORD)
    on_b = browser.get(topology.b.url + reverse("learning:dashboard"), allow_redirects=False)
    assert on_b.status_code == 200  # signed in: not sent to the sign-in page
    assert browser.post(topology.b, reverse("learning:start_course", args=[course.pk])).status_code == 302
    for n, item in enumerate(course_outline(course=course).items):
        node = topology.a if n % 2 else topology.b
        assert browser.post(node, reverse("learning:complete_item", args=[item.page.pk])).status_code == 302
    certificate = wait_for(lambda: Certificate.objects.filter(enrolment__user=learner).first(), timeout=60)
    for node in (topology.a, topology.b):
        response = browser.get(node.url + reverse("certificates:pdf", args=[certificate.code]))
        assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert wait_for(lambda: emails(topology.email_dir, subject="Your certificate for Course two-nodes")) == [
        learner.email
    ]


def test_an_export_started_on_a_is_collected_on_b(topology, worker):
    course = make_course(modules=1, lessons=1, slug="two-node-export")
    lead = make_lead()
    cohort = make_cohort(courses=[course], leads=[lead])
    add_learner(cohort, full_name="Ezra Exported")
    browser = Browser()
    browser.sign_in(topology.a, lead.email, PASSWORD)
    started = browser.post(
        topology.a, reverse("cohorts:export_create", args=[cohort.pk]), {"kind": "quiz_results", "format": "csv"}
    )
    assert started.status_code == 302
    job = Export.objects.get(cohort=cohort)
    status_url = topology.b.url + reverse("cohorts:export_status", args=[cohort.pk, job.pk])
    wait_for(lambda: browser.get(status_url).json()["finished"], timeout=60)
    download = browser.get(topology.b.url + reverse("cohorts:export_download", args=[cohort.pk, job.pk]))
    assert download.status_code == 200 and "Ezra Exported" in download.content.decode("utf-8-sig")


def test_sign_in_rate_limits_are_counted_across_both_nodes(topology):
    browser = Browser()
    browser.get(topology.a.url + "/accounts/login/")
    statuses = [
        browser.post(node, "/accounts/login/", {"login": f"x{n}@council.gov.uk", "password": "wrong"}).status_code
        for n, node in enumerate([topology.a, topology.b] * 16)
    ]
    assert statuses[:15] == [200] * 15
    assert statuses[-1] == 429
    assert browser.get(topology.a.url + "/accounts/login/").status_code in {200, 429}
