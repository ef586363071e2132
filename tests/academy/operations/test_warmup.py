"""A web worker loads and compiles its URLs as it starts, not in its first request (issue 14)."""

import subprocess
import sys

from django.conf import settings
from django.urls import URLResolver, clear_url_caches, get_resolver, reverse

from academy.operations.warmup import warm_up


def _patterns(resolver):
    for pattern in resolver.url_patterns:
        yield pattern
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern)


def _compiled(pattern) -> bool:
    regex = pattern.pattern
    return "regex" in regex.__dict__ or bool(getattr(regex, "_regex_dict", None))


def test_warm_up_compiles_every_pattern_and_builds_the_reverse_tables():
    clear_url_caches()
    resolver = get_resolver()
    assert not resolver._populated

    count = warm_up()

    patterns = list(_patterns(resolver))
    assert count == len(patterns) > 100
    assert all(_compiled(pattern) for pattern in patterns)
    assert resolver._populated
    assert all(p._populated for p in patterns if isinstance(p, URLResolver))
    assert reverse("learning:dashboard") == "/my-learning/"  # the tables it built still answer


def test_the_wsgi_module_warms_up_before_a_worker_takes_a_request():
    code = (
        "import sys; import academy.wsgi; from django.urls import get_resolver; "
        "print(get_resolver()._populated, 'assessments.views' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=settings.BASE_DIR, timeout=120, check=True
    )
    assert result.stdout.split() == ["True", "True"]
