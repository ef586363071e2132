from tests.academy.certificates.conftest import badge_key_base64, certificate_settings  # noqa: F401 - PDFs in tmp
