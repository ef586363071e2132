"""Where a request's time goes: cProfile over the real request (Django's test client, DEBUG off, cached templates) for
the demo's anonymous and signed-in lesson page, My learning and the lead's cohort dashboard.

Prints, for each page, the queries one request makes and the functions with the most time of their own and in total.
Run with ``make bench``, or on its own: ``ACADEMY_BENCH=1 pytest tests/perf/test_profile.py -s``.
"""

import cProfile
import io
import pstats
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from academy.accounts.models import User
from academy.cohorts.models import Cohort
from courses.models import LessonPage
from tests.perf.conftest import machine

pytestmark = [pytest.mark.perf, pytest.mark.django_db]
RUNS = 30
TOP = 18


def profile(client, url: str) -> str:
    assert client.get(url).status_code == 200  # warm: Wagtail's site cache, templates, the page cache
    queries = []

    def record(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        client.get(url)
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    for _ in range(RUNS):
        client.get(url)
    profiler.disable()
    per_request = (time.perf_counter() - start) / RUNS * 1000
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(TOP)
    stats.sort_stats("cumulative").print_stats(TOP + 20)
    lines = [f"{url}: {per_request:.1f} ms a request under the profiler, {len(queries)} queries"]
    lines += [f"    {query[:150]}" for query in queries]
    return "\n".join(lines) + "\n" + out.getvalue()


def test_profile_the_main_pages(client, settings):
    settings.DEBUG = False
    call_command("load_demo", stdout=io.StringIO())
    lesson = LessonPage.objects.live().order_by("path")[2]
    cohort = Cohort.objects.order_by("pk").first()
    pages = [("anonymous lesson", None, lesson.url)]
    pages += [("signed-in lesson", "learner@academy.example", lesson.url)]
    pages += [("My learning", "learner@academy.example", reverse("learning:dashboard"))]
    pages += [("lead dashboard", "lead@academy.example", reverse("cohorts:dashboard", args=[cohort.pk]))]
    report = [f"Profile on {connection.vendor} ({machine()})"]
    for label, email, url in pages:
        client.logout()
        if email:
            client.force_login(User.objects.get(email=email))
        report.append(f"=== {label} ===\n" + profile(client, url))
    text = "\n".join(report)
    settings.BASE_DIR.joinpath("var").mkdir(exist_ok=True)
    settings.BASE_DIR.joinpath("var", "perf-profile.txt").write_text(text)
    print(text)
