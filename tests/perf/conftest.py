"""Benchmarks: skipped unless ACADEMY_BENCH=1 (``make bench`` sets it), so ``make test`` stays quick and steady.

Each benchmark prints its figures as a ratio to a baseline measured in the same run, with the machine noted, because
absolute rates say more about the machine than about the code.
"""

import os
import platform
import time

import pytest


def pytest_collection_modifyitems(config, items):
    if os.environ.get("ACADEMY_BENCH") == "1":
        return
    skip = pytest.mark.skip(reason="benchmark: run with make bench (ACADEMY_BENCH=1)")
    for item in items:
        if "tests/perf/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)


def machine() -> str:
    return f"{platform.platform()}, {platform.machine()}, Python {platform.python_version()}, {os.cpu_count()} CPUs"


def rate(fn, *, seconds: float = 2.0, minimum: int = 5) -> float:
    """Calls of ``fn`` per second on one core, timed for about ``seconds`` after one warm-up call."""
    fn()
    count, start = 0, time.perf_counter()
    while count < minimum or time.perf_counter() - start < seconds:
        fn()
        count += 1
    return count / (time.perf_counter() - start)
