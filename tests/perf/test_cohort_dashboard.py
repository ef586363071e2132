"""Benchmarks for the lead's dashboard and exports (DESIGN: a 2,000-learner dashboard in a fixed number of queries,
well under a second; an export of 10,000 learners x 40 lessons in constant memory, under 30 seconds).

Baselines, measured in the same run on the same database: the same dashboard for a 10-learner cohort, and the same
export for 1,000 learners. Figures are printed as absolute values and as ratios to the baseline, with the machine.
Run with ``make bench``; for the CI-like run on PostgreSQL set DATABASE_URL=postgres://postgres@127.0.0.1:5432/test.
"""

import os
import statistics
import tempfile
import time
import tracemalloc

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from academy.cohorts.models import Export
from academy.cohorts.selectors import DashboardFilters
from academy.cohorts.selectors.aggregates import forget_cohorts
from academy.cohorts.services import exports
from courses.selectors import course_outline
from tests.academy.cohorts.factories import bulk_learners, make_cohort, make_lead
from tests.courses.factories import make_course
from tests.perf.conftest import machine

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

MODULES, LESSONS = 8, 5  # 40 items


@pytest.fixture
def big_course(db):
    return make_course(modules=MODULES, lessons=LESSONS, slug="bench-course")


def timed_get(client, url: str, runs: int = 7, before=lambda: None) -> tuple[float, int]:
    """Median seconds for GET ``url`` over ``runs`` (after a warm-up) and the query count of one request; ``before``
    runs before each (not timed)."""
    assert client.get(url).status_code == 200
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200
    before()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(times), len(queries.captured_queries)


def test_dashboard_for_2000_learners_by_40_items(client, big_course, settings, tmp_path):
    settings.ACADEMY_COHORT_EXPORT_ROOT = tmp_path
    outline = course_outline(course=big_course)
    assert len(outline.items) == 40
    lead = make_lead()
    small = make_cohort(courses=[big_course], leads=[lead], deadline_days=3, name="Baseline")
    large = make_cohort(courses=[big_course], leads=[lead], deadline_days=3, name="Large")
    bulk_learners(small, count=10, outline=outline, done_items=20, prefix="base")
    bulk_learners(large, count=2000, outline=outline, done_items=20, prefix="large")
    client.force_login(lead)
    cases = {
        "first page": "",
        "overdue, by progress, page 20": "?overdue=1&sort=-progress&page=20",
        "search": "?q=learner+0000",
    }
    print(f"\nDashboard benchmark on {connection.vendor} ({machine()})")
    # Kept: the figures and table from the cache, as a lead sees them while nothing changes. After a change: both
    # dropped before each request (as any completion, enrolment or membership in the cohort does), so worked out.
    for kept in (True, False):
        for label, query in cases.items():
            timings = []
            for cohort in (small, large):
                drop = (lambda pk=cohort.pk: None) if kept else (lambda pk=cohort.pk: forget_cohorts([pk]))
                timings.append(timed_get(client, reverse("cohorts:dashboard", args=[cohort.pk]) + query, before=drop))
            (base_time, base_queries), (time_2000, queries_2000) = timings
            print(
                f"  {'kept' if kept else 'after a change'}, {label:<30} 10 learners: {base_time * 1000:7.1f} ms, "
                f"{base_queries} queries | 2,000 learners: {time_2000 * 1000:7.1f} ms, {queries_2000} queries | "
                f"ratio {time_2000 / base_time:.2f}x"
            )
            assert queries_2000 == base_queries
            assert queries_2000 <= 15, "issue 14: at most 15 queries"
            assert time_2000 < 0.3, "issue 14: a 2,000-learner dashboard in under 300 ms"


def run_export(cohort, cohort_course, file_format: str) -> tuple[float, int]:
    """Seconds to write the whole export to a temporary file, and its size in bytes."""
    start = time.perf_counter()
    table = exports.export_table(
        cohort=cohort, cohort_course=cohort_course, kind=Export.Kind.DASHBOARD, filters=DashboardFilters()
    )
    with tempfile.TemporaryFile() as handle:
        exports.write_table(handle, table, file_format=file_format)
        size = handle.tell()
    return time.perf_counter() - start, size


def peak_memory(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


EXPORT_LEARNERS = int(os.environ.get("ACADEMY_BENCH_EXPORT_LEARNERS", "100000"))
EXPORT_BASELINE = EXPORT_LEARNERS // 10


def many_learners(cohort, outline, count: int, prefix: str) -> None:
    """``count`` learners with 20 of 40 items done (three in four of them), made in batches so memory stays low."""
    batch = 5000
    for start in range(0, count, batch):
        bulk_learners(
            cohort, count=min(batch, count - start), outline=outline, done_items=20, prefix=f"{prefix}{start}-"
        )


def test_export_of_100000_learners_by_40_items(big_course, settings, tmp_path):
    settings.ACADEMY_COHORT_EXPORT_ROOT = tmp_path
    outline = course_outline(course=big_course)
    small = make_cohort(courses=[big_course], deadline_days=3, name="Baseline")
    large = make_cohort(courses=[big_course], deadline_days=3, name="Large")
    built = time.perf_counter()
    many_learners(small, outline, EXPORT_BASELINE, "base")
    many_learners(large, outline, EXPORT_LEARNERS, "large")
    built = time.perf_counter() - built
    small_course, large_course = small.cohort_courses.get(), large.cohort_courses.get()
    print(f"\nExport benchmark on {connection.vendor} ({machine()}), data built in {built:.0f} s")
    for file_format in ("csv", "xlsx"):
        base_time, base_size = run_export(small, small_course, file_format)
        large_time, large_size = run_export(large, large_course, file_format)
        base_peak = peak_memory(lambda: run_export(small, small_course, file_format))  # noqa: B023
        large_peak = peak_memory(lambda: run_export(large, large_course, file_format))  # noqa: B023
        print(
            f"  {file_format.upper():<5} {EXPORT_BASELINE:,} learners: {base_time:6.2f} s, peak "
            f"{base_peak / 2**20:6.1f} MiB, {base_size / 2**20:5.1f} MiB file | {EXPORT_LEARNERS:,} learners: "
            f"{large_time:6.2f} s, peak {large_peak / 2**20:6.1f} MiB, {large_size / 2**20:5.1f} MiB file | time "
            f"ratio {large_time / base_time:.1f}x (rows 10x), memory ratio {large_peak / base_peak:.2f}x"
        )
        assert large_time < 30, f"issue 14: an export of {EXPORT_LEARNERS:,} learners x 40 items in under 30 seconds"
        assert large_peak < base_peak * 1.5, "memory must stay flat however many rows"
