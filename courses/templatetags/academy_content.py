"""A lesson's body, rendered once a published revision and kept in the cache (the StreamField's blocks are the
same for every visitor: no request, user or form token goes into them), and ``{% kept %}``: any part of a page kept
the same way."""

import hashlib

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


class _Personal(Exception):
    """A kept part used the form token: it is rendered afresh every time and never kept."""


class TokenTrap:
    """Stands in for the form token while a part is rendered to be kept: any use of it is noted."""

    used = False

    def __bool__(self) -> bool:
        return True

    def __eq__(self, other) -> bool:
        self.used = True
        return False

    __hash__ = object.__hash__

    def __str__(self) -> str:
        self.used = True
        return ""


class KeptNode(template.Node):
    def __init__(self, nodelist, name, vary_on, shared: bool):
        self.nodelist, self.name, self.vary_on, self.shared = nodelist, name, vary_on, shared

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        # The address's scheme and host too: links in the part are worked out for the site the request is on.
        values = [request.scheme, request.get_host(), *(str(value.resolve(context)) for value in self.vary_on)]
        digest = hashlib.blake2b(":".join(values).encode(), digest_size=12).hexdigest()
        name = f"kept:{self.name}:{digest}"

        def build() -> str:
            trap = TokenTrap()
            with context.push(csrf_token=trap):
                html = self.nodelist.render(context)
            if trap.used:
                raise _Personal
            return html

        try:
            return mark_safe(pagecache.remember(name, build, read_ahead=self.shared))
        except _Personal:
            return self.nodelist.render(context)


@register.tag
def kept(parser, token):
    """``{% kept "name" value... [per_visitor] %}...{% endkept %}``: the enclosed part rendered once for each set of
    ``value``s and kept under the page cache's generation (any publish, move, setting or snippet change renders it
    afresh). The values must name everything the part shows that is not the same for every page in the generation
    (the page, its revision, the learner's completed items). Never for a part that shows who the visitor is: a part
    that uses the form token is never kept. ``per_visitor`` when the values differ between visitors of a page: such
    parts are not read ahead with the page's shared parts."""
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("{% kept %} needs a name")
    shared = bits[-1] != "per_visitor"
    if not shared:
        bits = bits[:-1]
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    name = bits[0].strip("\"'")
    return KeptNode(nodelist, name, [parser.compile_filter(bit) for bit in bits[1:]], shared)
