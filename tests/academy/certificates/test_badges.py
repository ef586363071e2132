"""Open Badges 3.0: the credential's shape, its VC-JWT signature, the issuer profile and the signing key."""

import base64
import hashlib
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import timezone
from jwcrypto import jwk, jws

from academy.certificates import badges
from academy.certificates.checks import badge_signing_key_check
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import CertificatePolicyFactory, issued_certificate

pytestmark = pytest.mark.django_db

BASE = "https://academy.example.org"


def b64url_json(part: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def b64url(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


@pytest.fixture
def certificate():
    return issued_certificate(user=UserFactory(email="lee.brown@council.gov.uk"))


@pytest.fixture
def credential(certificate):
    return badges.decode_credential(certificate.credential_jwt)


def test_the_credential_has_the_vc_2_and_open_badges_3_contexts_and_types(credential, certificate):
    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["id"] == f"urn:uuid:{certificate.credential_id}"
    assert credential["validFrom"].endswith("Z")
    assert "issuanceDate" not in credential  # VC 2.0 uses validFrom


def test_the_issuer_is_a_profile_at_the_stable_issuer_url(credential):
    assert credential["issuer"]["id"] == f"{BASE}/certificates/issuer/"
    assert credential["issuer"]["type"] == ["Profile"]
    assert credential["issuer"]["name"] == "Commissioning Academy"


def test_the_achievement_names_the_course_with_a_description_and_criteria(credential, certificate):
    achievement = credential["credentialSubject"]["achievement"]
    course = certificate.enrolment.course
    assert achievement["id"] == f"{BASE}/certificates/achievements/{course.pk}/"
    assert achievement["type"] == ["Achievement"]
    assert achievement["name"] == course.title
    assert achievement["description"] == course.summary
    assert achievement["criteria"]["narrative"]
    assert credential["credentialSubject"]["type"] == ["AchievementSubject"]


def test_the_learner_is_identified_only_by_a_salted_hash_of_their_email(credential, certificate):
    identity = credential["credentialSubject"]["identifier"][0]
    assert identity["type"] == "IdentityObject"
    assert identity["identityType"] == "emailAddress"
    assert identity["hashed"] is True
    expected = hashlib.sha256(("lee.brown@council.gov.uk" + identity["salt"]).encode()).hexdigest()
    assert identity["identityHash"] == f"sha256${expected}"
    assert "lee.brown" not in certificate.credential_jwt and "lee.brown" not in json.dumps(credential)


def test_a_policy_with_a_validity_period_gives_the_credential_a_valid_until(db):
    from tests.courses.factories import make_course

    course = make_course(modules=1, lessons=1, slug="expiring")
    CertificatePolicyFactory(course=course, validity_days=730, recertification_window_days=60)
    credential = badges.decode_credential(issued_certificate(course=course).credential_jwt)
    assert credential["validUntil"] > credential["validFrom"]


def test_the_signature_verifies_with_the_key_the_header_points_to(client, certificate, credential):
    header = b64url_json(certificate.credential_jwt.split(".")[0])
    assert header["alg"] == "EdDSA"
    assert set(header) <= {"alg", "kid", "jwk", "typ", "cty"}
    assert (header["typ"], header["cty"]) == ("vc+jwt", "vc")  # W3C VC-JOSE-COSE
    assert "d" not in header["jwk"]
    assert header["kid"].startswith(f"{BASE}/certificates/issuer/keys/")
    published = client.get(header["kid"].removeprefix(BASE)).json()  # dereference the kid, as a verifier would
    assert "d" not in published
    token = jws.JWS()
    token.deserialize(certificate.credential_jwt)
    token.verify(jwk.JWK(**published), alg="EdDSA")
    payload = json.loads(token.payload)
    assert payload["iss"] == credential["issuer"]["id"]
    assert payload["jti"] == credential["id"]
    assert payload["sub"] == credential["credentialSubject"]["id"]
    assert isinstance(payload["nbf"], int)
    assert badges.verify_credential(certificate.credential_jwt).valid


def test_a_tampered_copy_fails_verification(certificate):
    header, payload, signature = certificate.credential_jwt.split(".")
    data = b64url_json(payload)
    data["credentialSubject"]["achievement"]["name"] = "Advanced Commissioning (Distinction)"
    check = badges.verify_credential(f"{header}.{b64url(data)}.{signature}")
    assert not check.valid
    assert check.problem == badges.SIGNATURE_INVALID


def test_a_badge_signed_with_another_key_fails_verification(certificate, settings, credential, badge_key_base64):
    other = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    settings.ACADEMY_BADGE_SIGNING_KEY = base64.b64encode(other).decode()
    forged = badges.sign_credential(credential)  # its header even carries the forger's public key
    settings.ACADEMY_BADGE_SIGNING_KEY = badge_key_base64
    assert not badges.verify_credential(forged).valid
    assert badges.verify_credential(certificate.credential_jwt).valid


def test_the_issuer_profile_is_served_as_json_at_its_id(client):
    response = client.get("/certificates/issuer/")
    assert response.status_code == 200
    profile = response.json()
    assert profile["id"] == f"{BASE}/certificates/issuer/"
    assert profile["type"] == ["Profile"]
    assert "https://www.w3.org/ns/credentials/v2" in profile["@context"]


def test_the_achievement_is_served_as_json_at_its_id(client, credential):
    achievement = credential["credentialSubject"]["achievement"]
    served = client.get(achievement["id"].removeprefix(BASE)).json()
    assert served["name"] == achievement["name"]
    assert served["criteria"] == achievement["criteria"]


def test_an_unknown_key_id_is_not_found(client):
    assert client.get(reverse("certificates:issuer_key", kwargs={"thumbprint": "nope"})).status_code == 404


def test_development_generates_a_private_key_file_once_and_reuses_it(settings, tmp_path):
    settings.ACADEMY_BADGE_SIGNING_KEY = ""
    settings.ACADEMY_BADGE_SIGNING_KEY_FILE = tmp_path / "keys" / "badge.pem"
    first = badges.signing_key().thumbprint()
    assert (tmp_path / "keys" / "badge.pem").stat().st_mode & 0o777 == 0o600
    badges._load_key.cache_clear()
    assert badges.signing_key().thumbprint() == first


def test_a_pem_key_in_settings_is_accepted(settings):
    pem = Ed25519PrivateKey.generate().private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode()
    settings.ACADEMY_BADGE_SIGNING_KEY = pem
    token = badges.sign_credential(
        badges.build_credential(
            credential_id="00000000-0000-4000-8000-000000000000",
            email="a@b.gov.uk",
            course_id=1,
            course_title="A course",
            description="",
            criteria_url="https://academy.example.org/courses/a-course/",
            valid_from=timezone.now(),
            valid_until=None,
            awarded=timezone.now(),
        )
    )
    assert badges.verify_credential(token).valid


def test_production_refuses_to_sign_without_a_configured_key(settings):
    settings.PRODUCTION = True
    settings.ACADEMY_BADGE_SIGNING_KEY = ""
    with pytest.raises(ImproperlyConfigured):
        badges.signing_key()
    assert [error.id for error in badge_signing_key_check(None)] == ["certificates.E001"]


def test_a_key_that_is_not_ed25519_is_rejected(settings):
    settings.ACADEMY_BADGE_SIGNING_KEY = base64.b64encode(b"not a key").decode()
    with pytest.raises(ImproperlyConfigured):
        badges.signing_key()


def test_the_badge_points_to_its_place_in_a_revocation_status_list(credential, certificate):
    status = credential["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    assert status["statusListIndex"] == str(certificate.pk)
    assert status["statusListCredential"] == f"{BASE}/certificates/status/0/"


def test_the_status_list_is_signed_and_sets_the_bits_of_revoked_and_replaced_certificates(client, certificate):
    from academy.certificates import services

    revoked = issued_certificate(slug="to-revoke")
    services.revoke_certificate(certificate=revoked, actor=None, reason="Withdrawn")
    replaced = issued_certificate(slug="to-replace")
    replacement = services.reissue_certificate(certificate=replaced, actor=None, reason="Name")
    response = client.get("/certificates/status/0/")
    assert response["Content-Type"] == "application/vc+jwt"
    assert "no-cache" in response["Cache-Control"]  # a verifier (or a proxy) must not keep an old list
    check = badges.verify_credential(response.content.decode())
    assert check.valid
    status_list = check.credential
    assert status_list["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    subject = status_list["credentialSubject"]
    assert subject["type"] == "BitstringStatusList" and subject["statusPurpose"] == "revocation"
    encoded = subject["encodedList"]
    assert encoded.startswith("u")
    assert badges.status_bit(encoded, revoked.pk)
    assert badges.status_bit(encoded, replaced.pk)
    assert not badges.status_bit(encoded, certificate.pk)
    assert not badges.status_bit(encoded, replacement.pk)


def test_the_encoded_status_list_is_16_kb_with_bit_zero_leftmost():
    import gzip

    encoded = badges.encode_status_list([0, 9])
    raw = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    assert len(raw) == 16 * 1024
    assert raw[0] == 0b1000_0000 and raw[1] == 0b0100_0000
