"""A token sees its own organisations' records and never another's: by list, by id, or by filter tricks."""

import pytest

from academy.api.selectors import encode_cursor
from academy.cohorts.services.cohorts import add_member
from tests.academy.accounts.factories import UserFactory
from tests.academy.api.conftest import NORTH, SOUTH, bearer

pytestmark = pytest.mark.django_db

ORGANISATIONS_BUILT_ONCE = True  # tests/academy/api/conftest.py: each test's changes are rolled back after it

RESOURCES = ["learners", "enrolments", "certificates", "cohorts"]


def _ids(org) -> dict:
    return {
        "learners": org.learner.pk,
        "enrolments": org.enrolment.pk,
        "certificates": org.certificate.pk,
        "cohorts": org.cohort.pk,
    }


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_list_holds_only_the_tokens_organisation(client, north, south, resource):
    response = client.get(f"/api/v1/{resource}", **bearer(north.secret))
    assert response.status_code == 200
    ids = [row["id"] for row in response.json()["results"]]
    assert ids == [_ids(north)[resource]]


@pytest.mark.parametrize("resource", RESOURCES)
def test_another_organisations_record_by_id_is_not_found(client, north, south, resource):
    mine = client.get(f"/api/v1/{resource}/{_ids(north)[resource]}", **bearer(north.secret))
    theirs = client.get(f"/api/v1/{resource}/{_ids(south)[resource]}", **bearer(north.secret))
    assert mine.status_code == 200
    assert theirs.status_code == 404
    assert theirs.json() == {"detail": "Not Found"}


@pytest.mark.parametrize("organisation", [SOUTH, SOUTH.upper(), f"  {SOUTH} ", "%", "*", ""])
@pytest.mark.parametrize("resource", RESOURCES)
def test_asking_for_another_organisation_is_forbidden_or_empty(client, north, south, resource, organisation):
    response = client.get(f"/api/v1/{resource}", {"organisation": organisation}, **bearer(north.secret))
    assert response.status_code in {400, 403}
    assert SOUTH.casefold() not in response.content.decode().casefold().replace(organisation.casefold(), "")


@pytest.mark.parametrize("resource", RESOURCES)
def test_naming_the_tokens_own_organisation_in_any_case_works(client, north, south, resource):
    response = client.get(f"/api/v1/{resource}", {"organisation": NORTH.upper()}, **bearer(north.secret))
    assert [row["id"] for row in response.json()["results"]] == [_ids(north)[resource]]


def test_a_learner_whose_organisation_differs_only_in_case_is_in_scope(client, north):
    twin = UserFactory(organisation=NORTH.lower())
    ids = {row["id"] for row in client.get("/api/v1/learners", **bearer(north.secret)).json()["results"]}
    assert ids == {north.learner.pk, twin.pk}


def test_an_organisation_whose_name_contains_the_tokens_is_not_in_scope(client, north):
    UserFactory(organisation=f"{NORTH} (East)")
    UserFactory(organisation=NORTH[:-1])
    ids = {row["id"] for row in client.get("/api/v1/learners", **bearer(north.secret)).json()["results"]}
    assert ids == {north.learner.pk}


def test_a_shared_cohort_lists_only_the_tokens_members(client, north, south):
    add_member(cohort=north.cohort, user=south.learner)
    cohort = client.get(f"/api/v1/cohorts/{north.cohort.pk}", **bearer(north.secret)).json()
    assert [member["learner_id"] for member in cohort["members"]] == [north.learner.pk]
    seen_by_south = client.get(f"/api/v1/cohorts/{north.cohort.pk}", **bearer(south.secret)).json()
    assert [member["learner_id"] for member in seen_by_south["members"]] == [south.learner.pk]


def test_a_forged_cursor_cannot_reach_another_organisation(client, north, south):
    class Before:
        pk = 0
        updated_at = south.learner.updated_at.replace(year=2000)

    response = client.get("/api/v1/learners", {"cursor": encode_cursor(Before)}, **bearer(north.secret))
    assert [row["id"] for row in response.json()["results"]] == [north.learner.pk]


def test_an_erased_learners_certificate_is_in_no_organisation(client, north):
    north.certificate.enrolment = None
    north.certificate.save()
    response = client.get("/api/v1/certificates", **bearer(north.secret))
    assert response.json()["results"] == []
