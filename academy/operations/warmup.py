"""Work a web worker would otherwise do on its first request, done once as it starts (``academy.wsgi``): import the
URLconf and every view module it names, compile each URL pattern's regular expression, and build the tables
``reverse`` reads.

Measured for issue 14: a fresh gunicorn worker spent about 0.3 s of CPU on these in its first request. With 200 quiz
submissions arriving at once on four fresh workers, that was a fifth of all the CPU the requests used (py-spy), and
every learner who came first to a worker after a deploy or a restart waited for it.
"""

from django.urls import URLResolver, get_resolver


def warm_up() -> int:
    """Load and compile every URL pattern now; how many there are."""
    return _compile(get_resolver())


def _compile(resolver: URLResolver) -> int:
    resolver.reverse_dict  # noqa: B018 - builds (and keeps) the resolver's reverse tables for the active language
    count = 0
    for pattern in resolver.url_patterns:
        pattern.pattern.regex  # noqa: B018 - compiled once and kept by Django's descriptor
        count += 1
        if isinstance(pattern, URLResolver):
            count += _compile(pattern)
    return count
