import pytest

from academy.config import S3_ENDPOINT_INVALID, s3_storages


def test_without_a_bucket_files_stay_on_local_disk():
    assert s3_storages({}) == {}


def test_a_bucket_puts_media_certificates_and_exports_in_it_privately():
    storages = s3_storages({"ACADEMY_S3_BUCKET": "academy", "ACADEMY_S3_URL_EXPIRY": "60"})
    assert set(storages) == {"default", "certificates", "cohort_exports"}
    locations = {alias: entry["OPTIONS"]["location"] for alias, entry in storages.items()}
    assert locations == {"default": "media", "certificates": "certificates", "cohort_exports": "exports"}
    for entry in storages.values():
        assert entry["BACKEND"] == "storages.backends.s3.S3Storage"
        options = entry["OPTIONS"]
        assert options["bucket_name"] == "academy" and options["default_acl"] is None
        assert options["querystring_auth"] is True and options["querystring_expire"] == 60
        assert options["file_overwrite"] is False


def test_an_endpoint_that_is_not_a_web_address_is_refused():
    with pytest.raises(ValueError, match="ACADEMY_S3_ENDPOINT_URL"):
        s3_storages({"ACADEMY_S3_BUCKET": "academy", "ACADEMY_S3_ENDPOINT_URL": "127.0.0.1:9000"})
    assert "http://" in S3_ENDPOINT_INVALID
