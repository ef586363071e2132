"""Browser tests: Playwright driving Debian's Chromium against the live test server, with axe-core from npm."""

import json
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE_SOURCE = AXE_JS.read_text() + "\n;true" if AXE_JS.exists() else ""
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# Playwright's sync API runs an event loop in this thread; the ORM calls made by tests are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is needed at {CHROMIUM} for browser tests (make chromium installs it).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
    _wait_for_the_live_server_to_finish_its_requests()


def _wait_for_the_live_server_to_finish_its_requests(timeout: float = 10.0) -> None:
    """A request the browser started (an editor's background preview, say) may still be running on the live server
    after the page closes; the database flush that ends the test would then find its tables locked."""
    import threading
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any("process_request_thread" in thread.name for thread in threading.enumerate() if thread.is_alive()):
            return
        time.sleep(0.05)


def axe_violations(page) -> list[dict]:
    """Run axe-core on the current page with the WCAG 2.2 AA tags; return its violations."""
    page.wait_for_load_state()  # a click may still be loading the next page
    # Evaluated through the DevTools protocol, so the page's Content Security Policy stays on during the check.
    page.evaluate(AXE_SOURCE)
    result = page.evaluate("async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return result["violations"]


def assert_accessible(page) -> None:
    violations = axe_violations(page)
    summary = [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"][:5]]}
        for v in violations
    ]
    assert violations == [], f"{page.url}: " + json.dumps(summary, indent=2)


def sign_in(page, user, password: str | None = None) -> None:
    """Sign in through the real form; ``user`` is a User or an email address."""
    from tests.academy.accounts.factories import PASSWORD

    page.goto("/accounts/login/")
    page.get_by_label("Email address").fill(getattr(user, "email", user))
    page.get_by_label("Password").fill(password or PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r".*/$"))


def sign_out(page) -> None:
    page.goto("/accounts/logout/")
    page.locator("main").get_by_role("button").click()
