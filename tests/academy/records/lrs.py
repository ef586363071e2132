"""A real learning record store for the tests: Ralph (ralph-malph) served by uvicorn on loopback, with its file
system backend and one Basic auth user. It can be stopped and started again on the same port and data."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from base64 import b64encode
from pathlib import Path
from urllib.error import URLError

import bcrypt

ROOT = Path(__file__).resolve().parents[3]
USERNAME = "academy"
PASSWORD = "lrs-secret-for-tests"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Ralph:
    def __init__(self, directory: Path):
        self.directory = directory
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        auth = [
            {
                "username": USERNAME,
                "hash": bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(4)).decode(),
                "scopes": ["all"],
                "agent": {"mbox": "mailto:academy-lrs@example.org"},
            }
        ]
        (directory / "auth.json").write_text(json.dumps(auth))
        (directory / "data").mkdir(exist_ok=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def start(self) -> None:
        env = {
            **os.environ,
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.directory / "data"),
            "RALPH_AUTH_FILE": str(self.directory / "auth.json"),
        }
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "tests.academy.records.ralph_app:app",
            "--port",
            str(self.port),
            "--log-level",
            "warning",
        ]
        self.process = subprocess.Popen(command, env=env, cwd=ROOT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=1) as response:
                    if response.status == 200:
                        return
            except (URLError, OSError):
                time.sleep(0.1)
        raise RuntimeError("Ralph did not start in 30 seconds")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def statements(self, **params) -> list[dict]:
        """GET /xAPI/statements (all pages)."""
        query = "&".join(f"{key}={urllib.parse.quote(str(value))}" for key, value in params.items())
        url = f"http://127.0.0.1:{self.port}/xAPI/statements?limit=500&{query}"
        found = []
        while url:
            request = urllib.request.Request(url, headers=self.headers())
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                page = json.loads(response.read())
            found += page["statements"]
            url = f"http://127.0.0.1:{self.port}{page['more']}" if page.get("more") else None
        return found

    def headers(self) -> dict:
        token = b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        return {"Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3"}
