"""The service navigation and footer links shown on every page."""

from django import template
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
