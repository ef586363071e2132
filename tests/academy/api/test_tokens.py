"""Tokens: hashed at rest, refused with a clear 401 when missing, unknown, revoked or expired; administered in the
admin, where the secret is shown once."""

import hashlib
from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from academy.api import tokens
from academy.api.models import ApiToken
from tests.academy.accounts.factories import UserFactory
from tests.academy.api.conftest import NORTH, bearer

pytestmark = pytest.mark.django_db


def test_only_the_sha256_of_the_secret_is_stored():
    created = tokens.create_token(name="HR", organisations=[NORTH])
    row = ApiToken.objects.get(pk=created.token.pk)
    assert row.secret_hash == hashlib.sha256(created.secret.encode()).hexdigest()
    assert created.secret not in str(ApiToken.objects.filter(pk=row.pk).values().get())


@pytest.mark.parametrize(
    ("headers", "detail"),
    [
        ({}, tokens.TOKEN_MISSING),
        ({"HTTP_AUTHORIZATION": "Bearer acad_not-a-token"}, tokens.TOKEN_UNKNOWN),
        ({"HTTP_AUTHORIZATION": "Basic dXNlcjpwYXNz"}, tokens.TOKEN_MISSING),
    ],
)
def test_a_request_without_a_good_token_is_refused_with_401(client, headers, detail):
    response = client.get("/api/v1/learners", **headers)
    assert response.status_code == 401
    assert response.json() == {"detail": detail}
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_a_revoked_token_is_refused_at_once(client, north):
    assert client.get("/api/v1/learners", **bearer(north.secret)).status_code == 200
    token = ApiToken.objects.get(secret_hash=tokens.hash_secret(north.secret))
    tokens.revoke_token(token=token, actor=UserFactory())
    response = client.get("/api/v1/learners", **bearer(north.secret))
    assert (response.status_code, response.json()) == (401, {"detail": tokens.TOKEN_REVOKED})


def test_an_expired_token_is_refused(client):
    created = tokens.create_token(name="HR", organisations=[NORTH], expires_at=timezone.now() + timedelta(days=1))
    ApiToken.objects.filter(pk=created.token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get("/api/v1/learners", **bearer(created.secret))
    assert (response.status_code, response.json()) == (401, {"detail": tokens.TOKEN_EXPIRED})


def test_a_token_records_when_it_was_last_used(client):
    created = tokens.create_token(name="HR", organisations=[NORTH])
    assert created.token.last_used_at is None
    client.get("/api/v1/learners", **bearer(created.secret))
    assert ApiToken.objects.get(pk=created.token.pk).last_used_at is not None


def test_a_token_needs_an_organisation():
    with pytest.raises(tokens.TokenError, match=tokens.NO_ORGANISATION):
        tokens.create_token(name="HR", organisations=["  ", ""])


def test_an_administrator_creates_a_token_and_sees_the_secret_once(admin_client):
    response = admin_client.post(
        "/django-admin/api/apitoken/add/",
        {"name": "Northshire HR", "organisations_text": f"{NORTH}\n\n{NORTH.upper()}\n", "expires_at": ""},
    )
    assert response.status_code == 302
    token = ApiToken.objects.get()
    assert token.organisations == [NORTH]
    [shown] = [str(message) for message in get_messages(response.wsgi_request) if "Bearer" in str(message)]
    secret = shown.split("Bearer ")[1].split("”")[0]
    assert tokens.hash_secret(secret) == token.secret_hash
    assert secret in admin_client.get(response.url).content.decode()  # the page after saving shows it
    page = admin_client.get(f"/django-admin/api/apitoken/{token.pk}/change/").content.decode()
    assert secret not in page and token.secret_hash not in page


def test_an_administrator_revokes_tokens_in_the_admin(admin_client, client, north):
    token = ApiToken.objects.get(secret_hash=tokens.hash_secret(north.secret))
    admin_client.post("/django-admin/api/apitoken/", {"action": "revoke_selected", "_selected_action": [token.pk]})
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert client.get("/api/v1/learners", **bearer(north.secret)).status_code == 401


def test_tokens_cannot_be_deleted_in_the_admin(admin_client, north):
    token = ApiToken.objects.get()
    assert admin_client.get(f"/django-admin/api/apitoken/{token.pk}/delete/").status_code == 403


def test_answers_are_never_cached(client, north):
    for headers in (bearer(north.secret), {}):
        assert client.get("/api/v1/learners", **headers)["Cache-Control"] == "private, no-store"
