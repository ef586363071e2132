"""What Wagtail works out afresh on every page request, kept under the page cache's generation: which site a host is,
which page a path routes to, and which view restrictions apply to that page. Signed-in visitors (who never get a
whole cached page) are then served from one query for the page itself instead of one or two a level of the tree.

Anything that can change a route or a restriction (a page published, unpublished, moved, saved or deleted, a site, a
view restriction) moves the generation on (``academy.core.pagecache``), so nothing here is ever stale; while the
cache is unreachable every step falls back to Wagtail's own queries.

Only plain routes are kept: a page reached with no extra arguments (not a sub-route of a routable page).

A Django view that reads the same shared parts on every request (a lead's dashboard: the site, the footer, the
course's outline) opts in with a ``read_ahead(request, kwargs)`` class method (or, for a function view, attribute),
returning the raw cache keys it will ask for too: it then gets those, its parts and the visitor's facts in one round
trip, as a Wagtail page does.
"""

import functools
import logging

from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from academy.core import pagecache, userfacts

logger = logging.getLogger(__name__)


def _site_key(request) -> str:
    return f"site:{request.get_host()}"


def _route_key(request) -> str:
    # The host decides the site, so the host (not the site) keys the route: both are read in one round trip.
    return f"route-page:{request.scheme}:{request.get_host()}:{request.path_info}"


def _parts_key(request) -> str:
    return f"route-parts:{request.scheme}:{request.get_host()}:{request.path_info}"


def cached_site(request):
    """The request's Wagtail site, from the cache (``Site.find_for_request`` reads it from ``request``). When Wagtail
    already looked it up for this request, that one is kept, so the next request finds it whatever asks first."""
    if getattr(request, "_academy_site_checked", False):
        return request._wagtail_site
    request._academy_site_checked = True
    if hasattr(request, "_wagtail_site"):
        key, found = pagecache.lookup(_site_key(request))
        if found is None and request._wagtail_site is not None:
            pagecache.store(key, request._wagtail_site)
    else:
        request._wagtail_site = pagecache.remember(_site_key(request), lambda: Site._find_for_request(request))
    return request._wagtail_site


class RouteCacheMiddleware:
    """Seeds ``request._wagtail_route_for_request`` (which Wagtail's serve view reads before routing) from the cache,
    or routes the request itself as Wagtail would and keeps the route: the specific live page itself and its view
    restrictions, in one cache entry (any page or restriction change moves the generation on, so it is never stale),
    so serving a kept route asks the database for nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        known = getattr(request, "_academy_route_parts", None)
        if known is not None:
            # The parts this page read, kept with their values beside the route: the next request for this address
            # gets them in the same round trip as the route. Kept again as they grow (a lead's page reads more).
            read = pagecache.read_names() - {_site_key(request), _route_key(request), _parts_key(request)}
            if not read <= known.keys():
                bundle = dict(known)
                for name in read - known.keys():
                    seen, value = pagecache.kept_value(name)
                    if seen and value is not None:
                        bundle[name] = value
                if bundle.keys() != known.keys():
                    pagecache.store(request._academy_route_parts_key, bundle)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if match is None or request.method not in ("GET", "HEAD") or pagecache.timeout() <= 0:
            return None
        if match.url_name != "wagtail_serve":
            read_ahead = getattr(view_func, "read_ahead", None) or getattr(
                getattr(view_func, "view_class", None), "read_ahead", None
            )
            if read_ahead is not None:
                self._read_parts(request, keys=read_ahead(request, view_kwargs), route=False)
            return None
        self._read_parts(request, route=True)
        site = cached_site(request)
        if site is None:
            return None
        key, found = pagecache.lookup(_route_key(request))
        if found is not None:
            page, restrictions = found  # the live page as routed in this generation: no page changed since
        else:
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            route = Page.route_for_request(request, path)  # kept on the request: the view does not route again
            if route is None:
                return None
            page, args, kwargs = route
            if args or kwargs or not page.live:
                return None  # a routable page's sub-route: left to Wagtail
            restrictions = list(page.get_view_restrictions())
            pagecache.store(key, (page, restrictions))
        request._wagtail_route_for_request = RouteResult(page)
        page.get_view_restrictions = functools.partial(list, restrictions)  # Wagtail's check asks the page
        return None

    def _read_parts(self, request, *, keys=(), route: bool) -> None:
        """The site, the route (a Wagtail page's), the parts the page read last time with their values, the visitor's
        facts and ``keys``: one round trip (after the generation's); the parts are then given to this request as read.
        """
        user = getattr(request, "user", None)
        try:
            pagecache.generation()  # with the fixed keys, the facts' generation among them: one trip
            facts = [userfacts.key_for(user)] if user is not None and user.is_authenticated else []
        except Exception:  # the cache unreachable: the facts are worked out afresh
            facts = []
        names = [_site_key(request), _parts_key(request), *([_route_key(request)] if route else [])]
        pagecache.prefetch(names=names, keys=[*facts, *keys])
        parts_key, parts = pagecache.lookup(_parts_key(request))
        if not isinstance(parts, dict):  # none yet (or a list of names kept by an earlier release)
            pagecache.prefetch(names=parts or ())
            parts = {}
        for name, value in parts.items():
            pagecache.seed(name, value)
        request._academy_route_parts, request._academy_route_parts_key = parts, parts_key
