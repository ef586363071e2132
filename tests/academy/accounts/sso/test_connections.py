"""Your account > Organisation sign-in: link an organisation's sign-in while signed in, see it, remove it."""

import pytest
from allauth.socialaccount.models import SocialAccount

from tests.academy.accounts.factories import UserFactory
from tests.academy.accounts.sso.conftest import sign_in_through_provider

pytestmark = pytest.mark.django_db

PAGE = "/accounts/3rdparty/"


def test_a_signed_in_person_links_a_sign_in_whose_email_the_provider_did_not_verify(client, oidc, northshire):
    user = UserFactory(email="carl@northshire.gov.uk")
    client.force_login(user)
    assert "Link Northshire County Council" in client.get(PAGE).content.decode()

    response = sign_in_through_provider(client, oidc, account="carl", process="connect")

    assert response.status_code == 302 and response["Location"] == PAGE
    assert SocialAccount.objects.get().user == user
    page = client.get(PAGE).content.decode()
    assert "Northshire County Council" in page and "carl@northshire.gov.uk" in page


def test_linking_still_refuses_an_email_outside_the_providers_domains(client, oidc, northshire):
    client.force_login(UserFactory(email="someone@northshire.gov.uk"))
    response = sign_in_through_provider(client, oidc, account="dina", process="connect")
    assert response.status_code == 403
    assert not SocialAccount.objects.exists()


def test_removing_a_linked_sign_in(client, oidc, northshire):
    user = UserFactory(email="carl@northshire.gov.uk")
    client.force_login(user)
    sign_in_through_provider(client, oidc, account="carl", process="connect")

    response = client.post(PAGE, {"account": SocialAccount.objects.get().pk})

    assert response.status_code == 302
    assert not SocialAccount.objects.exists()


def test_nobody_can_remove_another_persons_linked_sign_in(client, oidc, northshire):
    owner = UserFactory(email="carl@northshire.gov.uk")
    client.force_login(owner)
    sign_in_through_provider(client, oidc, account="carl", process="connect")
    client.force_login(UserFactory())

    response = client.post(PAGE, {"account": SocialAccount.objects.get().pk})

    assert response.status_code == 200 and "There is a problem" in response.content.decode()
    assert SocialAccount.objects.get().user == owner
