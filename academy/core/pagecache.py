"""Whole-page cache for the public Wagtail pages that are the same for every visitor (home, catalogue, course,
module, lesson): the rendered response is kept in the default cache (Redis in production) with the generation number
it was rendered in; any change to what a public page shows moves the generation on, so a published change is served on
the very next request. A hit is one round trip: the generation and the page are read together.

What is cached: a GET (or HEAD) without a query string of a page Wagtail serves, by a visitor with no session cookie
(so never a signed-in learner, and never anyone with a message waiting), answered 200 without a cookie, without a form
token (the CSRF token was not used) and without ``Cache-Control: private``/``no-cache``/``no-store``. The middleware
runs early, so a hit costs neither the session, CSRF, authentication nor messages middleware; the page is kept with the
headers the middleware inside it added (frame options, Content Security Policy, ``Vary``), and the security middleware
outside it adds its own to every response, so a kept page's headers are those of a fresh one.

What moves the generation on: a page published, unpublished, moved, saved or deleted, a view restriction, a site,
a setting, a snippet, an image or a document saved or deleted (``connect_receivers``, from ``CoreConfig.ready``).
"""

import hashlib
import logging
import threading
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

logger = logging.getLogger(__name__)
GENERATION_KEY = "academy:pagecache:generation"
KEY_PREFIX = "academy:pagecache:entry"  # (generation, content, headers)
NOT_SHARED = ("private", "no-cache", "no-store")
_request = threading.local()  # the generation, and the cache entries, read by the request this thread is serving
_fixed_keys: list[str] = []  # read with the generation (register_fixed_key)
ABSENT = object()  # read, and not in the cache


def timeout() -> int:
    return int(getattr(settings, "ACADEMY_PAGE_CACHE_SECONDS", 3600))


def generation() -> int:
    """The current generation; read once a request (``PageCacheMiddleware`` marks where a request starts and ends),
    so a page that reads several cached parts asks the cache for the generation once, and sees one generation. Read in
    the same round trip as the other fixed keys a request needs (``register_fixed_key``)."""
    value = getattr(_request, "generation", None)
    if value is not None:
        return value
    if getattr(_request, "active", False):
        found = cache.get_many([GENERATION_KEY, *_fixed_keys])
        for key in _fixed_keys:
            _request.memo[key] = found.get(key, ABSENT)
        value = found.get(GENERATION_KEY)
    else:
        value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    if getattr(_request, "active", False):
        _request.generation = value
    return value


def generation_read_ahead() -> bool:
    """Reads the generation with the fixed keys now, in one round trip, when a request is being served (so a caller
    about to read one of the fixed keys on its own finds it with ``peek``); False when the cache is unreachable or no
    request is being served."""
    if not getattr(_request, "active", False) or timeout() <= 0:
        return False
    try:
        generation()
    except Exception:
        logger.warning("Page cache unreachable; generation not read ahead", exc_info=True)
        return False
    return True


def register_fixed_key(key: str) -> None:
    """Read ``key`` with the generation, in the same round trip (``peek`` answers it afterwards)."""
    if key not in _fixed_keys:
        _fixed_keys.append(key)


def peek(key: str):
    """(True, value or None) when this request already read ``key`` from the cache; (False, None) otherwise."""
    memo = getattr(_request, "memo", None)
    if memo is None or key not in memo:
        return False, None
    value = memo[key]
    return True, None if value is ABSENT else value


def forget(key: str) -> None:
    memo = getattr(_request, "memo", None)
    if memo is not None:
        memo.pop(key, None)


def token(key: str) -> str:
    """The token under ``key`` that names the current state of something kept (a cohort's figures, a learner's "My
    learning"): as read ahead for this request (``peek``), else read; a new random one when there is none (dropped by
    ``drop_tokens`` when that state changed, or evicted), so a token is never used again for a later state. A cache
    that keeps nothing gives a new token every time, under which nothing is ever found."""
    seen, value = peek(key)
    if not seen:
        value = cache.get(key)
    if value is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        value = cache.get(key) or uuid.uuid4().hex
    return value


def drop_tokens(keys) -> None:
    """What the tokens under ``keys`` name has changed: the next ``token`` is a new one (read afresh in this request
    too)."""
    keys = list(keys)
    for key in keys:
        forget(key)
    if keys:
        cache.delete_many(keys)


def _part_key(name: str) -> str:
    return f"academy:pagecache:part:{generation()}:{name}"


def prefetch(*, names=(), keys=()) -> None:
    """Reads the parts ``names`` of this generation and the raw ``keys`` in one round trip, for this request's later
    ``remember``/``lookup``/``peek`` calls, so a page that needs ten parts asks the cache once rather than ten times."""
    if timeout() <= 0 or not getattr(_request, "active", False):
        return
    try:
        wanted = [key for key in [*(_part_key(name) for name in names), *keys] if key not in _request.memo]
        if wanted:
            found = cache.get_many(wanted)
            for key in wanted:
                _request.memo[key] = found.get(key, ABSENT)
    except Exception:
        logger.warning("Page cache unreachable; nothing read ahead", exc_info=True)


def kept_value(name: str):
    """(True, value) when this request read or wrote the part ``name`` of this generation; (False, None) otherwise."""
    return peek(_part_key(name))


def seed(name: str, value) -> None:
    """Give this request the part ``name`` of this generation as read (``remember``/``lookup`` then need no trip)."""
    if getattr(_request, "active", False) and value is not None:
        _request.memo.setdefault(_part_key(name), value)


def read_names() -> set[str]:
    """The parts this request has read so far (``remember`` and ``lookup``)."""
    return set(getattr(_request, "names", ()))


def _read(key: str, name: str, *, read_ahead: bool = True):
    if not getattr(_request, "active", False):
        return cache.get(key)
    if read_ahead:
        _request.names.add(name)
    seen, value = peek(key)
    if not seen:
        value = cache.get(key)
        _request.memo[key] = ABSENT if value is None else value  # for the route cache's bundle of this page's parts
    return value


def _write(key: str, value) -> None:
    cache.set(key, value, timeout=timeout())
    if getattr(_request, "active", False):
        _request.memo[key] = value


def invalidate() -> None:
    """Every cached page is out of date from now on (the old entries expire on their own)."""
    _request.generation = None  # this request too reads what it has just changed afresh
    if getattr(_request, "memo", None) is not None:
        _request.memo.clear()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (or the cache was emptied): start one past any that may still be read
        cache.add(GENERATION_KEY, 1, timeout=None)
        cache.incr(GENERATION_KEY)


def remember(name: str, build, *, read_ahead: bool = True):
    """``build()``'s value, kept in the cache until anything a public page shows changes (the same generation as the
    page cache): for pieces of the site's frame that signed-in pages render too, such as the footer's links.

    ``read_ahead=False`` for a part whose name varies between visitors of the same page (it is then not added to the
    parts the route cache reads ahead for that page, which would otherwise grow with every variant)."""
    if timeout() <= 0:
        return build()
    try:
        key = _part_key(name)
        value = _read(key, name, read_ahead=read_ahead)
    except Exception:  # the cache unreachable: build it as if there were no cache
        logger.warning("Page cache unreachable; building %s", name, exc_info=True)
        return build()
    if value is None:
        value = build()
        try:
            _write(key, value)
        except Exception:
            logger.warning("Page cache unreachable; %s not kept", name, exc_info=True)
    return value


def lookup(name: str, *, read_ahead: bool = True) -> tuple[str | None, object]:
    """(the key to ``store`` under, the value kept for ``name`` in this generation or None); (None, None) while the
    cache is off or unreachable. The key carries the generation read now, so a value worked out from what was true
    then is never kept under a later generation. ``read_ahead=False`` as for ``remember``."""
    if timeout() <= 0:
        return None, None
    try:
        key = _part_key(name)
        return key, _read(key, name, read_ahead=read_ahead)
    except Exception:
        logger.warning("Page cache unreachable; %s not read", name, exc_info=True)
        return None, None


def store(key: str | None, value) -> None:
    if key is None:
        return
    try:
        _write(key, value)
    except Exception:
        logger.warning("Page cache unreachable; %s not kept", key, exc_info=True)


def _key(request) -> str:
    """The page's key: a hash of its address, so any path (any characters, any length) makes a short, safe key."""
    address = f"{request.scheme}://{request.get_host()}{request.path}"
    return f"{KEY_PREFIX}:{hashlib.blake2b(address.encode(), digest_size=16).hexdigest()}"


def _may_be_served_from_cache(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and timeout() > 0
    )


def _may_be_stored(request, response) -> bool:
    match = getattr(request, "resolver_match", None)
    cache_control = response.get("Cache-Control", "")
    return (
        match is not None
        and match.url_name == "wagtail_serve"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_USED")
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "is_preview", False)
        and not any(word in cache_control for word in NOT_SHARED)
        and not (getattr(request, "user", None) is not None and request.user.is_authenticated)
    )


def _replay(stored) -> HttpResponse:
    _generation, content, headers = stored
    response = HttpResponse(content)
    # Checked when the page was first served: put back as they were rather than checked again one by one (a tenth of
    # a hit's time). ResponseHeaders keeps {lower-case name: (name, value)}.
    response.headers._store = {name.lower(): (name, value) for name, value in headers.items()}
    return response


class PageCacheMiddleware:
    """Serves a kept page before the session, authentication, CSRF, messages and the other middleware inside it run
    (``MIDDLEWARE`` lists it just after the security middleware and whitenoise), in one cache round trip: the
    generation and the page, read together. A page is kept with the generation read before it was rendered, so an
    entry from before a change never matches the generation after it, and with every header the middleware inside
    added (frame options, Content Security Policy, ``Vary``, ``Content-Length``): a kept page's headers are the ones
    it was first served with, and the outer middleware (security headers, request id, logging) run for every request.

    It also marks where a request starts and ends for the parts read through ``generation``/``remember``/``peek``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _request.active, _request.generation, _request.memo, _request.names = True, None, {}, set()
        try:
            return self._serve(request)
        finally:
            _request.active, _request.generation, _request.memo, _request.names = False, None, None, None

    def _serve(self, request):
        if not _may_be_served_from_cache(request):
            return self.get_response(request)
        try:
            key = _key(request)
            found = cache.get_many([GENERATION_KEY, key])
            number = found.get(GENERATION_KEY)
            if number is None:
                number = generation()
        except DisallowedHost:
            raise
        except Exception:  # the cache unreachable: serve the page as if there were no cache
            logger.warning("Page cache unreachable; serving %s uncached", request.path, exc_info=True)
            return self.get_response(request)
        stored = found.get(key)
        if stored is not None and stored[0] == number:
            return _replay(stored)
        response = self.get_response(request)
        if request.method == "GET" and _may_be_stored(request, response):
            patch_vary_headers(response, ["Cookie"])  # as the page itself does: it depends on the session cookie
            try:
                headers = {**response.headers, "X-Page-Cache": "hit"}
                cache.set(key, (number, response.content, headers), timeout=timeout())
                response["X-Page-Cache"] = "miss"
            except Exception:  # not kept this time; the page itself is fine
                logger.warning("Page cache unreachable; %s not kept", request.path, exc_info=True)
        return response


def _changed(sender, instance, created=False, **kwargs) -> None:
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    if created and isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        return  # made with its defaults the first time a page read it: that page already showed the defaults
    if isinstance(instance, _watched_types()):
        invalidate()


def _watched_types() -> tuple:
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    return (
        Page,
        PageViewRestriction,
        Site,
        BaseSiteSetting,
        BaseGenericSetting,
        get_image_model(),
        get_document_model(),
        *get_snippet_models(),
    )


def _page_event(sender, **kwargs) -> None:
    invalidate()


def connect_receivers() -> None:
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_event, dispatch_uid=f"academy-pagecache-{id(signal)}")
    post_save.connect(_changed, dispatch_uid="academy-pagecache-save")
    post_delete.connect(_changed, dispatch_uid="academy-pagecache-delete")
