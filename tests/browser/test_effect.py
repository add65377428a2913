"""In a real Chromium, on the demo with its signals: Joost opens the handed-over noise trajectory of
the Tulpenhof and sees its measured effect — the verdict with its interval, the chart (an image with
a text alternative) and the table of its numbers; axe-core finds no serious or critical violations
(issue 15)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations, log_in, shot
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD

pytestmark = pytest.mark.browser


def test_the_handed_over_trajectory_shows_its_effect(page: Page, demo_site: str) -> None:
    log_in(page, demo_site, "joost", DEMO_PASSWORD)
    page.goto(f"{demo_site}/trajecten/")
    page.get_by_role("link", name="Geluidsoverlast in de Tulpenhof").first.click()
    section = page.locator("#effect")
    expect(section.get_by_role("heading", level=2)).to_have_text("Gemeten effect")
    expect(section.locator(".ef-verdict")).to_contain_text("Daling")
    expect(section.get_by_role("img", name="Meldingen per week in Tulpenhof")).to_be_visible()
    section.get_by_text("De getallen van de grafiek (tabel)").click()
    expect(section.get_by_role("table")).to_be_visible()
    expect(page.locator("#stap-4 .ef-checkin")).to_contain_text("Gemeten sinds de overdracht")
    shot(page, "effect")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]
    section.get_by_role("link", name="start", exact=False).first.click()
    expect(page.locator("#effect strong[aria-current]")).to_contain_text("start")
