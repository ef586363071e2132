import uuid

import pytest
from django.core.files.storage import storages
from moto.server import ThreadedMotoServer

from academy.cohorts.models import Export
from academy.config import s3_storages


class S3Server:
    """moto's S3 API server on loopback, in a thread; stop() and start() it to take object storage away and back."""

    def __init__(self):
        self.port = 0
        self._server = None

    def start(self) -> None:
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self._server.start()
        self.port = self._server.get_host_and_port()[1]  # the same port again after a stop (moto keeps its data)

    def stop(self) -> None:
        self._server.stop()
        self._server._server.server_close()  # refuse connections at once instead of leaving them queued

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="session")
def s3_server():
    server = S3Server()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def s3(s3_server, settings, monkeypatch):
    """Every file store on a fresh private bucket of the moto server, as production configures them."""
    if s3_server._server._server is None or not s3_server._server._thread.is_alive():
        s3_server.start()
    bucket = f"academy-test-{uuid.uuid4().hex[:12]}"
    environ = {
        "ACADEMY_S3_BUCKET": bucket,
        "ACADEMY_S3_ENDPOINT_URL": s3_server.endpoint,
        "ACADEMY_S3_URL_EXPIRY": "120",
    }
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    settings.STORAGES = {**settings.STORAGES, **s3_storages(environ)}
    client = storages["default"].connection.meta.client
    client.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    # The export field's storage is chosen when the model loads: point it at the bucket for this test.
    monkeypatch.setattr(Export._meta.get_field("file"), "storage", storages["cohort_exports"])
    s3_server.client = client
    s3_server.bucket = bucket
    yield s3_server
    if s3_server._server._thread.is_alive():
        return
    s3_server.start()  # a test that took storage away gives it back to the next
