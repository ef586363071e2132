"""Course, module and lesson pages use a fixed number of queries whatever the number of modules and lessons."""

import pytest

from courses.models import ModulePage
from courses.selectors import course_outline
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20  # Wagtail routing walks the tree one level per query: 5 levels down to a lesson


def pages_of(course):
    outline = course_outline(course=course)
    module = ModulePage.objects.child_of(course).order_by("path").last()
    return {"course": course.url, "module": module.url, "lesson": outline.items[len(outline.items) // 2].url}


@pytest.mark.parametrize("kind", ["course", "module", "lesson"])
def test_query_count_is_the_same_for_a_small_and_a_large_course(client, django_assert_max_num_queries, kind):
    small = pages_of(make_course(modules=1, lessons=2, slug="small"))
    large = pages_of(make_course(modules=8, lessons=12, slug="large"))
    client.get(small[kind])  # warm Wagtail's site cache
    counts = []
    for url in (small[kind], large[kind]):
        with django_assert_max_num_queries(MAX_QUERIES) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts
