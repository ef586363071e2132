"""Browser tests: Playwright driving Debian's Chromium against the live test server, with axe-core from npm."""

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# A same-site page with no scripts and its own icon (else the browser asks the site for /favicon.ico after the test).
BLANK = "/static/e2e-only/blank.html"
AXE_URL = "/static/e2e-axe/axe.min.js"  # AXE_JS, served by the live server (see _tab)
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_RUN = """async (tags) => (await axe.run(document, {
    runOnly: {type: "tag", values: tags}, resultTypes: ["violations"],
})).violations"""

# Playwright's sync API runs an event loop in this thread; the ORM calls made by tests are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


# The files that take longest (about 6-22 s each), longest first; the others follow, those with most tests first.
# xdist (--dist loadfile) hands out the files with most tests first, which left the one-journey files to the end, so
# one worker still ran a long journey while the other had finished. See pytest_configure in tests/conftest.py.
LONGEST_FIRST = (
    "test_signup_journey.py",
    "test_programme_journey.py",
    "test_plans.py",
    "test_cohorts.py",
    "test_accessibility.py",
    "test_question_versions_and_previews.py",
    "test_sso.py",
    "test_sessions.py",
    "test_course_review_admin.py",
    "test_authoring_workflow.py",
)


def pytest_collection_modifyitems(items):
    counts = {}
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)
            counts[item.path] = counts.get(item.path, 0) + 1

    def order(item):
        name = item.path.name
        rank = LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)
        return (rank, -counts.get(item.path, 0), str(item.path))  # then as xdist would: most tests first

    if counts:
        items[:] = sorted(items, key=lambda item: order(item) if item.path in counts else (-1, 0, ""))


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is needed at {CHROMIUM} for browser tests (make chromium installs it).")
    if not AXE_JS.exists():
        pytest.fail(f"axe-core is needed at {AXE_JS} for browser tests (make install installs it).")
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


VIEWPORT = {"width": 1280, "height": 900}


class _Tab:
    """The worker's one browser context and tab: a fresh context costs about 1.5 s of CPU (a renderer process to
    start, every style sheet and script fetched and parsed again), more than most tests' own steps."""

    def __init__(self, browser, base_url: str):
        self.base_url = base_url
        self.context = browser.new_context(base_url=base_url, viewport=VIEWPORT)
        self.open()

    def open(self) -> None:
        self.page = self.context.new_page()
        self.cdp = self.context.new_cdp_session(self.page)

    def reset(self):
        """The tab as a new context would have it: no cookies, no stored data, the standard window size and
        timeout. Only the HTTP cache (static files) carries over."""
        if self.page.is_closed():
            self.open()
        self.context.clear_cookies()
        self.cdp.send("Storage.clearDataForOrigin", {"origin": self.base_url, "storageTypes": "all"})
        self.page.set_viewport_size(VIEWPORT)
        self.page.set_default_timeout(15_000)
        return self.page

    def leave(self) -> None:
        """Leave the test's last page (its timers and scripts: an autosave, say) for a page with none on the same
        site, which keeps the renderer process (about:blank would start another for the next test)."""
        from playwright.sync_api import Error

        self.context.clear_cookies()
        try:
            self.page.goto(BLANK)
        except Error:  # a page the test left unusable: start the next test on a new one
            self.page.close()
            self.open()


_tab_url = {"url": ""}


@pytest.fixture(scope="session")
def _tab(browser, live_server):
    from django.conf import settings
    from django.test import override_settings

    here = Path(__file__).resolve().parent
    static = [("e2e-only", here / "static"), ("e2e-axe", AXE_JS.parent)]
    with override_settings(STATICFILES_DIRS=[*settings.STATICFILES_DIRS, *static]):
        tab = _Tab(browser, live_server.url)
        _tab_url["url"] = live_server.url
        yield tab
        tab.context.close()


@pytest.fixture
def page(_tab):
    yield _tab.reset()
    _tab.leave()
    _wait_for_the_live_server_to_finish_its_requests()


class _RequestsInFlight:
    """Requests the server has started and not yet finished sending. Its threads are no measure: each serves one
    kept-alive connection of the browser, and the tab (so its connections) now outlives the test."""

    def __init__(self):
        import threading

        self.count = 0
        self._lock = threading.Lock()

    def started(self, **kwargs) -> None:
        with self._lock:
            self.count += 1

    def finished(self, **kwargs) -> None:
        with self._lock:
            self.count -= 1


_requests_in_flight = _RequestsInFlight()


@pytest.fixture(scope="session", autouse=True)
def _count_the_requests_in_flight():
    from django.core.signals import request_finished, request_started

    request_started.connect(_requests_in_flight.started)
    request_finished.connect(_requests_in_flight.finished)
    yield
    request_started.disconnect(_requests_in_flight.started)
    request_finished.disconnect(_requests_in_flight.finished)


def _wait_for_the_live_server_to_finish_its_requests(timeout: float = 10.0) -> None:
    """A request the browser started (an editor's background preview, say) may still be running on the live server
    after the page is left; the database restore that ends the test would then find its tables locked."""
    import time

    deadline = time.monotonic() + timeout
    while _requests_in_flight.count > 0 and time.monotonic() < deadline:
        time.sleep(0.01)


def inject_axe(page) -> None:
    """Load axe-core into the current page by a script element (allowed by the page's Content Security Policy, which
    stays on during the check: the file is served from the site's own static files). The browser keeps the file and
    its compiled code in its caches: about 30 ms less a check than evaluating its 500 kB of source each time."""
    page.add_script_tag(url=AXE_URL)


def axe_violations(page) -> list[dict]:
    """Run axe-core on the current page with the WCAG 2.2 AA tags; return its violations."""
    page.wait_for_load_state()  # a click may still be loading the next page
    inject_axe(page)
    # Only violations are wanted: axe then keeps one node of each pass and incomplete result instead of every node
    # (its documented speed-up, about a third of each check), and only violations cross back to Python.
    return page.evaluate(AXE_RUN, WCAG_TAGS)


def assert_accessible(page) -> None:
    violations = axe_violations(page)
    summary = [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"][:5]]}
        for v in violations
    ]
    assert violations == [], f"{page.url}: " + json.dumps(summary, indent=2)


def sign_in(page, user, password: str | None = None) -> None:
    """Sign in with the real form, posted by Django's test client in this process (the same views, checks, signals,
    session and audit entry), then give the browser its cookies: the next page it opens is the signed-in user's.
    Drawing the form, the page it posts from and the page it leads to would cost about half a second of CPU each
    time, and every test opens a page of its own next (the home page, if it starts there). The tests of signing in
    itself (test_signup_journey, test_sso, test_staff_two_factor, the keyboard journey) use the form in the browser.
    ``user`` is a User or an email address."""
    from django.conf import settings
    from django.test import Client

    from tests.academy.accounts.factories import PASSWORD

    client = Client()
    email = getattr(user, "email", user)
    response = client.post("/accounts/login/", {"login": email, "password": password or PASSWORD})
    assert response.status_code == 302, f"{email} could not sign in: {response.status_code}"
    assert response.url == settings.LOGIN_REDIRECT_URL, response.url  # signed in, not asked for anything more
    page.context.add_cookies(
        [{"name": name, "value": morsel.value, "url": _tab_url["url"]} for name, morsel in client.cookies.items()]
    )


def sign_out(page) -> None:
    """Sign out with the real form, posted by Django's test client with the browser's session (the session ends on
    the server as it would), then drop the browser's cookies. test_programme_journey signs out in the browser."""
    from django.test import Client

    client = Client()
    for cookie in page.context.cookies():
        client.cookies[cookie["name"]] = cookie["value"]
    response = client.post("/accounts/logout/")
    assert response.status_code == 302, f"could not sign out: {response.status_code}"
    page.context.clear_cookies()
