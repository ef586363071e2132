"""No third-party requests carry personal data: Wagtail's admin never points avatars at Gravatar."""

import pytest

from tests.academy.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/admin/", "/admin/account/", "/admin/users/"])
def test_no_admin_page_refers_to_gravatar(client, path):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.get(path)
    assert response.status_code == 200
    assert b"gravatar" not in response.content.lower()
