"""In a real Chromium, on the demo with its signals: Fatima opens Gemeenschappelijke vragen, opens
the strongest question (litter in the Havenstraat) and confirms it; axe-core finds no serious or critical
violations on the list and the detail page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations, log_in, shot
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD

pytestmark = pytest.mark.browser


def test_confirm_the_strongest_question(page: Page, demo_site: str) -> None:
    log_in(page, demo_site, "fatima", DEMO_PASSWORD)
    page.get_by_role("navigation", name="Hoofdnavigatie").get_by_role(
        "link", name="Gemeenschappelijke vragen"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gemeenschappelijke vragen")
    shot(page, "cq-list")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]

    page.get_by_role("link", name="Afval – Havenstraat, Havenkwartier").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Afval – Havenstraat, Havenkwartier")
    expect(page.get_by_role("img", name="per week")).to_be_visible()
    shot(page, "cq-detail")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]

    page.get_by_role("button", name="Bevestigen", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("De vraag is bevestigd.")
    expect(page.locator(".wv-title-row .cq-status")).to_have_text("bevestigd")
    shot(page, "cq-confirmed")
