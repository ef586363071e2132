"""The service navigation and footer links shown on every page.

Both are the same for every visitor with the same items and links (no name, no form token), so their HTML is
rendered once a process for each set and reused: rendering them was about a tenth of a signed-in lesson page's
time (issue 14). With DEBUG on they are rendered every time, so template edits show at once."""

import functools

from django import template
from django.conf import settings
from django.template.loader import get_template
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

from academy.core import pagecache
from academy.core.links import fixed_url
from academy.core.permissions import has_permission
from courses.extensions import navigation_items
from courses.selectors import footer_links as select_footer_links

register = template.Library()


@register.simple_tag(takes_context=True)
def primary_navigation(context) -> list[dict]:
    request = context.get("request")
    if request is None:
        return []
    path = request.path
    user = getattr(request, "user", None)
    items = [
        {"text": "Courses", "href": "/courses/", "prefix": "/courses/"},
        {"text": "Search", "href": fixed_url("search"), "prefix": fixed_url("search")},
    ]
    if user is not None and user.is_authenticated:
        items += [
            {"text": "My learning", "href": "/my-learning/", "prefix": "/my-learning/"},
            *[dict(item) for item in navigation_items(request)],
            {"text": "Your account", "href": fixed_url("account_email"), "prefix": "/accounts/"},
            {"text": "Sign out", "href": fixed_url("account_logout"), "prefix": fixed_url("account_logout")},
        ]
    else:
        items += [
            {"text": "Sign in", "href": fixed_url("account_login"), "prefix": fixed_url("account_login")},
            {"text": "Create an account", "href": fixed_url("account_signup"), "prefix": fixed_url("account_signup")},
        ]
    for item in items:
        item["current"] = path.startswith(item.pop("prefix"))
    return items


@register.simple_tag(takes_context=True)
def academy_userbar(context, position: str = "bottom-right") -> str:
    """Wagtail's user bar for people who may use the admin; for everyone else nothing, found in one query (Wagtail's
    own tag reads all the visitor's permissions, two queries, to say no)."""
    request = context.get("request")
    if request is None or not has_permission(getattr(request, "user", None), "wagtailadmin.access_admin"):
        return ""
    return wagtailuserbar(context, position)


@register.simple_tag(takes_context=True)
def footer_links(context) -> list[dict]:
    request = context.get("request")
    if request is None:
        return []
    return select_footer_links(request=request)


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page) -> dict:
    """Breadcrumbs from the home page to ``page``'s parent: one query for the live ancestors, kept in the cache until
    a page changes (``academy.core.pagecache.remember``)."""
    request = context.get("request")

    def build() -> list[tuple[str, str]]:
        ancestors = page.get_ancestors().live().filter(depth__gt=1)
        return [(ancestor.title, ancestor.get_url(request=request)) for ancestor in ancestors]

    if request is None:
        return {"crumbs": build()}
    return {"crumbs": pagecache.remember(f"crumbs:{page.path}:{request.scheme}:{request.get_host()}", build)}


@register.simple_tag(takes_context=True)
def service_navigation(context) -> str:
    items = tuple((item["text"], item["href"], item["current"]) for item in primary_navigation(context))
    return _once(_menu_html, items)


@register.simple_tag(takes_context=True)
def site_footer(context) -> str:
    links = tuple((link["text"], link["href"]) for link in footer_links(context))
    return _once(_footer_html, (links, str(context.get("support_email", "")), str(context.get("service_name", ""))))


def _once(render, key):
    return render.__wrapped__(key) if settings.DEBUG else render(key)


@functools.lru_cache(maxsize=256)
def _menu_html(items: tuple) -> str:
    menu = [{"text": text, "href": href, "current": current} for text, href, current in items]
    return get_template("components/service_navigation_menu.html").render({"items": menu})


@functools.lru_cache(maxsize=256)
def _footer_html(key: tuple) -> str:
    links, support_email, service_name = key
    context = {"links": [{"text": text, "href": href} for text, href in links], "support_email": support_email}
    return get_template("components/footer_markup.html").render({**context, "service_name": service_name})
