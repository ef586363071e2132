"""Facts about a signed-in person that every page's frame asks (may they use the Wagtail admin, may they lead
cohorts), kept in the cache so a signed-in page asks the database for none of them.

The facts of one person live under one key, read once a request. The key carries an "access generation" that any
change to who may do what moves on: a person's groups or own permissions, a group's permissions, a group or a
permission saved or deleted (``connect_receivers``), and what a higher app adds (cohorts: a cohort's leads), so an
answer is never stale. ``is_active`` and ``is_superuser`` are read from the user row itself, never from here. While
the cache is unreachable, or off (``ACADEMY_PAGE_CACHE_SECONDS=0``), every fact is worked out afresh.
"""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from academy.core import pagecache

logger = logging.getLogger(__name__)
GENERATION_KEY = "academy:userfacts:generation"
MISSING = object()


def _generation() -> int:
    seen, value = pagecache.peek(GENERATION_KEY)  # read with the page cache's generation (register_fixed_key)
    if not seen and pagecache.generation_read_ahead():
        seen, value = pagecache.peek(GENERATION_KEY)  # a page that asks for the facts first: one trip, not two
    if not seen:
        value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def invalidate(**kwargs) -> None:
    """Every person's kept facts are out of date from now on (a signal receiver, hence ``**kwargs``); moved on again
    once the change commits, so an answer worked out meanwhile from the old rows is not kept under the new number."""
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    pagecache.forget(GENERATION_KEY)
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.add(GENERATION_KEY, 1, timeout=None)
        cache.incr(GENERATION_KEY)


def _load(user) -> tuple[str | None, dict]:
    state = user.__dict__.get("_academy_facts")
    if state is None:
        key, facts = None, {}
        if pagecache.timeout() > 0:
            try:
                key = key_for(user)
                seen, facts = pagecache.peek(key)  # read ahead by the route cache with the page's parts
                if not seen:
                    facts = cache.get(key)
                facts = dict(facts or {})
            except Exception:
                logger.warning("Cache unreachable; facts of user %s worked out afresh", user.pk, exc_info=True)
                key, facts = None, {}
        state = user.__dict__["_academy_facts"] = (key, facts)
    return state


def key_for(user) -> str:
    """The cache key of ``user``'s facts now."""
    return f"academy:userfacts:{_generation()}:{user.pk}"


def remember(user, name: str, build):
    """``build()`` for ``user``, kept until who may do what changes; asked once a request whatever the callers."""
    key, facts = _load(user)
    value = facts.get(name, MISSING)
    if value is MISSING:
        value = facts[name] = build()
        if key is not None:
            try:
                cache.set(key, facts, timeout=pagecache.timeout())
            except Exception:
                logger.warning("Cache unreachable; facts of user %s not kept", user.pk, exc_info=True)
    return value


def connect_receivers() -> None:
    pagecache.register_fixed_key(GENERATION_KEY)
    User = get_user_model()
    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(invalidate, sender=through, dispatch_uid=f"academy-userfacts-{through._meta.label}")
    for model in (Group, Permission):
        post_save.connect(invalidate, sender=model, dispatch_uid=f"academy-userfacts-save-{model._meta.label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"academy-userfacts-delete-{model._meta.label}")
