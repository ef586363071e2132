"""The production topology for tests: gunicorn web nodes and Celery workers as real processes on loopback, sharing
the test database (PostgreSQL), Redis and an S3 server, exactly as `make serve` runs them."""

import email
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests
from celery import Celery

from tests.worker import ROOT, test_database_url, wait_for

LOGS = ROOT / "var" / "test-topology"
# gunicorn's default (2s) closes an idle kept-alive connection just as a client that spreads its requests over two
# nodes sends its next one on it: a connection reset (the soak's 7 in 2,930). Longer than any client's idle gap, as
# behind a load balancer it must be longer than the balancer's idle timeout.
KEEP_ALIVE = "75"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def process_env(*, cache_url: str, s3_env: dict, email_dir: Path, badge_key: str) -> dict:
    return {
        **os.environ,
        **s3_env,
        "DATABASE_URL": test_database_url(),
        "REDIS_CACHE_URL": cache_url,
        "DEBUG": "false",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(email_dir),
        "ACADEMY_BADGE_SIGNING_KEY": badge_key,
        "ACADEMY_CELERY_VISIBILITY_TIMEOUT": "5",  # a killed worker's task goes back to the queue within seconds
        "ACADEMY_LOG_FORMAT": "json",
        "ACADEMY_FAST_PASSWORD_HASHER": "true",
    }


def _log(name: str):
    LOGS.mkdir(parents=True, exist_ok=True)
    return open(LOGS / f"{name}.log", "w")  # closed with the process; the latest process of that name


def process_log(name: str) -> str:
    return (LOGS / f"{name}.log").read_text()


class Node:
    """One gunicorn web node, and a browser-like client for it."""

    def __init__(
        self, name: str, env: dict, *, app: str = "academy.wsgi", probe: str = "/health/live", workers=1, threads=4
    ):
        self.name = name
        self.probe = probe
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers),
             "--threads", str(threads), "--timeout", "60", "--keep-alive", KEEP_ALIVE, "--log-level", "warning"],
            cwd=ROOT, env=env, stdout=_log(name), stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_for(self._live, timeout=60, interval=0.2)

    def _live(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"Web node {self.name} exited: see {LOGS / self.name}.log")
        try:
            return requests.get(self.url + self.probe, timeout=10).status_code == 200
        except requests.RequestException:  # not listening yet, or still loading the application
            return False

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)

    def _worker_pids(self) -> list[str]:
        return Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()

    def wait_until_workers_idle(self, workers: int, *, timeout: float = 60) -> None:
        """Wait until all ``workers`` have started (loaded and warmed the application) and used no CPU for half a
        second (Linux): the probe is answered by the first worker up, while the others may still be loading."""

        def cpu_ticks() -> dict[str, int]:
            ticks = {}
            for pid in self._worker_pids():
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                ticks[pid] = int(fields[11]) + int(fields[12])  # utime + stime
            return ticks

        deadline = time.monotonic() + timeout
        before = cpu_ticks()
        while time.monotonic() < deadline:
            time.sleep(0.5)
            now = cpu_ticks()
            if len(now) >= workers and now == before:
                return
            before = now
        raise TimeoutError(f"the workers of {self.name} did not settle within {timeout} s")

    def worker_rss_kib(self) -> list[int]:
        """The resident memory of each of this node's gunicorn workers (Linux)."""
        children = self._worker_pids()
        sizes = []
        for pid in children:
            status = Path(f"/proc/{pid}/status").read_text()
            sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)))
        return sizes


class Browser(requests.Session):
    """A visitor whose cookies go to every node, as a load balancer would spread their requests."""

    def get(self, url, **kwargs):
        return super().get(url, timeout=30, **kwargs)

    def post(self, node: Node, path: str, data: dict | None = None, **kwargs):
        """POST a form with the CSRF cookie's token, as the page's form would, without following the redirect."""
        data = {**(data or {}), "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
        return super().post(node.url + path, data=data, timeout=30, allow_redirects=False, **kwargs)

    def sign_in(self, node: Node, email: str, password: str):
        self.get(node.url + "/accounts/login/")  # the CSRF cookie
        response = self.post(node, "/accounts/login/", {"login": email, "password": password})
        assert response.status_code == 302, response.text[:500]
        return response


def emails(directory: Path, *, subject: str) -> list[str]:
    """The recipients of the emails with ``subject`` that the workers wrote to ``directory``."""
    found = []
    for path in sorted(directory.glob("*.log")):
        for chunk in path.read_text().split("-" * 79):
            message = email.message_from_string(chunk.strip())
            if subject in (message["Subject"] or ""):
                found.append(message["To"])
    return found


def broker(url: str) -> Celery:
    """A bare Celery client of the broker at ``url``: to ping the workers there and queue tasks by name."""
    return Celery(broker=url)


class Worker:
    """A Celery worker process (solo pool). ``slow`` pauses certificate issue and export writing mid-task."""

    def __init__(self, env: dict, *, name: str, slow_marker: Path | None = None):
        env = dict(env)
        if slow_marker is not None:
            env["ACADEMY_TEST_SLOW_MARKER"] = str(slow_marker)
        self.name = name
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.production.slow_worker", "-A", "academy", "worker", "--pool=solo",
             "--loglevel=INFO", "--without-gossip", "--without-mingle", "--prefetch-multiplier=1",
             "-n", f"{name}-{os.getpid()}@%h"],
            cwd=ROOT, env=env, stdout=_log(name), stderr=subprocess.STDOUT,
        )  # fmt: skip
        app = broker(env["REDIS_URL"])  # the worker's, which may not be this process's

        def answers():
            if self.process.poll() is not None:
                raise RuntimeError(f"Worker {name} exited: see {LOGS / name}.log")
            replies = app.control.ping(timeout=0.5)
            return any(name in next(iter(reply)) for reply in replies)

        try:
            wait_for(answers, timeout=60, interval=0.2)
        finally:
            # Its reply queue's channel is left polling: a process forked later (the benchmarks' load clients) would
            # otherwise wait for ever in Celery's after-fork clean-up of it.
            app.close()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def wait_for_marker(path: Path, *, timeout: float = 60.0) -> None:
    wait_for(path.exists, timeout=timeout, interval=0.1)
    time.sleep(0.2)  # the task is now sleeping inside its transaction


class RedisServer:
    """A Redis of the test's own on a free loopback port, to stop and start at will (never the machine's 6379, which
    other runs share). No persistence, like the machine's: a restart empties it."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.port = free_port()
        self.process = None

    def url(self, database: int) -> str:
        return f"redis://127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.directory)],
            stdout=_log(f"redis-{self.port}"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_for(self._answers, timeout=30, interval=0.05)

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
