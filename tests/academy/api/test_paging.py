"""Lists page by cursor in a stable order, filter by updated_since, and cost the same queries whatever the page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from academy.cohorts.services.cohorts import add_member
from tests.academy.accounts.factories import UserFactory
from tests.academy.api.conftest import NORTH, bearer
from tests.academy.certificates.factories import issued_certificate
from tests.academy.cohorts.factories import make_cohort
from tests.courses.factories import EnrolmentFactory

pytestmark = pytest.mark.django_db

ORGANISATIONS_BUILT_ONCE = True  # tests/academy/api/conftest.py: each test's changes are rolled back after it

# token, last used, page (+ prefetches), and the audit entry recording the read
QUERIES = {"learners": 4, "enrolments": 4, "certificates": 4, "cohorts": 6}


def _walk(client, secret, resource, **params):
    seen, cursor = [], None
    while True:
        query = {**params, "limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get(f"/api/v1/{resource}", query, **bearer(secret)).json()
        seen += body["results"]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen


def test_following_cursors_visits_every_learner_once_in_updated_order(client, north):
    for _ in range(6):
        UserFactory(organisation=NORTH)
    rows = _walk(client, north.secret, "learners")
    assert len(rows) == len({row["id"] for row in rows}) == 7
    assert [(r["updated_at"], r["id"]) for r in rows] == sorted((r["updated_at"], r["id"]) for r in rows)


def test_updated_since_returns_only_later_changes(client, north):
    later = timezone.now() + timedelta(seconds=1)
    assert (
        client.get("/api/v1/enrolments", {"updated_since": later.isoformat()}, **bearer(north.secret)).json()["results"]
        == []
    )
    north.enrolment.percent = 50
    north.enrolment.save(update_fields=["percent"])  # as the progress service saves it
    earlier = (north.enrolment.updated_at - timedelta(microseconds=1)).isoformat()
    rows = client.get("/api/v1/enrolments", {"updated_since": earlier}, **bearer(north.secret)).json()["results"]
    assert [row["id"] for row in rows] == [north.enrolment.pk]


def test_a_sign_in_does_not_count_as_a_change_to_the_learner(north):
    before = north.learner.updated_at
    north.learner.last_login = timezone.now()
    north.learner.save(update_fields=["last_login"])
    north.learner.refresh_from_db()
    assert north.learner.updated_at == before


def test_joining_a_cohort_moves_its_updated_at(north):
    before = north.cohort.updated_at
    add_member(cohort=north.cohort, user=UserFactory(organisation=NORTH))
    north.cohort.refresh_from_db()
    assert north.cohort.updated_at > before


@pytest.mark.parametrize("resource", sorted(QUERIES))
def test_a_page_costs_the_same_queries_whatever_its_size(
    client, north, course, resource, django_assert_max_num_queries
):
    for _ in range(20):
        learner = UserFactory(organisation=NORTH)
        add_member(cohort=north.cohort, user=learner)
    for _ in range(4):
        add_member(cohort=make_cohort(courses=[course], name="Extra"), user=learner)
    for _ in range(3):
        issued_certificate(user=UserFactory(organisation=NORTH), course=course)
    with django_assert_max_num_queries(QUERIES[resource]):
        body = client.get(f"/api/v1/{resource}", {"limit": 200}, **bearer(north.secret)).json()
    assert len(body["results"]) > 1


def test_a_malformed_cursor_is_a_400(client, north):
    response = client.get("/api/v1/learners", {"cursor": "not-a-cursor"}, **bearer(north.secret))
    assert response.status_code == 400
    assert "cursor" in response.json()["detail"]


def test_an_enrolment_made_directly_still_has_an_updated_at(north, course):
    enrolment = EnrolmentFactory(user=UserFactory(organisation=NORTH), course=course)
    assert enrolment.updated_at is not None
