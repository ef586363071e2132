"""Reads for the site's frame: the footer links chosen in Settings > Site links."""

from __future__ import annotations

from django.http import HttpRequest
from wagtail.models import Page

from academy.core import pagecache
from academy.core.routecache import cached_site
from courses import models

FOOTER_LINK_LABELS = (
    ("accessibility_statement", "Accessibility statement"),
    ("privacy_notice", "Privacy notice"),
    ("cookies", "Cookies"),
)


def footer_links(*, request: HttpRequest) -> list[dict]:
    """Footer links to the pages chosen in Settings > Site links, cached for the request and, until a page or a
    setting changes, in the cache (``academy.core.pagecache.remember``)."""
    cached = getattr(request, "_academy_footer_links", None)
    if cached is not None:
        return cached
    site = cached_site(request)

    def build() -> list[dict]:
        links = []
        site_links = models.SiteLinks.for_request(request)
        ids = {name: getattr(site_links, f"{name}_id") for name, _ in FOOTER_LINK_LABELS}
        pages = Page.objects.live().in_bulk([page_id for page_id in ids.values() if page_id])
        for name, label in FOOTER_LINK_LABELS:
            page = pages.get(ids[name])
            if page is not None:
                links.append({"text": label, "href": page.get_url(request=request)})
        return links

    if site is None:
        links = build()
    else:  # the same for every visitor to this site and host until a page or setting changes
        links = pagecache.remember(f"footer:{site.pk}:{request.scheme}:{request.get_host()}", build)
    request._academy_footer_links = links
    return links
