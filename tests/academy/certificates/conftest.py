import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

BASE_URL = "https://academy.example.org"


@pytest.fixture(scope="session")
def badge_key_base64() -> str:
    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode()


@pytest.fixture(autouse=True)
def certificate_settings(settings, tmp_path, badge_key_base64):
    """PDFs and images in a temporary directory, a known signing key and public address, for every certificate test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "certificates")},
        },
    }
    settings.ACADEMY_BADGE_SIGNING_KEY = badge_key_base64
    settings.ACADEMY_BASE_URL = BASE_URL
    return settings
