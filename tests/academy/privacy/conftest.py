import pytest

from tests.academy.certificates.conftest import badge_key_base64, certificate_settings  # noqa: F401 - PDFs in tmp


@pytest.fixture(autouse=True)
def _exports_in_tmp(settings, tmp_path):
    settings.ACADEMY_COHORT_EXPORT_ROOT = tmp_path / "exports"
