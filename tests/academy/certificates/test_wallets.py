"""Credentials that wallets, backpacks and verifiers accept: the Open Badges 3.0 schema, published keys, baked images,
and revocations that reach holders and verifiers at once."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.urls import reverse
from jsonschema import Draft201909Validator

from academy.certificates import badges, baking, services
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import issued_certificate
from tests.academy.certificates.test_badges import b64url_json

pytestmark = pytest.mark.django_db

BASE = "https://academy.example.org"
SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "ob_v3p0_achievementcredential_schema.json").read_text())


@pytest.fixture
def certificate():
    return issued_certificate()


@pytest.fixture
def owner_client(client, certificate):
    client.force_login(certificate.enrolment.user)
    return client


def _schema_errors(credential: dict) -> list[str]:
    return [error.message for error in Draft201909Validator(SCHEMA).iter_errors(credential)]


def test_the_credential_is_valid_against_the_open_badges_3_schema(certificate):
    assert _schema_errors(badges.decode_credential(certificate.credential_jwt)) == []


def test_the_schema_check_can_fail():
    credential = badges.decode_credential(issued_certificate(slug="broken").credential_jwt)
    del credential["credentialSubject"]["achievement"]["criteria"]
    credential["@context"] = ["https://www.w3.org/2018/credentials/v1"]
    assert len(_schema_errors(credential)) >= 2


def test_the_jose_header_has_the_vc_jose_cose_types(certificate):
    header = b64url_json(certificate.credential_jwt.split(".")[0])
    assert (header["typ"], header["cty"]) == ("vc+jwt", "vc")


@pytest.mark.parametrize("url", ["/.well-known/jwks.json", "/certificates/issuer/jwks.json"])
def test_the_issuers_keys_are_published_as_a_jwks_holding_each_badges_kid(client, certificate, url):
    response = client.get(url)
    assert response["Content-Type"] == "application/jwk-set+json"
    keys = response.json()["keys"]
    kid = b64url_json(certificate.credential_jwt.split(".")[0])["kid"]
    assert [key["kid"] for key in keys] == [kid.rsplit("/", 2)[-2]]
    assert all("d" not in key for key in keys)


def test_the_issuer_profile_names_the_signing_key_as_its_verification_method(client, certificate):
    profile = client.get(reverse("certificates:issuer")).json()
    [method] = profile["verificationMethod"]
    header = b64url_json(certificate.credential_jwt.split(".")[0])
    assert method["id"] == header["kid"]
    assert method["controller"] == profile["id"]
    assert method["publicKeyJwk"] == header["jwk"]
    assert "d" not in method["publicKeyJwk"]


def test_the_achievement_has_an_image_and_criteria_with_an_address(client, certificate):
    achievement = badges.decode_credential(certificate.credential_jwt)["credentialSubject"]["achievement"]
    assert achievement["criteria"]["narrative"]
    assert achievement["criteria"]["id"].startswith(f"{BASE}/")
    assert achievement["image"]["type"] == "Image"
    image = client.get(achievement["image"]["id"].removeprefix(BASE))
    assert image["Content-Type"] == "image/png"
    assert image.content.startswith(baking.PNG_SIGNATURE)


def test_the_png_badge_carries_the_signed_credential_once(owner_client, certificate):
    response = owner_client.get(reverse("certificates:badge_png", kwargs={"code": certificate.code}))
    assert response["Content-Type"] == "image/png"
    png = response.content
    assert baking.unbake_png(png) == certificate.credential_jwt
    assert badges.verify_credential(baking.unbake_png(png)).valid
    assert sum(1 for kind, data, _ in baking._chunks(png) if data.startswith(b"openbadgecredential\x00")) == 1
    assert baking.unbake_png(baking.bake_png(png, "x.y.z")) == "x.y.z"  # baking again replaces, never duplicates


def test_the_svg_badge_carries_the_signed_credential_right_after_the_svg_tag(owner_client, certificate):
    response = owner_client.get(reverse("certificates:badge_svg", kwargs={"code": certificate.code}))
    assert response["Content-Type"] == "image/svg+xml"
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    first = root[0]
    assert first.tag == "{https://purl.imsglobal.org/ob/v3p0}credential"
    assert first.attrib["verify"] == certificate.credential_jwt
    assert len(root.findall("{https://purl.imsglobal.org/ob/v3p0}credential")) == 1


def test_the_json_download_says_it_is_the_unsigned_payload(owner_client, certificate):
    response = owner_client.get(reverse("certificates:badge", kwargs={"code": certificate.code}))
    assert "unsigned-payload" in response["Content-Disposition"]
    page = owner_client.get(reverse("certificates:list")).content.decode()
    assert "unsigned contents of the signed badge" in page
    assert reverse("certificates:badge_png", kwargs={"code": certificate.code}) in page
    assert reverse("certificates:badge_svg", kwargs={"code": certificate.code}) in page


@pytest.mark.parametrize("name", ["certificates:badge_png", "certificates:badge_svg"])
def test_another_learner_cannot_download_my_baked_badge(client, certificate, name):
    client.force_login(UserFactory())
    assert client.get(reverse(name, kwargs={"code": certificate.code})).status_code == 404


def test_revoking_emails_the_holder_with_the_reason(certificate, mailoutbox, django_capture_on_commit_callbacks):
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke_certificate(certificate=certificate, actor=UserFactory(), reason="Issued in error here")
    [message] = mailoutbox
    assert message.to == [certificate.enrolment.user.email]
    assert "revoked" in message.subject
    assert "Issued in error here" in message.body


def test_reissuing_emails_the_holder_with_the_reason(certificate, mailoutbox, django_capture_on_commit_callbacks):
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        replacement = services.reissue_certificate(certificate=certificate, actor=None, reason="Name corrected")
    [message] = mailoutbox
    assert message.to == [certificate.enrolment.user.email]
    assert replacement.code in message.body
    assert "Name corrected" in message.body


def _revoked_in_list(client, certificate) -> bool:
    status = badges.decode_credential(certificate.credential_jwt)["credentialStatus"]
    response = client.get(status["statusListCredential"].removeprefix(BASE))
    assert "no-cache" in response["Cache-Control"]
    encoded = badges.verify_credential(response.content.decode()).credential["credentialSubject"]["encodedList"]
    return badges.status_bit(encoded, int(status["statusListIndex"]))


def test_the_status_list_shows_a_revocation_at_once(client, certificate):
    assert _revoked_in_list(client, certificate) is False
    services.revoke_certificate(certificate=certificate, actor=None, reason="Withdrawn")
    assert _revoked_in_list(client, certificate) is True


def test_the_status_list_shows_a_replacement_at_once(client, certificate):
    assert _revoked_in_list(client, certificate) is False
    services.reissue_certificate(certificate=certificate, actor=None, reason="Name corrected")
    assert _revoked_in_list(client, certificate) is True
