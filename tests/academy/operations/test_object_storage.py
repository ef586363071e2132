"""Certificates, exports and media in a private S3 bucket (moto's S3 server on loopback), served only after the access
check; storage down means a clear "try again" page, and the certificate is issued when storage returns."""

import base64

import pytest
from botocore.exceptions import BotoCoreError
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.urls import reverse
from redis.exceptions import ConnectionError as RedisConnectionError

from academy.certificates.models import Certificate
from academy.certificates.services import issue_certificate
from academy.cohorts.models import Export
from academy.cohorts.services import exports
from academy.operations.middleware import ServiceUnavailableMiddleware
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import complete_course
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"


@pytest.fixture(autouse=True)
def certificate_settings(settings, badge_key_base64):
    settings.ACADEMY_BADGE_SIGNING_KEY = badge_key_base64
    settings.ACADEMY_BASE_URL = "https://academy.example.org"


@pytest.fixture(scope="session")
def badge_key_base64() -> str:
    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode()


@pytest.fixture
def course(db):
    return make_course(modules=1, lessons=1, slug="stored")


def grants(s3, key: str) -> set[str]:
    acl = s3.client.get_object_acl(Bucket=s3.bucket, Key=key)
    return {grant["Grantee"].get("URI", "owner") for grant in acl["Grants"]}


def test_a_certificate_pdf_is_stored_privately_in_the_bucket_and_streamed_to_its_owner_only(
    s3, course, client, django_capture_on_commit_callbacks
):
    learner = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(learner, course)
    certificate = Certificate.objects.get()
    key = f"certificates/{certificate.pdf.name}"
    assert s3.client.head_object(Bucket=s3.bucket, Key=key)["ContentLength"] > 1000
    assert ALL_USERS not in grants(s3, key)
    client.force_login(learner)
    response = client.get(reverse("certificates:pdf", args=[certificate.code]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "no-store" in response["Cache-Control"]
    client.force_login(UserFactory())
    assert client.get(reverse("certificates:pdf", args=[certificate.code])).status_code == 404


def test_urls_the_storage_hands_out_are_signed_and_short_lived(s3):
    name = storages["default"].save("images/lesson.png", ContentFile(b"\x89PNG..."))
    url = storages["default"].url(name)
    assert url.startswith(f"{s3.endpoint}/{s3.bucket}/media/images/")
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=120" in url
    assert ALL_USERS not in grants(s3, f"media/{name}")


def test_an_export_is_written_to_the_bucket_and_collected_by_the_cohorts_lead(s3, course, client):
    lead = make_lead()
    cohort = make_cohort(courses=[course], leads=[lead])
    add_learner(cohort, full_name="Alice Ahead")
    job = Export.objects.create(cohort=cohort, course=course, requested_by=lead)
    exports.run_export(export_id=job.pk)
    job.refresh_from_db()
    assert job.status == Export.Status.READY
    assert s3.client.head_object(Bucket=s3.bucket, Key=f"exports/{job.file.name}")
    client.force_login(lead)
    response = client.get(reverse("cohorts:export_download", args=[cohort.pk, job.pk]))
    assert "Alice Ahead" in b"".join(response.streaming_content).decode("utf-8-sig")
    client.force_login(make_lead())
    assert client.get(reverse("cohorts:export_download", args=[cohort.pk, job.pk])).status_code == 404


def test_storage_down_shows_a_clear_try_again_page_and_the_certificate_is_issued_when_it_returns(
    s3, course, client, django_capture_on_commit_callbacks
):
    learner = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete_course(learner, course)
    certificate = Certificate.objects.get()
    other = UserFactory()
    other_course = make_course(modules=1, lessons=1, slug="stored-later")
    s3.stop()
    client.force_login(learner)
    response = client.get(reverse("certificates:pdf", args=[certificate.code]))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Try again in a minute" in response.content.decode()
    # A course completed while storage is down: issuing fails (the task retries) and leaves nothing half-made.
    later = complete_course(other, other_course)
    with pytest.raises(BotoCoreError):
        issue_certificate(enrolment_id=later.pk)
    assert not Certificate.objects.filter(enrolment=later).exists()
    s3.start()
    assert issue_certificate(enrolment_id=later.pk).pdf.name
    assert Certificate.objects.filter(enrolment__in=[enrolment, later]).count() == 2
    assert client.get(reverse("certificates:pdf", args=[certificate.code])).status_code == 200


def test_with_media_in_object_storage_the_security_policy_lets_pages_show_its_images(client, settings):
    settings.ACADEMY_MEDIA_ORIGIN = "http://127.0.0.1:9100"
    policy = client.get("/health/live")["Content-Security-Policy"]
    assert "img-src 'self' data: http://127.0.0.1:9100;" in policy
    assert "default-src 'self';" in policy


@pytest.mark.parametrize(
    "outage",
    [
        pytest.param(RedisConnectionError("Redis is restarting"), id="redis"),
        pytest.param(BotoCoreError(), id="storage"),
    ],
)
def test_an_outage_met_inside_a_view_gives_the_try_again_page(rf, outage):
    response = ServiceUnavailableMiddleware(lambda request: None).process_exception(rf.get("/"), outage)
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "Sorry, the service is unavailable" in response.content.decode()


def test_a_fault_in_the_service_itself_is_not_disguised_as_an_outage(rf):
    assert ServiceUnavailableMiddleware(lambda request: None).process_exception(rf.get("/"), KeyError("bug")) is None
