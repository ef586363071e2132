"""Start node's oidc-provider (provider.mjs) on a free loopback port, with keys made here so tests can also mint
tokens the provider's published keys verify (for expiry and tampering at the level of a single token)."""

import json
import shutil
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import jwt
import requests
from cryptography.hazmat.primitives.asymmetric import rsa

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
KEY_ID = "academy-test-key"
CLIENT_SECRET = "a-client-secret-for-the-tests"

# Entra ID tenant ids (GUIDs) used by the accounts below.
NORTHSHIRE_TENANT = "11111111-2222-4333-8444-555555555555"
OTHER_TENANT = "99999999-8888-4777-8666-555555555555"

ACCOUNTS = {
    "alice": {
        "email": "alice@northshire.gov.uk",
        "email_verified": True,
        "name": "Alice Anders",
        "tid": NORTHSHIRE_TENANT,
    },
    "bella": {
        "email": "bella@northshire.gov.uk",
        "email_verified": True,
        "name": "Bella Brown",
        "tid": NORTHSHIRE_TENANT,
    },
    "carl": {"email": "carl@northshire.gov.uk", "email_verified": False, "name": "Carl Cole", "tid": NORTHSHIRE_TENANT},
    "dina": {"email": "dina@gmail.example", "email_verified": True, "name": "Dina Dee", "tid": NORTHSHIRE_TENANT},
    "evan": {"email": "evan@northshire.gov.uk", "email_verified": True, "name": "Evan Eve", "tid": OTHER_TENANT},
    "staff": {
        "email": "staff@northshire.gov.uk",
        "email_verified": True,
        "name": "Sasha Staff",
        "tid": NORTHSHIRE_TENANT,
    },
}
CLIENTS = ("northshire", "tampered")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _private_jwk(key) -> dict:
    return {**json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key)), "kid": KEY_ID, "alg": "RS256", "use": "sig"}


def _public_jwk(key) -> dict:
    return {**json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key())), "kid": KEY_ID, "alg": "RS256"}


@dataclass
class OIDCServer:
    issuer: str
    private_key: object
    process: subprocess.Popen
    clients: tuple = field(default=CLIENTS)

    def mint(self, *, audience: str, **claims) -> str:
        """An ID token signed with the provider's own key (so only the claims can make it fail)."""
        now = int(time.time())
        payload = {"iss": self.issuer, "aud": audience, "sub": "alice", "iat": now, "exp": now + 300, **claims}
        payload.setdefault("jti", uuid.uuid4().hex)
        return jwt.encode(payload, self.private_key, algorithm="RS256", headers={"kid": KEY_ID})

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start(*, tmp_path: Path, redirect_bases: list[str]) -> OIDCServer:
    """Run the provider until stopped; its clients accept the callback of every provider slug under each base."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is needed for the OpenID Connect provider")
    port = _free_port()
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    wrong = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    slugs = ("northshire", "tampered", "multi", "other")
    config = {
        "port": port,
        "jwks": {"keys": [_private_jwk(key)]},
        "wrong_jwks": {"keys": [_public_jwk(wrong)]},
        "accounts": ACCOUNTS,
        "clients": [
            {
                "client_id": client_id,
                "client_secret": CLIENT_SECRET,
                "redirect_uris": [
                    f"{base}/accounts/oidc/{slug}/login/callback/" for base in redirect_bases for slug in slugs
                ],
            }
            for client_id in CLIENTS
        ],
    }
    config_file = tmp_path / "oidc-provider.json"
    config_file.write_text(json.dumps(config))
    process = subprocess.Popen(
        [node, str(HERE / "provider.mjs"), str(config_file)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    issuer = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("oidc-provider stopped: " + (process.stdout.read() if process.stdout else ""))
        try:
            if requests.get(f"{issuer}/.well-known/openid-configuration", timeout=1).ok:
                return OIDCServer(issuer=issuer, private_key=key, process=process)
        except requests.ConnectionError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("oidc-provider did not start")
