"""In a real Chromium, on the demo with its signals: Fatima opens Wijkanalyse from the menu, sees
Wijk W's map, legend, table and trends, filters by theme, and opens a buurt page that links into
the analysis; axe-core finds no serious or critical violations on the wijkanalyse and buurt pages."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations, log_in, shot
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD

pytestmark = pytest.mark.browser


def _no_violations(page: Page) -> None:
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"], v["nodes"][:2]) for v in violations]


def test_wijk_w_map_trends_and_buurt_page(page: Page, demo_site: str) -> None:
    log_in(page, demo_site, "fatima", DEMO_PASSWORD)
    page.get_by_role("navigation", name="Hoofdnavigatie").get_by_role(
        "link", name="Wijkanalyse"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wijkanalyse")
    page.get_by_role("link", name="Wijk W", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wijkanalyse Wijk W")
    expect(page.get_by_role("img", name="Signalen per 1.000 inwoners")).to_be_visible()
    expect(page.locator(".wv-analysis-map path")).to_have_count(6)
    expect(page.get_by_role("heading", name="Trends per thema")).to_be_visible()
    assert page.locator("polyline").count() >= 1
    expect(page.get_by_role("table").first.get_by_role("row", name="Rozenhof")).to_be_visible()
    shot(page, "wijkanalyse-wijk-w")
    _no_violations(page)

    page.get_by_label("Thema", exact=True).select_option("overlast")
    page.get_by_label("Periode", exact=True).select_option("52-weken")
    page.get_by_role("button", name="Tonen").click()
    expect(page.get_by_role("heading", level=2).first).to_contain_text("Overlast")
    _no_violations(page)

    page.get_by_role("table").first.get_by_role("link", name="Rozenhof").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rozenhof")
    expect(page.get_by_role("heading", name="In de wijkanalyse")).to_be_visible()
    shot(page, "buurt-rozenhof")
    _no_violations(page)

    page.get_by_role("link", name="Wijkanalyse van deze buurt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wijkanalyse Rozenhof")
    _no_violations(page)
