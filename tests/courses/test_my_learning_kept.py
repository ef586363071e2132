""" "My learning" kept for each learner (courses.learning_cache): a second visit asks the database for nothing but who
is signed in, and every change to what it shows (progress, deadlines, cohorts, sessions, bookings, plans,
certificates, page titles, the date, a session ending) shows on the very next request, for that learner only."""

import re
from datetime import timedelta

import pytest
from django.apps import apps
from django.db import connection
from django.template import Template
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, Site

from academy.certificates import services as certificate_services
from academy.cohorts.models import CohortCourse
from academy.cohorts.services import cohorts as cohort_services
from academy.core import pagecache
from academy.events.services import bookings
from academy.plans import services as plan_services
from courses import extensions, learning_cache
from courses.models import Enrolment
from courses.selectors import course_outline, learner_dashboard
from courses.services.progress import complete_item, enrol
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import complete_course
from tests.academy.cohorts.factories import add_learner, make_cohort
from tests.academy.events.factories import make_session
from tests.academy.plans.factories import plan_cohort, written_plan
from tests.cache_trips import round_trips
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db
URL = "/my-learning/"
KEPT_MAX_QUERIES = 2  # the session and its user (in production the session is in Redis: 1 query), nothing it shows


@pytest.fixture
def course(db):
    return make_course(modules=1, lessons=3, slug="kept-learning")


@pytest.fixture
def learner(course):
    user = UserFactory()
    enrol(user=user, course=course)
    return user


def visit(client, user) -> str:
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    return response.content.decode()


def twice(client, user) -> str:
    """Visit, then visit again (served as kept), and give the second page."""
    first = visit(client, user)
    second = visit(client, user)
    assert first == second
    return second


def test_a_second_visit_asks_the_database_only_who_is_signed_in(client, learner, django_assert_max_num_queries):
    client.force_login(learner)
    client.get(URL)
    with django_assert_max_num_queries(KEPT_MAX_QUERIES):
        page = client.get(URL).content.decode()
    assert "In progress</h2>" in page


def test_a_completion_shows_at_once(client, learner, course):
    twice(client, learner)
    first = course_outline(course=course).items[0]
    complete_item(user=learner, item=first.page)
    assert "complete (1 of 3 required items)" in visit(client, learner)


def test_one_learners_kept_page_is_never_shown_to_another(client, course):
    ahead, behind = UserFactory(), UserFactory()
    for user in (ahead, behind):
        enrol(user=user, course=course)
    for item in course_outline(course=course).items[:2]:
        complete_item(user=ahead, item=item.page)
    assert "complete (2 of 3 required items)" in twice(client, ahead)
    page = twice(client, behind)
    assert "complete (2 of 3" not in page and "complete (0 of 3 required items)" in page


def test_a_change_for_one_learner_leaves_anothers_page_kept(client, course, django_assert_max_num_queries):
    one, other = UserFactory(), UserFactory()
    for user in (one, other):
        enrol(user=user, course=course)
        visit(client, user)
    complete_item(user=one, item=course_outline(course=course).items[0].page)
    client.force_login(other)
    with django_assert_max_num_queries(KEPT_MAX_QUERIES):
        assert client.get(URL).status_code == 200


def test_a_new_deadline_shows_at_once_and_archiving_the_cohort_takes_it_away(client, course):
    cohort = make_cohort(courses=[course])
    learner = add_learner(cohort).user
    assert "Deadline" not in twice(client, learner)
    cohort_course = CohortCourse.objects.get(cohort=cohort, course=course)
    cohort_services.set_deadline(cohort_course=cohort_course, kind="days", deadline_days=30)
    due = (timezone.localdate() + timedelta(days=30)).strftime("%-d %B %Y")
    assert due in visit(client, learner)
    cohort_services.archive_cohort(cohort=cohort)  # update(): no signal, the service says so itself
    assert due not in visit(client, learner)


def test_a_deadline_passes_overnight(client, course, monkeypatch):
    cohort = make_cohort(courses=[course], deadline_date=timezone.localdate() + timedelta(days=1))
    learner = add_learner(cohort).user
    assert "Overdue" not in twice(client, learner)
    later = timezone.now() + timedelta(days=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Overdue" in visit(client, learner)


def test_a_session_shows_at_once_and_goes_when_it_has_ended(client, course, monkeypatch):
    cohort = make_cohort(courses=[course])
    learner = add_learner(cohort).user
    assert "Your sessions" not in twice(client, learner)
    session = make_session(cohort, days_ahead=0.01, hours=1, title="Market shaping workshop")
    assert "Market shaping workshop" in twice(client, learner)
    assert "Not booked" in visit(client, learner)
    bookings.sign_up(session=session, user=learner)
    assert "Booked</strong>" in visit(client, learner)
    later = session.ends_at + timedelta(minutes=1)  # the same day, nothing written: only time has passed
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Market shaping workshop" not in visit(client, learner)


def test_a_plan_shows_at_once_as_it_moves_on(client):
    cohort, _lead = plan_cohort()
    plan = written_plan(cohort)
    learner = plan.owner
    assert "Continue writing your plan" in twice(client, learner)
    plan_services.submit_plan(plan=plan, user=learner)
    page = visit(client, learner)
    assert "Continue writing your plan" not in page and "Awaiting feedback" in page


def test_a_certificate_shows_at_once_when_issued(client, course):
    learner = UserFactory()
    enrolment = complete_course(learner, course)
    assert "View your certificate" not in twice(client, learner)
    certificate_services.issue_certificate(enrolment_id=enrolment.pk)
    assert "View your certificate" in visit(client, learner)


def test_a_published_course_title_shows_at_once(client, learner, course):
    twice(client, learner)
    course.title = "Commissioning for outcomes, revised"
    course.save_revision().publish()
    assert "Commissioning for outcomes, revised" in visit(client, learner)


def test_a_part_that_uses_the_form_token_is_never_kept(client, learner, monkeypatch):
    panel = {"template": Template("<i>{{ csrf_token }}</i>")}
    monkeypatch.setattr(extensions, "_learning_panels", [lambda *, user, request: panel])
    assert re.search(r"<i>\w{20,}</i>", visit(client, learner))
    with CaptureQueriesContext(connection) as captured:
        page = visit(client, learner)
    assert re.search(r"<i>\w{20,}</i>", page)  # the real token, each time
    assert len(captured.captured_queries) > KEPT_MAX_QUERIES  # worked out afresh: not kept


def test_every_table_my_learning_reads_is_watched(client, course, rf):
    """A panel or annotator that reads a new table must register it (courses.extensions.register_learning_source),
    or "My learning" would show it stale: this lists every table read while building it for a learner in a cohort
    with a deadline, a plan, a booked session, a certificate and an earlier completion."""
    cohort, _lead = plan_cohort(course=course)
    plan = written_plan(cohort)
    learner = plan.owner
    CohortCourse.objects.filter(cohort=cohort).update(deadline_days=30)
    bookings.sign_up(session=make_session(cohort), user=learner)
    enrolment = complete_course(learner, course)
    certificate_services.issue_certificate(enrolment_id=enrolment.pk)
    request = rf.get(URL)
    request.user = learner
    with CaptureQueriesContext(connection) as captured:
        dashboard = learner_dashboard(user=learner, request=request)
        panels = extensions.learning_panels(user=learner, request=request)
    assert dashboard.completed and len(panels) == 2  # the plan and the sessions
    read = {
        table
        for query in captured.captured_queries
        for table in re.findall(r'(?:FROM|JOIN)\s+"(\w+)"', query["sql"], flags=re.IGNORECASE)
    }
    watched = {model._meta.db_table for model in learning_cache.watched_models()}
    # Pages and sites: the page cache's generation, in the kept part's key, moves on when any of them changes.
    pages = {model._meta.db_table for model in apps.get_models() if issubclass(model, (Page, Site))}
    assert read, captured.captured_queries
    assert read - watched - pages == set()


def test_an_enrolment_row_names_its_learner_and_a_completion_its_enrolments(learner, course):
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert learning_cache.enrolment_owner(enrolment.completions.model(enrolment_id=enrolment.pk)) == learner.pk
    assert learning_cache.enrolment_owner(enrolment.completions.model(enrolment_id=0)) is None


def test_a_learners_kept_page_is_not_read_ahead_with_the_address_for_others(client, course):
    """The route cache keeps the parts a page read beside its address for the next visitor; a learner's own "My
    learning" must never be among them."""
    for _ in range(2):
        user = UserFactory()
        enrol(user=user, course=course)
        twice(client, user)
    bundle = pagecache.lookup("route-parts:http:testserver:/my-learning/")[1] or {}
    assert not [name for name in bundle if name.startswith("my-learning:")], list(bundle)


def test_a_kept_visit_reads_the_cache_in_a_few_round_trips(client, learner, monkeypatch):
    """The session (on SQLite tests keep it in the database: one fewer); the generations with the programme's version;
    the site, the visitor's facts and their own version; the kept part."""
    client.force_login(learner)
    twice(client, learner)
    responses = []
    calls = round_trips(monkeypatch, lambda: responses.append(client.get(URL)))
    assert responses[0].status_code == 200
    assert len(calls) <= 4, calls
