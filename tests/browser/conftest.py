"""Browser fixtures: Debian chromium through Playwright, a live server, the demo data, axe.

Plain Playwright (sync API), not the pytest-playwright plugin. Pages are driven by what a
person sees: roles, labels and headings.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pyotp
import pytest
from flask import Flask
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright
from sqlalchemy import create_engine, select, text
from werkzeug.serving import WSGIRequestHandler, make_server

from feedback.extensions import db as _db
from feedback.models import Partnership
from feedback.services.analysis import Scope, run_analysis
from feedback.services.demo import SeedSummary, seed_demo
from tests.conftest import TEST_DATABASE_URL, empty_database, restore_tables, save_tables

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {
    "viewport": {"width": 375, "height": 812},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 1,
}
DESKTOP = {"viewport": {"width": 1280, "height": 900}, "device_scale_factor": 1}
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/browser is a browser test."""
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)


# --- Browser, server and data ------------------------------------------------------------


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian chromium "
            "(`make test` installs it with scripts/ensure-chromium.sh).",
            pytrace=False,
        )
    driver = sync_playwright().start()
    yield driver
    driver.stop()


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


RESPONSE_KEY = "tests.live_server.response"


class QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs) -> None:
        """No access log: a failing test's output shows the test, not every asset request."""

    def connection_dropped(self, error: BaseException, environ: dict | None = None) -> None:
        """Close the response the browser walked away from.

        Chromium may reset a connection just after a small file (a favicon) was sent.
        Werkzeug's development server then fails while draining the socket, in the
        `finally` block that would have called the response's `close()`, and the open
        static file surfaces later as a ResourceWarning in whichever test is running at
        the time. Closing again, where the drain did not fail, does nothing.
        """
        response = (environ or {}).pop(RESPONSE_KEY, None)
        if response is not None and hasattr(response, "close"):
            response.close()


def remember_response(app: Flask):
    """WSGI wrapper that keeps each response in its environ for `QuietHandler`."""

    def serve(environ: dict, start_response):
        response = app(environ, start_response)
        environ[RESPONSE_KEY] = response
        return response

    return serve


@pytest.fixture(scope="session")
def live_server(app: Flask) -> Iterator[str]:
    """The session app served on a free local port; yields its base URL."""
    server = make_server(
        "127.0.0.1", 0, remember_response(app), threaded=True, request_handler=QuietHandler
    )
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)
    server.server_close()


_demo_summary: SeedSummary | None = None


@pytest.fixture(scope="module")
def demo(app: Flask) -> Iterator[SeedSummary]:
    """The demo partnerships, surveys, users and responses, with Riverside themed.

    Each module starts from the same fresh demo: it is seeded and themed once per test
    session, saved, and restored for every later module. Module-scoped: do not combine
    with the function-scoped `db` fixture.
    """
    global _demo_summary
    with app.app_context():
        if _demo_summary is None:
            summary = seed_demo()
            riverside = _db.session.scalar(
                select(Partnership).where(Partnership.slug == "riverside")
            )
            run = run_analysis(Scope(riverside))
            assert run.status == "succeeded", run.message
            save_tables("demo")
            _demo_summary = summary
        else:
            restore_tables("demo")
        _db.session.remove()
    yield _demo_summary
    with app.app_context():
        empty_database()


def _page(browser: Browser, base_url: str, **options) -> Iterator[Page]:
    # The app's CSP (script-src 'self' 'nonce-…') would block the injected axe script.
    context = browser.new_context(base_url=base_url, bypass_csp=True, **options)
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser: Browser, live_server: str) -> Iterator[Page]:
    """A page in a fresh 375px touch-screen phone context."""
    yield from _page(browser, live_server, **PHONE)


@pytest.fixture
def desktop(browser: Browser, live_server: str) -> Iterator[Page]:
    """A page in a fresh 1280px desktop context."""
    yield from _page(browser, live_server, **DESKTOP)


@pytest.fixture
def phone_without_javascript(browser: Browser, live_server: str) -> Iterator[Page]:
    """A 375px phone with JavaScript turned off."""
    yield from _page(browser, live_server, java_script_enabled=False, **PHONE)


# --- Accessibility -----------------------------------------------------------------------


def axe(page: Page) -> list[dict]:
    """axe-core's WCAG 2.1 A and AA violations on the page as it is now."""
    assert AXE.exists(), f"{AXE} is missing: run `npm ci --no-audit --no-fund`"
    page.wait_for_load_state("load")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async (tags) => {
            const results = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return results.violations;
        }""",
        WCAG_AA,
    )


def assert_accessible(page: Page) -> None:
    violations = axe(page)
    lines = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[node['target'] for node in v['nodes'][:3]]}"
        for v in violations
    ]
    if violations:
        width = page.viewport_size["width"] if page.viewport_size else "?"
        pytest.fail(
            f"axe found {len(violations)} WCAG 2.1 AA violation(s) on {page.url} "
            f"at {width}px:\n  " + "\n  ".join(lines)
        )


# --- Screenshots -------------------------------------------------------------------------


def screenshot(page: Page, name: str, clip_height: int | None = None) -> None:
    """Save docs screenshots only when FV_SCREENSHOTS names a directory (relative to the repo)."""
    folder = os.environ.get("FV_SCREENSHOTS")
    if not folder:
        return
    path = REPO / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    page.wait_for_load_state("load")
    if clip_height is None:
        page.screenshot(path=str(path), type="png", full_page=True)
        return
    width = page.viewport_size["width"]
    height = min(clip_height, page.evaluate("document.documentElement.scrollHeight"))
    page.screenshot(
        path=str(path),
        type="png",
        full_page=True,
        clip={"x": 0, "y": 0, "width": width, "height": height},
    )


# --- Given / When / Then helpers ---------------------------------------------------------


def open_survey(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("button", name="Send")).to_be_visible()


def question(page: Page, text_: str):
    """A radio question: the group named by its legend."""
    return page.get_by_role("group", name=text_, exact=True)


def choose(page: Page, label: str, in_question: str | None = None) -> None:
    scope = question(page, in_question) if in_question else page
    scope.get_by_label(label, exact=True).check()


def fill(page: Page, label: str, text_: str) -> None:
    page.get_by_label(label, exact=True).fill(text_)


def send(page: Page) -> None:
    page.get_by_role("button", name="Send").click()


def should_see_thanks(page: Page) -> None:
    # The test app runs the new-answer job inside the request (in production a worker
    # does), so sending takes seconds on a busy machine.
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you", timeout=20_000)
    expect(page).to_have_title("Thank you – Frontline Voice")


def sign_in(page: Page, email: str, password: str) -> None:
    """Sign in; a user with an authenticator app (every demo user) then enters its code."""
    page.goto("/sign-in")
    page.get_by_label("Email address", exact=True).fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()
    signed_in = page.get_by_role("button", name="Sign out")
    code = page.get_by_label("Security code", exact=True)
    expect(signed_in.or_(code)).to_be_visible()
    if code.is_visible():
        enter_security_code(page, _totp_secret(email))
    expect(signed_in).to_be_visible()


# The last time step used per secret: the server accepts only later steps than that.
_LAST_STEP: dict[str, int] = {}


def enter_security_code(page: Page, secret: str) -> None:
    """A code the server will take: the earliest of the previous, current and next steps'
    codes (it accepts those for clock drift) that is later than the last one used; else
    wait for the next step."""
    totp = pyotp.TOTP(secret)
    while True:
        now = time.time()
        step = totp.timecode(datetime.fromtimestamp(now, UTC))
        fresh = [o for o in (-1, 0, 1) if step + o > _LAST_STEP.get(secret, -1)]
        if fresh:
            break
        time.sleep(totp.interval - now % totp.interval + 0.5)
    _LAST_STEP[secret] = step + fresh[0]
    code = totp.at(now, counter_offset=fresh[0])
    page.get_by_label("Security code", exact=True).fill(code)
    page.get_by_role("button", name="Continue").click()


def _totp_secret(email: str) -> str:
    engine = create_engine(TEST_DATABASE_URL)
    with engine.connect() as connection:
        query = text("SELECT totp_secret FROM users WHERE email = :email")
        secret = connection.execute(query, {"email": email}).scalar_one()
    engine.dispose()
    return secret


def should_see_not_found(page: Page, path: str) -> None:
    response = page.goto(path)
    assert response is not None and response.status == 404, (
        f"{path}: {response and response.status}"
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")


def tab_until(page: Page, script: str, limit: int = 40) -> None:
    """Press Tab until `script` (run with the focused element) is true."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return {script}; }})()"):
            return
    raise AssertionError(f"Tab never reached an element where {script}")


def pages_of(app: Flask, blueprints: tuple[str, ...], visits, ids: dict[str, str]) -> dict:
    """Every GET endpoint of the blueprints, with its rule; each visit's path (its {names}
    filled from `ids`) must open the endpoint the visit names."""
    adapter = app.url_map.bind("localhost")
    for visit in visits:
        path = visit.path.split("?")[0].format(**ids)
        assert adapter.match(path, method="GET")[0] == visit.endpoint, visit.name
    return {
        rule.endpoint: rule.rule
        for rule in app.url_map.iter_rules()
        if rule.endpoint.split(".")[0] in blueprints and "GET" in (rule.methods or ())
    }
