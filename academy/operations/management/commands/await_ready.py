"""Wait until every web node says it is ready (/health/ready), optionally creating the S3 bucket first.

`make serve` runs this as the Procfile's `ready` process: it prints the addresses once the whole topology can serve,
then (with --watch) keeps checking and logs any node that stops being ready.
"""

import time
import urllib.error
import urllib.request

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

POLL_SECONDS = 1.0
WATCH_SECONDS = 30.0


class Command(BaseCommand):
    help = "Wait until each --url answers 200 (readiness); with --create-bucket, make the S3 bucket if missing."

    def add_arguments(self, parser):
        parser.add_argument("--url", action="append", required=True, help="a readiness URL (repeat for each node)")
        parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait before giving up")
        parser.add_argument("--create-bucket", action="store_true", help="create ACADEMY_S3_BUCKET if it is missing")
        parser.add_argument("--watch", action="store_true", help="keep checking after the first success")

    def handle(self, *args, url, timeout, create_bucket, watch, **options):
        deadline = time.monotonic() + timeout
        if create_bucket:
            self._ensure_bucket(deadline)
        waiting = set(url)
        while waiting:
            waiting = {address for address in waiting if not self._ready(address)}
            if waiting and time.monotonic() > deadline:
                raise CommandError(f"Not ready after {timeout:g} seconds: {', '.join(sorted(waiting))}")
            if waiting:
                time.sleep(POLL_SECONDS)
        self.stdout.write(self.style.SUCCESS("Ready: " + ", ".join(address.split("/health")[0] for address in url)))
        while watch:
            time.sleep(WATCH_SECONDS)
            for address in url:
                if not self._ready(address):
                    self.stderr.write(f"Not ready: {address}")

    @staticmethod
    def _ready(address: str) -> bool:
        try:
            with urllib.request.urlopen(address, timeout=10) as response:  # noqa: S310 - our own loopback URLs
                return response.status == 200
        except (OSError, urllib.error.URLError):
            return False

    def _ensure_bucket(self, deadline: float) -> None:
        if "S3" not in settings.STORAGES["default"]["BACKEND"]:
            return
        client = storages["default"].connection.meta.client
        bucket = settings.STORAGES["default"]["OPTIONS"]["bucket_name"]
        while True:
            try:
                names = {item["Name"] for item in client.list_buckets().get("Buckets", [])}
                if bucket not in names:
                    client.create_bucket(
                        Bucket=bucket,
                        CreateBucketConfiguration={"LocationConstraint": client.meta.region_name},
                    )
                    self.stdout.write(f"Created the bucket {bucket}")
                return
            except (BotoCoreError, ClientError) as error:
                if time.monotonic() > deadline:
                    raise CommandError(f"Object storage did not answer: {error}") from error
                time.sleep(POLL_SECONDS)
