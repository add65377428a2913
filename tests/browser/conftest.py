"""Browser tests: Playwright for Python driving Debian's Chromium (`/usr/bin/chromium`).

Never `playwright install`: the system browser is used through `executable_path`. The demo
municipality is loaded into the live server's database for each test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from wijkverbinder.portal.demo.build import build_demo

# The live server runs in a thread beside Playwright's greenlet loop; the ORM is used synchronously.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium ontbreekt op {CHROMIUM}: installeer het Debian-pakket 'chromium'.")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def _warm() -> None:
    """Build the redaction engine and the seed classifier once, as `serve` does at start-up."""
    from wijkverbinder.intake.warmup import warm_up

    warm_up()


@pytest.fixture
def site(live_server: Any, transactional_db: None, _warm: None) -> str:
    """The live server's URL, with the demo municipality loaded."""
    build_demo()
    return str(live_server.url)


@pytest.fixture
def demo_site(live_server: Any, transactional_db: None, _warm: None) -> str:
    """The live server with the demo and its signals: detection has run, the weekly counts follow
    the imports, and the demo's trajectories (step 3 and handed over) exist."""
    build_demo(with_signals=True)
    return str(live_server.url)


def shot(page: Page, name: str) -> None:
    """A full-page screenshot into $SCREENSHOTS when it is set (for looking at the pages)."""
    folder = os.environ.get("SCREENSHOTS", "")
    if folder:
        page.screenshot(path=f"{folder}/{name}.png", full_page=True)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    # axe-core is injected as a script, which the page's Content-Security-Policy would block.
    context = browser.new_context(
        bypass_csp=True, locale="nl-NL", viewport={"width": 1280, "height": 900}
    )
    tab = context.new_page()
    yield tab
    context.close()


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations on the current page (once it has loaded: a click
    that navigates returns before the new document exists)."""
    page.wait_for_load_state("load")
    page.add_script_tag(path=str(AXE))
    result: dict[str, Any] = page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations']})"
    )
    return [v for v in result["violations"] if v.get("impact") in {"serious", "critical"}]


def log_in(page: Page, site: str, username: str, password: str) -> None:
    """Log in through the log-in form."""
    page.goto(f"{site}/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Inloggen").click()
