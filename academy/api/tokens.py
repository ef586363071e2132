"""Creating, revoking and checking API tokens. The secret is returned once and stored only as a sha256 hash.

A sha256 (not a slow password hash) is right here: the secret is 256 random bits, so there is nothing to guess, and
every API request must look it up quickly by its hash.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from academy.api.models import ApiToken
from academy.audit import actions
from academy.audit import services as audit

SECRET_PREFIX = "acad_"  # noqa: S105 (a label, not a secret)
LAST_USED_RESOLUTION = timedelta(minutes=1)  # at most one write per token a minute, however busy it is

NO_ORGANISATION = "Name at least one organisation the token may read."
ALREADY_REVOKED = "This token has already been revoked."
TOKEN_MISSING = "Send the token in an Authorization header: Bearer <token>."  # noqa: S105
TOKEN_UNKNOWN = "The token is not recognised."  # noqa: S105
TOKEN_REVOKED = "The token has been revoked."  # noqa: S105
TOKEN_EXPIRED = "The token has expired."  # noqa: S105


class TokenError(Exception):
    """A token rule was broken; the message is fit to show."""


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    secret: str  # shown once, never stored


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def normalise_organisations(names) -> list[str]:
    """Organisation names as typed, trimmed, without blanks or case-insensitive duplicates, in the order given."""
    seen, result = set(), []
    for name in names:
        name = " ".join(str(name).split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


def create_token(*, name: str, organisations, expires_at: datetime | None = None, actor=None) -> NewToken:
    """A new token for ``organisations``; the secret is in the result and nowhere else."""
    organisations = normalise_organisations(organisations)
    if not organisations:
        raise TokenError(NO_ORGANISATION)
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        name=name.strip() or "API token",
        prefix=secret[: len(SECRET_PREFIX) + 6],
        secret_hash=hash_secret(secret),
        organisations=organisations,
        expires_at=expires_at,
        created_by=actor,
    )
    audit.record(
        actions.API_TOKEN_CREATED,
        actor=actor,
        target=token,
        detail={"organisations": organisations, "expires_at": expires_at.isoformat() if expires_at else None},
    )
    return NewToken(token=token, secret=secret)


def revoke_token(*, token: ApiToken, actor=None) -> ApiToken:
    """Revoke a token at once: its next request is refused."""
    with transaction.atomic():
        current = ApiToken.objects.select_for_update().get(pk=token.pk)
        if current.revoked_at is not None:
            raise TokenError(ALREADY_REVOKED)
        current.revoked_at = timezone.now()
        current.revoked_by = actor
        current.save(update_fields=["revoked_at", "revoked_by"])
        audit.record(actions.API_TOKEN_REVOKED, actor=actor, target=current)
    return current


def authenticate(secret: str | None, *, now: datetime | None = None) -> ApiToken:
    """The usable token for ``secret``, noting when it was last used; raises TokenError saying why not. One query,
    plus one write a minute per token."""
    if not secret:
        raise TokenError(TOKEN_MISSING)
    now = now or timezone.now()
    token = ApiToken.objects.filter(secret_hash=hash_secret(secret.strip())).first()
    if token is None:
        raise TokenError(TOKEN_UNKNOWN)
    if token.revoked_at is not None:
        raise TokenError(TOKEN_REVOKED)
    if token.expires_at is not None and token.expires_at <= now:
        raise TokenError(TOKEN_EXPIRED)
    if token.last_used_at is None or token.last_used_at <= now - LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
