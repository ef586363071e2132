"""Requests a second for the main pages in production mode (DEBUG off, whitenoise, cached templates, PostgreSQL and
Redis) on gunicorn with 2 sync workers, each as a ratio to a bare one-view Django app under the same gunicorn settings
in the same run (measured before and after the pages; their mean is the baseline). Issue 14's targets are asserted.

Needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL); ``make bench`` sets both. Seconds a page:
ACADEMY_BENCH_SECONDS (6). Only some pages: ACADEMY_BENCH_PAGES, words any of which the label must contain (e.g.
"anonymous" or "lesson,course"). The machine's load is printed with the figures: ratios on a shared machine are noisy.
"""

import base64
import io
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core.management import call_command

from academy.accounts.demo import DEMO_PASSWORD
from academy.cohorts.models import Cohort
from courses.models import CoursePage, LessonPage
from tests.perf.conftest import machine
from tests.perf.load import hammer
from tests.production.topology import Browser, Node, process_env

pytestmark = [pytest.mark.perf, pytest.mark.django_db(transaction=True)]
SECONDS = float(os.environ.get("ACADEMY_BENCH_SECONDS", "6"))
GUNICORN = {"workers": 2, "threads": 1}  # 2 sync workers
ANONYMOUS_TARGET, SIGNED_IN_TARGET = 0.4, 0.1
ONLY = [word.strip() for word in os.environ.get("ACADEMY_BENCH_PAGES", "").split(",") if word.strip()]


def production_env(settings, tmp_path) -> dict:
    if not (settings.DATABASES["default"]["ENGINE"].endswith("postgresql") and settings.REDIS_URL):
        pytest.skip("the production-mode benchmark needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)")
    key = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    env = process_env(
        cache_url=settings.CACHES["default"]["LOCATION"],
        s3_env={},
        email_dir=tmp_path,
        badge_key=base64.b64encode(key).decode(),
    )
    env["LOG_LEVEL"] = "WARNING"  # the service, not its logging to a file
    return env


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def signed_in(node: Node, email: str) -> dict:
    """The session cookies of ``email`` signed in on ``node`` (whose password hasher is the fast one of the tests)."""
    get_user_model().objects.filter(email=email).update(password=MD5PasswordHasher().encode(DEMO_PASSWORD, "bench"))
    browser = Browser()
    browser.sign_in(node, email, DEMO_PASSWORD)
    return dict(browser.cookies)


def test_pages_against_a_bare_django_view(settings, tmp_path):
    env = production_env(settings, tmp_path)
    call_command("load_demo", stdout=io.StringIO())
    course = CoursePage.objects.live().order_by("path").first()
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path")[2]
    module = lesson.get_parent()
    cohort = Cohort.objects.order_by("pk").first()
    app = Node("bench-app", env, **GUNICORN)
    bare = Node("bench-bare", env, app="tests.perf.bare_wsgi", probe="/", **GUNICORN)
    for node in (app, bare):
        node.wait_until_workers_idle(GUNICORN["workers"])
    try:
        learner = signed_in(app, "learner@academy.example")
        lead = signed_in(app, "lead@academy.example")
        pages = [
            ("anonymous home (catalogue)", "/", None, ANONYMOUS_TARGET),
            ("anonymous course catalogue", "/courses/", None, ANONYMOUS_TARGET),
            ("anonymous course", course.url, None, ANONYMOUS_TARGET),
            ("anonymous module", module.url, None, ANONYMOUS_TARGET),
            ("anonymous lesson", lesson.url, None, ANONYMOUS_TARGET),
            ("signed-in lesson", lesson.url, learner, SIGNED_IN_TARGET),
            ("signed-in course", course.url, learner, SIGNED_IN_TARGET),
            ("signed-in My learning", "/my-learning/", learner, SIGNED_IN_TARGET),
            ("demo cohort dashboard (lead)", f"/cohorts/{cohort.pk}/", lead, SIGNED_IN_TARGET),
        ]
        pages = [page for page in pages if not ONLY or any(word in page[0] for word in ONLY)]
        load_before = load_average()
        before = hammer(bare.url + "/", seconds=SECONDS)
        results = [
            (label, hammer(app.url + url, seconds=SECONDS, cookies=cookies), target)
            for label, url, cookies, target in pages
        ]
        after = hammer(bare.url + "/", seconds=SECONDS)
    finally:
        app.stop()
        bare.stop()
    baseline = (before.rate + after.rate) / 2
    print(f"\n[bench] pages vs a bare Django view on {machine()}; gunicorn 2 sync workers, 4 client processes")
    print(f"[bench] load average (1, 5, 15 min) before: {load_before}")
    print(f"[bench] bare view before: {before.summary()}")
    print(f"[bench] bare view after:  {after.summary()}")
    missed = []
    for label, result, target in results:
        ratio = result.rate / baseline
        verdict = "ok" if ratio >= target else "MISSED"
        print(f"[bench] {label:<30} {result.summary()} = {ratio:.3f}x bare (target {target}x) {verdict}")
        assert not result.failures, (label, result.failures[:5])
        if ratio < target:
            missed.append(f"{label}: {ratio:.3f}x < {target}x")
    print(f"[bench] load average after: {load_average()}")
    assert not missed, missed
