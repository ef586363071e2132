"""Learners edit their own name, organisation and job title; issued certificates keep the name they were issued with."""

import pytest
from django.urls import reverse

from academy.certificates import services as certificates
from academy.certificates.models import Certificate
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import issued_certificate

pytestmark = pytest.mark.django_db
URL = reverse("accounts_profile")


def test_the_profile_page_needs_a_signed_in_learner(client):
    assert client.get(URL)["Location"].startswith("/accounts/login/")


def test_a_learner_changes_their_details(client):
    user = UserFactory(full_name="Ann Old")
    client.force_login(user)
    response = client.post(URL, {"full_name": "  Ann New ", "organisation": "Eastshire NHS Trust", "job_title": ""})
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.full_name, user.organisation, user.job_title) == ("Ann New", "Eastshire NHS Trust", "")


def test_an_empty_name_is_refused_with_the_govuk_error_summary(client):
    user = UserFactory(full_name="Ann Old")
    client.force_login(user)
    response = client.post(URL, {"full_name": "", "organisation": "Eastshire"})
    html = response.content.decode()
    assert "<title>Error: Your details" in html
    assert "There is a problem" in html and 'href="#id_full_name"' in html
    user.refresh_from_db()
    assert user.full_name == "Ann Old"


def test_any_text_is_kept_as_text(client):
    user = UserFactory()
    client.force_login(user)
    name = "<script>alert(1)</script> Zoë O'Brien =1+1"
    client.post(URL, {"full_name": name, "organisation": "Ørsted & Co"})
    user.refresh_from_db()
    assert user.full_name == name
    html = client.get(URL).content.decode()
    assert "<script>alert(1)</script>" not in html


def test_an_issued_certificate_keeps_its_name_and_a_reissue_takes_the_new_one(client):
    user = UserFactory(full_name="Ann Old")
    certificate = issued_certificate(user=user)
    client.force_login(user)
    client.post(URL, {"full_name": "Ann New", "organisation": "Eastshire"})
    certificate.refresh_from_db()
    assert certificate.learner_name == "Ann Old"
    admin = UserFactory(is_superuser=True, is_staff=True)
    replacement = certificates.reissue_certificate(certificate=certificate, actor=admin, reason="Name changed")
    assert Certificate.objects.get(pk=replacement.pk).learner_name == "Ann New"
    assert Certificate.objects.get(pk=certificate.pk).learner_name == "Ann Old"


def test_the_account_pages_link_to_profile_download_and_delete(client):
    client.force_login(UserFactory())
    html = client.get(reverse("account_email")).content.decode()
    for url in (URL, reverse("privacy:my_data"), reverse("privacy:delete_account")):
        assert f'href="{url}"' in html
