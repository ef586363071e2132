import base64
import uuid

import pytest
import redis
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from django.conf import settings

from academy.celery import app as celery_app
from tests.academy.operations.conftest import S3Server
from tests.production.topology import Node, Worker, process_env


def pytest_collection_modifyitems(items):
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql") and settings.REDIS_URL:
        return
    skip = pytest.mark.skip(reason="the production topology needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)")
    for item in items:
        if "tests/production/" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def topology(django_db_setup, django_db_blocker, tmp_path_factory):
    """Two web nodes and an S3 server; each test starts the workers it needs."""
    s3 = S3Server()
    s3.start()
    bucket = f"academy-{uuid.uuid4().hex[:8]}"
    s3_env = {
        "ACADEMY_S3_BUCKET": bucket,
        "ACADEMY_S3_ENDPOINT_URL": s3.endpoint,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }
    import boto3

    boto3.client("s3", endpoint_url=s3.endpoint, region_name="eu-west-2", **_keys(s3_env)).create_bucket(
        Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
    )
    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    email_dir = tmp_path_factory.mktemp("topology-emails")
    with django_db_blocker.unblock():
        env = process_env(
            cache_url=settings.CACHES["default"]["LOCATION"],
            s3_env=s3_env,
            email_dir=email_dir,
            badge_key=base64.b64encode(raw).decode(),
        )
    nodes = [Node("node-a", env), Node("node-b", env)]
    yield type("Topology", (), {"a": nodes[0], "b": nodes[1], "env": env, "s3": s3, "email_dir": email_dir})
    for node in nodes:
        node.stop()
    s3.stop()


def _keys(env: dict) -> dict:
    return {"aws_access_key_id": env["AWS_ACCESS_KEY_ID"], "aws_secret_access_key": env["AWS_SECRET_ACCESS_KEY"]}


@pytest.fixture(autouse=True)
def _tasks_go_to_the_broker():
    """Anything this process queues goes to the real broker, as the web nodes' tasks do; each test starts with an
    empty queue, so no worker picks up an earlier test's task (a retry, or one a stopped worker handed back)."""
    celery_app.conf.task_always_eager = False
    celery_app.control.purge()
    redis.Redis.from_url(settings.REDIS_URL).delete("unacked", "unacked_index", "unacked_mutex")
    yield
    celery_app.conf.task_always_eager = True


@pytest.fixture
def worker(topology):
    process = Worker(topology.env, name="worker")
    yield process
    process.stop()


@pytest.fixture
def start_worker(topology):
    started = []

    def start(**kwargs):
        process = Worker(topology.env, **kwargs)
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()
