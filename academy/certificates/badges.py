"""Open Badges 3.0: each certificate as an OpenBadgeCredential (W3C VC Data Model 2.0), signed as a VC-JWT.

The proof is a compact JWS (alg EdDSA, Ed25519) whose payload is the credential plus the JWT claims that Open Badges
3.0 section 8.2 asks for (iss, jti, nbf, exp, sub). The JOSE header has the VC-JOSE-COSE types (``typ`` vc+jwt,
``cty`` vc; served as application/vc+jwt), names the key by a URL that serves it as a JWK (``kid``) and also carries
the public JWK itself. The issuer's keys are published as a JWKS and in its Profile (``verificationMethod``). Each
badge points to a signed revocation list (W3C Bitstring Status List) in which revoked and replaced certificates are
set, so verifiers elsewhere learn of them.

The signing key comes from ACADEMY_BADGE_SIGNING_KEY (PEM, or the base64 of the 32-byte private key); without it,
development generates one in var/ (never in git) and production refuses to sign.
"""

import base64
import binascii
import gzip
import hashlib
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from jwcrypto import jwk, jws
from jwcrypto.common import JWException

from academy.certificates import links
from academy.core.links import absolute_url

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
CREDENTIAL_TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
ALGORITHM = "EdDSA"
MEDIA_TYPE = "application/vc+jwt"
JOSE_TYPE = "vc+jwt"  # W3C VC-JOSE-COSE, section 3.1.1: the typ and cty of a credential secured as a JWT
JOSE_CONTENT_TYPE = "vc"
KEY_MISSING = "ACADEMY_BADGE_SIGNING_KEY must be set in production (an Ed25519 private key, PEM or base64)."
KEY_UNREADABLE = "ACADEMY_BADGE_SIGNING_KEY is not an Ed25519 private key in PEM or base64."
CRITERIA = "Complete every required lesson and quiz in the course on the {service} learning platform."

STATUS_LIST_SIZE = 131_072  # bits per status list: the spec's minimum (16 KB), which gives holders herd privacy
STATUS_PURPOSE = "revocation"

SIGNATURE_INVALID = "The signature does not match: the badge has been changed or was not signed by this service."
CLAIMS_MISMATCH = "The badge's signed claims do not match its contents."


@dataclass(frozen=True)
class BadgeCheck:
    valid: bool
    credential: dict | None = None
    problem: str = ""


def iso(moment: datetime | None) -> str | None:
    """A UTC timestamp as the VC data model writes it: 2026-11-24T10:00:00Z."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def hashed_email(email: str, *, salt: str) -> str:
    """Open Badges' hashed identity: ``sha256$`` and the hex digest of the address followed by the salt."""
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def issuer_profile() -> dict:
    """The issuer Profile, served at its own id (the stable URL /certificates/issuer/)."""
    return {
        "@context": CONTEXTS,
        "id": links.issuer_url(),
        "type": ["Profile"],
        "name": settings.ACADEMY_CERTIFICATE_ISSUER_NAME,
        "url": absolute_url("/"),
        "email": settings.ACADEMY_SUPPORT_EMAIL,
        "verificationMethod": [verification_method()],
    }


def verification_method() -> dict:
    """The signing key as a verification method of the issuer: resolvable at its id, which each badge's kid names."""
    key = public_jwk()
    return {
        "id": links.key_url(key["kid"]),
        "type": "JsonWebKey",
        "controller": links.issuer_url(),
        "publicKeyJwk": key,
    }


def jwks() -> dict:
    """The issuer's public keys as a JWK Set (RFC 7517)."""
    return {"keys": [public_jwk()]}


def achievement(*, course_id: int, title: str, description: str, criteria_url: str) -> dict:
    """The Achievement a course's certificates award: with its badge image and criteria (the course's page)."""
    return {
        "id": links.achievement_url(course_id),
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": title,
        "description": description or f"Completion of the course {title}.",
        "criteria": {"id": criteria_url, "narrative": CRITERIA.format(service=settings.ACADEMY_SERVICE_NAME)},
        "image": {"id": links.achievement_image_url(course_id), "type": "Image", "caption": f"Badge: {title}"},
    }


def build_credential(
    *,
    credential_id: str,
    email: str,
    course_id: int,
    course_title: str,
    description: str,
    criteria_url: str,
    valid_from: datetime,
    valid_until: datetime | None,
    awarded: datetime,
) -> dict:
    """The unsigned OpenBadgeCredential for one certificate. The learner is named only by a salted email hash."""
    salt = secrets.token_hex(16)
    issuer = issuer_profile()
    credential = {
        "@context": CONTEXTS,
        "id": f"urn:uuid:{credential_id}",
        "type": CREDENTIAL_TYPES,
        "issuer": {key: issuer[key] for key in ("id", "type", "name", "url")},
        "validFrom": iso(valid_from),
        "name": course_title,
        "awardedDate": iso(awarded),
        "credentialSubject": {
            "id": f"urn:uuid:{credential_id}#recipient",
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "identityHash": hashed_email(email, salt=salt),
                    "salt": salt,
                }
            ],
            "achievement": achievement(
                course_id=course_id, title=course_title, description=description, criteria_url=criteria_url
            ),
        },
    }
    if valid_until is not None:
        credential["validUntil"] = iso(valid_until)
    return credential


def credential_status(index: int) -> dict:
    """The credential's entry in a revocation status list (W3C Bitstring Status List), from the certificate's id."""
    list_number, position = divmod(index, STATUS_LIST_SIZE)
    url = links.status_list_url(list_number)
    return {
        "id": f"{url}#{position}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": STATUS_PURPOSE,
        "statusListIndex": str(position),
        "statusListCredential": url,
    }


def status_list_credential(*, list_number: int, revoked: Iterable[int]) -> str:
    """The signed BitstringStatusListCredential for one list: a bit set at each revoked or replaced position."""
    url = links.status_list_url(list_number)
    issuer = issuer_profile()
    credential = {
        "@context": CONTEXTS[:1],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": {key: issuer[key] for key in ("id", "type", "name")},
        "validFrom": iso(timezone.now()),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": STATUS_PURPOSE,
            "encodedList": encode_status_list(revoked),
        },
    }
    return sign_credential(credential)


def encode_status_list(positions: Iterable[int]) -> str:
    """GZIP-compressed bitstring, base64url without padding, with the multibase prefix ``u``; bit 0 leftmost."""
    bits = bytearray(STATUS_LIST_SIZE // 8)
    for position in positions:
        bits[position // 8] |= 0x80 >> (position % 8)
    return "u" + base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).rstrip(b"=").decode()


def status_bit(encoded: str, position: int) -> bool:
    """Whether ``position`` is set in an encoded status list."""
    data = encoded.removeprefix("u")
    bits = gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    return bool(bits[position // 8] & (0x80 >> (position % 8)))


def sign_credential(credential: dict) -> str:
    """The credential as a compact JWS (VC-JWT) signed with the platform's Ed25519 key."""
    key = signing_key()
    claims = {
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "sub": credential["credentialSubject"]["id"],
        "nbf": _numeric_date(credential["validFrom"]),
    }
    if "validUntil" in credential:
        claims["exp"] = _numeric_date(credential["validUntil"])
    payload = json.dumps({**credential, **claims}, separators=(",", ":"), ensure_ascii=False).encode()
    header = {
        "alg": ALGORITHM,
        "typ": JOSE_TYPE,
        "cty": JOSE_CONTENT_TYPE,
        "kid": links.key_url(key.thumbprint()),
        "jwk": public_jwk(),
    }
    token = jws.JWS(payload)
    token.add_signature(key, alg=ALGORITHM, protected=json.dumps(header))
    return token.serialize(compact=True)


def verify_credential(token: str) -> BadgeCheck:
    """Check a VC-JWT against the platform's public key and the claims Open Badges 3.0 requires to match."""
    try:
        parsed = jws.JWS()
        parsed.allowed_algs = [ALGORITHM]
        parsed.deserialize(token.strip())
        parsed.verify(public_key())
        payload = json.loads(parsed.payload)
    except (JWException, ValueError, TypeError):
        return BadgeCheck(valid=False, problem=SIGNATURE_INVALID)
    credential = {key: value for key, value in payload.items() if key not in {"iss", "jti", "sub", "nbf", "exp"}}
    expected = {
        "iss": credential.get("issuer", {}).get("id"),
        "jti": credential.get("id"),
        "sub": credential.get("credentialSubject", {}).get("id"),
        "nbf": _numeric_date(credential.get("validFrom")),
    }
    if "validUntil" in credential:
        expected["exp"] = _numeric_date(credential["validUntil"])
    if any(payload.get(claim) != value for claim, value in expected.items()):
        return BadgeCheck(valid=False, credential=credential, problem=CLAIMS_MISMATCH)
    return BadgeCheck(valid=True, credential=credential)


def decode_credential(token: str) -> dict:
    """The credential inside a VC-JWT, without checking it (for showing and downloading what was signed)."""
    payload = token.split(".")[1]
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return {key: value for key, value in data.items() if key not in {"iss", "jti", "sub", "nbf", "exp"}}


def public_jwk() -> dict:
    """The public half of the signing key as a JWK (never the private ``d``)."""
    key = signing_key()
    return {**key.export_public(as_dict=True), "kid": key.thumbprint(), "alg": ALGORITHM, "use": "sig"}


def public_key() -> jwk.JWK:
    return jwk.JWK(**signing_key().export_public(as_dict=True))


def signing_key() -> jwk.JWK:
    """The platform's Ed25519 key, from settings, or (development only) a key file generated on first use."""
    return _load_key(
        settings.ACADEMY_BADGE_SIGNING_KEY, str(settings.ACADEMY_BADGE_SIGNING_KEY_FILE), bool(settings.PRODUCTION)
    )


@lru_cache(maxsize=8)
def _load_key(configured: str, key_file: str, production: bool) -> jwk.JWK:
    if configured.strip():
        return jwk.JWK.from_pyca(_parse_private_key(configured.strip().encode()))
    if production:
        raise ImproperlyConfigured(KEY_MISSING)
    return jwk.JWK.from_pyca(_parse_private_key(_development_key(Path(key_file))))


def _parse_private_key(data: bytes) -> Ed25519PrivateKey:
    try:
        if data.startswith(b"-----BEGIN"):
            key = serialization.load_pem_private_key(data, password=None)
        else:
            raw = base64.b64decode(data, validate=True)
            key = (
                Ed25519PrivateKey.from_private_bytes(raw)
                if len(raw) == 32
                else serialization.load_der_private_key(raw, password=None)
            )
    except (ValueError, TypeError, binascii.Error) as error:
        raise ImproperlyConfigured(KEY_UNREADABLE) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise ImproperlyConfigured(KEY_UNREADABLE)
    return key


def _development_key(path: Path) -> bytes:
    """Read the development key file, creating it (mode 600) if missing; safe when two processes race."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(pem)
        try:
            os.link(temporary, path)  # atomic: the file appears complete, or another process's key wins
        except FileExistsError:
            pass
        finally:
            temporary.unlink()
    return path.read_bytes()


def _numeric_date(value: str | None) -> int | None:
    if not value:
        return None
    return int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp())
