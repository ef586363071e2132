"""The soak: a cohort's realistic mix under locust (headless) against two web nodes, a worker and S3 on loopback.

Reports throughput and p50/p95/p99 beside a bare one-view Django app under the same gunicorn settings in the same run,
and checks that no request failed with a server error, no quiz submission was lost and each web worker's memory
stayed flat. Needs PostgreSQL and Redis (DATABASE_URL, REDIS_URL); length: ACADEMY_SOAK_SECONDS (150).
"""

import base64
import csv
import io
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import boto3
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from django.core.management import call_command

from academy.certificates.services import issue_certificate
from academy.config import s3_storages
from assessments.models import Attempt, QuizPage
from courses.models import LessonPage
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.academy.certificates.factories import complete_course
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.academy.operations.conftest import S3Server
from tests.courses.factories import make_course
from tests.perf.conftest import machine
from tests.production.topology import LOGS, Node, Worker, process_env
from tests.worker import ROOT

pytestmark = [pytest.mark.perf, pytest.mark.django_db(transaction=True)]
LEARNERS = 10
SECONDS = int(os.environ.get("ACADEMY_SOAK_SECONDS", "150"))
BASELINE_SECONDS = 20
MEMORY_GROWTH_ALLOWED = 1.2  # measured after warming up: flat, give or take the allocator


@pytest.fixture
def topology(settings, tmp_path, monkeypatch):
    if not (settings.DATABASES["default"]["ENGINE"].endswith("postgresql") and settings.REDIS_URL):
        pytest.skip("the soak needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)")
    s3 = S3Server()
    s3.start()
    bucket = f"soak-{uuid.uuid4().hex[:8]}"
    s3_env = {
        "ACADEMY_S3_BUCKET": bucket,
        "ACADEMY_S3_ENDPOINT_URL": s3.endpoint,
        "AWS_ACCESS_KEY_ID": "soak",
        "AWS_SECRET_ACCESS_KEY": "soak",
    }
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "soak")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "soak")
    boto3.client("s3", endpoint_url=s3.endpoint, region_name="eu-west-2").create_bucket(
        Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
    )
    settings.STORAGES = {**settings.STORAGES, **s3_storages(s3_env)}
    key = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    settings.ACADEMY_BADGE_SIGNING_KEY = base64.b64encode(key).decode()
    env = process_env(
        cache_url=settings.CACHES["default"]["LOCATION"],
        s3_env=s3_env,
        email_dir=tmp_path,
        badge_key=settings.ACADEMY_BADGE_SIGNING_KEY,
    )
    env["LOG_LEVEL"] = "WARNING"  # the soak measures the service, not its logging to a file
    processes = [Node("soak-a", env), Node("soak-b", env), Worker(env, name="soak-worker")]
    bare = [Node(f"bare-{n}", env, app="tests.perf.bare_wsgi", probe="/") for n in "ab"]
    yield type("Topology", (), {"nodes": processes[:2], "bare": bare})
    for process in [*processes, *bare]:
        process.stop()
    s3.stop()


def plan_the_cohort(tmp_path) -> dict:
    call_command("load_demo", stdout=io.StringIO())
    QuizPage.objects.update(attempts_allowed=0)  # learners may take each quiz again and again during the soak
    lead = make_lead()
    certified = make_course(modules=1, lessons=1, slug="soak-certified")
    course = QuizPage.objects.live().first().get_parent().get_parent().specific
    cohort = make_cohort(courses=[course], leads=[lead])
    learners = []
    for _ in range(LEARNERS):
        user = UserFactory()
        add_learner(cohort, user=user)
        certificate = issue_certificate(enrolment_id=complete_course(user, certified).pk)
        learners.append({"email": user.email, "certificate": certificate.code})
    return {
        "password": PASSWORD,
        "learners": learners,
        "lead": lead.email,
        "cohort": cohort.pk,
        "lessons": [{"id": page.pk, "url": page.url} for page in LessonPage.objects.live().descendant_of(course)],
        "quizzes": list(QuizPage.objects.live().descendant_of(course).values_list("pk", flat=True)),
        "submissions_log": str(tmp_path / "submissions.log"),
    }


def run_locust(plan_file, *, users: str, seconds: int, classes: list[str], prefix, during=None) -> dict:
    """Run locust headless; ``during`` is called once a third of the way through (e.g. to sample memory)."""
    command = [
        sys.executable, "-m", "locust", "-f", str(ROOT / "tests" / "perf" / "locustfile.py"), "--headless",
        "-u", users, "-r", "5", "-t", f"{seconds}s", "--csv", str(prefix), "--only-summary", "--stop-timeout", "10",
        *classes,
    ]  # fmt: skip
    LOGS.mkdir(parents=True, exist_ok=True)
    with open(LOGS / f"{prefix.name}-locust.log", "w") as log:
        environ = {**os.environ, "ACADEMY_SOAK_PLAN": str(plan_file)}
        process = subprocess.Popen(command, env=environ, stdout=log, stderr=log)
        if during is not None:
            try:
                process.wait(timeout=seconds / 3)
            except subprocess.TimeoutExpired:
                during()
        process.wait(timeout=seconds + 120)
    with open(f"{prefix}_stats.csv") as handle:
        rows = {row["Name"]: row for row in csv.DictReader(handle)}
    with open(f"{prefix}_failures.csv") as handle:
        failures = list(csv.DictReader(handle))
    return {"rows": rows, "failures": failures}


def figures(row: dict) -> str:
    return (
        f"{float(row['Requests/s']):.1f} req/s, p50 {row['50%']} ms, p95 {row['95%']} ms, p99 {row['99%']} ms "
        f"({row['Request Count']} requests)"
    )


def test_a_cohort_soak_on_two_nodes_serves_everything_and_loses_nothing(topology, tmp_path):
    plan = plan_the_cohort(tmp_path)
    plan["nodes"] = [node.url for node in topology.nodes]
    plan["bare_nodes"] = [node.url for node in topology.bare]
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan))
    users = str(LEARNERS + 1)

    baseline = run_locust(plan_file, users=users, seconds=BASELINE_SECONDS, classes=["Bare"], prefix=tmp_path / "bare")
    memory_before = []  # a third of the way in, once the workers have warmed up

    def sample_memory():
        memory_before.extend(node.worker_rss_kib() for node in topology.nodes)

    soak = run_locust(
        plan_file,
        users=users,
        seconds=SECONDS,
        classes=["Learner", "Lead"],
        prefix=tmp_path / "soak",
        during=sample_memory,
    )
    memory_after = [node.worker_rss_kib() for node in topology.nodes]

    bare_row, total = baseline["rows"]["Aggregated"], soak["rows"]["Aggregated"]
    ratio = float(total["Requests/s"]) / float(bare_row["Requests/s"])
    print(
        f"\n[bench] soak on {machine()}: {users} users for {SECONDS}s on two nodes (1 gunicorn worker, 4 threads each)"
    )
    print(f"[bench] bare one-view Django app, same gunicorn settings: {figures(bare_row)}")
    print(f"[bench] soak, all requests: {figures(total)} = {ratio:.3f} x bare throughput")
    for name, row in sorted(soak["rows"].items()):
        if name != "Aggregated":
            print(f"[bench]   {name}: {figures(row)}, {row['Failure Count']} failed")
    print(f"[bench] web workers' memory (KiB) a third of the way in {memory_before}, at the end {memory_after}")

    server_errors = [f for f in soak["failures"] if "50" in f["Error"] or "Internal" in f["Error"]]
    assert server_errors == [], server_errors
    assert int(total["Request Count"]) > 0
    log = Path(plan["submissions_log"])
    submitted = set(log.read_text().split()) if log.exists() else set()
    stored = {
        str(pk)
        for pk in Attempt.objects.filter(pk__in=submitted, state=Attempt.State.SUBMITTED).values_list("pk", flat=True)
    }
    print(f"[bench] quiz submissions answered with a result: {len(submitted)}, stored as submitted: {len(stored)}")
    assert stored == submitted
    for before, after in zip(memory_before, memory_after, strict=True):
        assert max(after) <= MEMORY_GROWTH_ALLOWED * max(before)
