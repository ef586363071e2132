"""A small load generator (wrk is not on the machine): client processes, each sending GETs back to back over
http.client for a fixed time, so the client's own CPU is spread over processes rather than held by one GIL.

``hammer`` returns requests a second, latency percentiles and any failures; the same settings drive the bare view
and the pages, so their ratio compares like with like.
"""

import http.client
import multiprocessing
import os
import signal
import statistics
import time
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass
class Result:
    requests: int
    seconds: float
    latencies: list[float]
    failures: list[str]

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, fraction: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000

    def summary(self) -> str:
        median = statistics.median(self.latencies) * 1000 if self.latencies else float("nan")
        return (
            f"{self.rate:7.1f} req/s, p50 {median:6.1f} ms, p95 {self.percentile(0.95):6.1f} ms "
            f"({self.requests} requests, {len(self.failures)} failed)"
        )


def _client(url: str, headers: dict, seconds: float, pipe) -> None:
    parts = urlsplit(url)
    path = parts.path or "/"
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    latencies, failures = [], []
    deadline = time.perf_counter() + seconds
    while True:
        start = time.perf_counter()
        if start >= deadline:
            break
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures.append(f"{response.status} {path}")
            if response.will_close:
                connection.close()
        except (OSError, http.client.HTTPException) as error:
            failures.append(f"{type(error).__name__} {path}")
            connection.close()
            continue
        latencies.append(time.perf_counter() - start)
    connection.close()
    pipe.send((latencies, failures))  # synchronous, unlike a Queue's feeder thread, which os._exit would cut off
    os._exit(0)  # a forked copy of the test process: leave its database connections and atexit hooks alone


def hammer(url: str, *, seconds: float, clients: int = 4, cookies: dict | None = None) -> Result:
    """GET ``url`` from ``clients`` processes for ``seconds``, after a short warm-up."""
    headers = {"Accept": "text/html"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    context = multiprocessing.get_context("fork")
    run(context, url, headers, 0.5, clients)  # warm-up: connections, the workers' caches
    start = time.perf_counter()
    latencies, failures = run(context, url, headers, seconds, clients)
    elapsed = time.perf_counter() - start
    return Result(requests=len(latencies), seconds=elapsed, latencies=latencies, failures=failures)


def run(context, url: str, headers: dict, seconds: float, clients: int) -> tuple[list[float], list[str]]:
    pipes, children = [], []
    for _ in range(clients):
        receiver, sender = context.Pipe(duplex=False)
        # os.fork, not multiprocessing's Process: a child started by Process first runs the after-fork hooks that
        # libraries registered with multiprocessing, and Celery's closes the test process's broker connections, which
        # waits for ever on a channel left polling (a worker's ping replies). The client needs none of them.
        pid = os.fork()
        if pid == 0:
            try:
                receiver.close()
                _client(url, headers, seconds, sender)
            finally:
                os._exit(1)  # _client leaves by os._exit(0); anything else it raised is a failed client
        sender.close()
        pipes.append(receiver)
        children.append(pid)
    latencies, failures = [], []
    try:
        for receiver in pipes:
            if not receiver.poll(seconds + 120):
                raise TimeoutError("a load client did not report")
            got_latencies, got_failures = receiver.recv()
            latencies += got_latencies
            failures += got_failures
    except BaseException:
        for pid in children:
            os.kill(pid, signal.SIGKILL)
        raise
    finally:
        for pid in children:
            os.waitpid(pid, 0)
    return latencies, failures
