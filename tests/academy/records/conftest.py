import pytest

from academy.records.models import LRSEndpoint
from tests.academy.records.lrs import PASSWORD, USERNAME, Ralph

BASE_URL = "https://academy.example.org"


@pytest.fixture(autouse=True)
def records_settings(settings, tmp_path):
    """A known public address; certificates issued on completion go to a temporary directory."""
    settings.ACADEMY_BASE_URL = BASE_URL
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "certificates")},
        },
    }
    settings.ACADEMY_XAPI_ACTOR = "mbox_sha1sum"
    settings.ACADEMY_XAPI_TIMEOUT = 5
    return settings


@pytest.fixture(scope="session")
def ralph(tmp_path_factory):
    """Ralph's LRS on loopback for the whole session (about a second to start)."""
    server = Ralph(tmp_path_factory.mktemp("ralph"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def lrs(ralph, db):
    """Ralph, running, with an endpoint for it in the admin's table."""
    if ralph.process is None:
        ralph.start()
    endpoint = LRSEndpoint.objects.create(name="Ralph", url=ralph.url, username=USERNAME, password=PASSWORD)
    ralph.endpoint = endpoint
    return ralph
