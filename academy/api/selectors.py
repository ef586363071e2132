"""What a token may read: learners, enrolments, certificates and cohorts of its organisations, oldest change first.

Scope is by the organisation on a learner's profile (matched without regard to case or spacing). Everything else
follows from the learner: an enrolment or certificate is in scope when its learner is; a cohort when at least one of
its members is, and then it lists only those members. The API is a read model over the other apps, so it queries
their tables directly, in a fixed number of queries per page.
"""

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from academy.accounts.models import User
from academy.api.models import ApiToken
from academy.certificates.models import Certificate
from academy.cohorts.models import Cohort, CohortCourse, Membership
from courses.models import Enrolment

BAD_CURSOR = "The cursor is not one this API gave out: start again without it."
OUTSIDE_SCOPE = "This token may not read the organisation “{}”."


class ScopeError(Exception):
    """The request asks for records outside the token's organisations."""


class BadRequest(Exception):
    """A parameter cannot be used; the message says why."""


@dataclass(frozen=True)
class Page:
    results: list
    next_cursor: str | None


def organisations(token: ApiToken, *, organisation: str | None = None) -> list[str]:
    """The organisations a request reads: all the token's, or the one asked for if the token may read it."""
    allowed = list(token.organisations)
    if organisation is None:
        return allowed
    wanted = " ".join(organisation.split()).casefold()
    matches = [name for name in allowed if name.casefold() == wanted]
    if not matches:
        raise ScopeError(OUTSIDE_SCOPE.format(organisation))
    return matches


def in_organisations(names: list[str], *, prefix: str = "") -> Q:
    """Learners whose profile names one of ``names`` (case-insensitive); matches nothing for an empty list."""
    query = Q(pk__in=[])
    for name in names:
        query |= Q(**{f"{prefix}organisation__iexact": name})
    return query


def learners(names: list[str]) -> QuerySet[User]:
    return User.objects.filter(in_organisations(names))


def enrolments(names: list[str]) -> QuerySet[Enrolment]:
    return Enrolment.objects.filter(in_organisations(names, prefix="user__")).select_related("course")


def certificates(names: list[str]) -> QuerySet[Certificate]:
    return Certificate.objects.filter(in_organisations(names, prefix="enrolment__user__")).select_related("enrolment")


def cohorts(names: list[str]) -> QuerySet[Cohort]:
    members = Membership.objects.filter(in_organisations(names, prefix="user__"))
    return (
        Cohort.objects.filter(Exists(members.filter(cohort=OuterRef("pk"))))
        .prefetch_related(
            Prefetch("cohort_courses", queryset=CohortCourse.objects.select_related("course").order_by("position")),
            Prefetch("memberships", queryset=members.order_by("joined_at", "pk"), to_attr="members_in_scope"),
        )
        .order_by()
    )


def page(queryset: QuerySet, *, updated_since: datetime | None, cursor: str | None, limit: int) -> Page:
    """One page in (updated_at, id) order, which is stable: rows changed meanwhile move to a later page."""
    queryset = queryset.order_by("updated_at", "pk")
    if updated_since is not None:
        queryset = queryset.filter(updated_at__gte=updated_since)
    if cursor:
        moment, last_id = decode_cursor(cursor)
        queryset = queryset.filter(Q(updated_at__gt=moment) | Q(updated_at=moment, pk__gt=last_id))
    rows = list(queryset[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(results=rows, next_cursor=encode_cursor(rows[-1]) if more else None)


def encode_cursor(row) -> str:
    data = json.dumps([row.updated_at.astimezone(UTC).isoformat(), row.pk]).encode()
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        data = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        moment, last_id = json.loads(data)
        moment = datetime.fromisoformat(moment)
        if moment.tzinfo is None or not isinstance(last_id, int) or not 0 <= last_id < 2**63:
            raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise BadRequest(BAD_CURSOR) from None
    return moment, last_id
