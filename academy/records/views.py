"""Activity ids that resolve: an xAPI activity id names a page by its id, and leads to the page where it is now."""

from django.http import Http404, HttpRequest
from django.shortcuts import redirect
from wagtail.models import Page


def page_activity(request: HttpRequest, page_id: int):
    """Redirect to the live page (it applies its own privacy rules); 404 for a page that is not live."""
    page = Page.objects.live().filter(pk=page_id).first()
    url = page.get_url(request=request) if page is not None else None
    if not url:
        raise Http404
    return redirect(url)
