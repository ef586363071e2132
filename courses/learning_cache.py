""" "My learning" kept in the cache for each learner, so a learner who comes back to it (or reloads it) is shown it
without the half-dozen queries and the rendering that build it (issue 14).

The kept part is keyed by everything it shows that can change:
- the learner's own version, which any write to a row about them moves on (an enrolment, a completion, a
  certificate, a cohort membership, a plan, a booking: each app registers the models its panels and annotators read,
  with how to tell whose row it is, through ``courses.extensions.register_learning_source``);
- the programme's version, which any write to a row about no one in particular moves on (a cohort's deadlines, a
  session, a plan template): such changes are rare and may concern anyone, so everyone's part is worked out afresh;
- the page cache's generation, which any publish, unpublish or move changes (course and item titles and addresses);
- today's date (deadlines and what is overdue), and the site's scheme and host (the links);
- and a moment after which it is stale whatever happens: a panel that shows things until a time (a session until it
  ends) says so with ``"fresh_until"``.

A version is a token (``pagecache.token``) dropped both when the write happens and when it commits, so a part worked
out meanwhile from the old rows is never kept under the new one; a dropped or evicted token is never drawn again. A
part that uses the form token is never kept. While the cache is unreachable or off, "My learning" is worked out
afresh on every request, as before.
"""

import logging
from collections.abc import Callable

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from academy.core import pagecache
from courses.models import Enrolment

logger = logging.getLogger(__name__)
PROGRAMME_KEY = "academy:learning:programme"
_sources: dict[type, Callable | None] = {}


def learner_key(user_id: int) -> str:
    return f"academy:learning:learner:{user_id}"


def enrolment_owner(row) -> int | None:
    """The learner whose enrolment ``row`` (a completion, a certificate) belongs to; None when it is gone."""
    enrolment = row._state.fields_cache.get("enrolment")
    if enrolment is not None:
        return enrolment.user_id
    return Enrolment.objects.filter(pk=row.enrolment_id).values_list("user_id", flat=True).first()


def watch(model, *, user_of: Callable | None = None) -> None:
    """Work out "My learning" afresh after any write to ``model``: the learner's whose row it is (``user_of(row)``
    gives their id, or None when it is not known), or everyone's when ``user_of`` is None."""
    _sources[model] = user_of
    uid = f"academy.learning:{model._meta.label}"
    post_save.connect(_row_changed, sender=model, dispatch_uid=f"{uid}:save")
    post_delete.connect(_row_changed, sender=model, dispatch_uid=f"{uid}:delete")


def watched_models() -> list[type]:
    return list(_sources)


def _row_changed(sender, instance, **kwargs) -> None:
    user_of = _sources.get(sender)
    changed(user_id=user_of(instance) if user_of is not None else None)


def changed(*, user_id: int | None = None) -> None:
    """What "My learning" shows changed for the learner ``user_id``, or for anyone (None). For writes that send no
    signal (``update()``, ``bulk_create()``), called by the service that makes them."""
    key = PROGRAMME_KEY if user_id is None else learner_key(user_id)
    _drop(key)
    transaction.on_commit(lambda: _drop(key))


def _drop(key: str) -> None:
    try:
        pagecache.drop_tokens([key])
    except Exception:
        logger.warning("Cache unreachable; %s not moved on", key, exc_info=True)


def kept(*, user, request, build: Callable[[], tuple[str, object]]) -> str:
    """The learner's "My learning" content: kept, or ``build()`` (the HTML and the moment it goes stale, or None),
    kept for next time unless it used the form token (``build`` raises ``Personal``)."""
    if pagecache.timeout() <= 0:
        return _built(build)
    try:
        pagecache.generation()  # the programme's version with it (a fixed key): one trip
        versions = (pagecache.token(PROGRAMME_KEY), pagecache.token(learner_key(user.pk)))  # read ahead: read_ahead()
        name = f"my-learning:{user.pk}:{versions[0]}:{versions[1]}:{timezone.localdate()}:{request.scheme}:"
        key, found = pagecache.lookup(name + request.get_host(), read_ahead=False)  # one learner's: never bundled
    except Exception:
        logger.warning("Cache unreachable; My learning worked out afresh", exc_info=True)
        return _built(build)
    if isinstance(found, tuple) and (found[1] is None or timezone.now() < found[1]):
        return found[0]
    try:
        html, fresh_until = build()
    except Personal as personal:
        return personal.html
    pagecache.store(key, (html, fresh_until))
    return html


def read_ahead(request, kwargs) -> list[str]:
    """The learner's version, read with the visitor's facts in one round trip (``RouteCacheMiddleware``)."""
    user = getattr(request, "user", None)
    return [learner_key(user.pk)] if user is not None and user.is_authenticated else []


class Personal(Exception):
    """The part used the form token: shown, never kept."""

    def __init__(self, html: str):
        super().__init__("used the form token")
        self.html = html


def _built(build) -> str:
    try:
        return build()[0]
    except Personal as personal:
        return personal.html


pagecache.register_fixed_key(PROGRAMME_KEY)
