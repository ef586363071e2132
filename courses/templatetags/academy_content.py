"""A lesson's body, rendered once a published revision and kept in the cache (the StreamField's blocks are the
same for every visitor: no request, user or form token goes into them)."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from academy.core import pagecache

register = template.Library()


@register.simple_tag(takes_context=True)
def stream_html(context, page, field: str = "body"):
    """``page.<field>`` rendered block by block, as ``{% for b in page.body %}{% include_block b %}{% endfor %}`` but
    with only the page in the blocks' context, so nothing personal (user, request, CSRF token) can reach the cache.

    Kept under the page cache's generation, which any publish, unpublish, move or save moves on, and keyed by the
    page's revision, so a published change shows on the next request. A preview (a draft) is never kept."""
    request = context.get("request")

    def build() -> str:
        return "".join(
            conditional_escape(block.render_as_block(context={"page": page})) for block in getattr(page, field)
        )

    if request is None or getattr(request, "is_preview", False) or page.pk is None:
        return mark_safe(build())
    name = f"stream:{page.pk}:{page.live_revision_id or page.latest_revision_id}:{field}"
    return mark_safe(pagecache.remember(name, build))
