"""In a real Chromium: record a signal after a home visit with the live theme suggestion and one
click to confirm it; see it redacted; the list filters; axe-core on the intake pages."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations, log_in
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD

pytestmark = pytest.mark.browser


def test_record_signal_with_suggested_theme(page: Page, site: str) -> None:
    log_in(page, site, "fatima", DEMO_PASSWORD)
    page.get_by_role("link", name="Signalen").first.click()
    page.get_by_role("link", name="Nieuw signaal").click()
    page.get_by_label("Buurt").select_option("BU99010102")
    page.get_by_label("Straat").fill("Kastanjelaan")
    page.get_by_label("Wat hebt u gehoord of gezien?").press_sequentially(
        "Meneer Hoekstra (06-12345678) heeft elke nacht last van harde muziek van de bovenburen.",
        delay=5,
    )
    confirm = page.get_by_test_id("bevestig-thema")
    expect(confirm).to_be_visible(timeout=15000)
    confirm.click()
    expect(page.get_by_label("Thema")).to_have_value("overlast.geluid")
    page.get_by_label("ervaart last").check()
    page.locator(".wv-signal-form").get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.get_by_role("status").first).to_contain_text("Het signaal is opgeslagen.")
    quote = page.locator(".wv-quote")
    expect(quote).to_contain_text("[NAAM]")
    expect(quote).to_contain_text("[TELEFOON]")
    expect(quote).not_to_contain_text("Hoekstra")
    expect(page.locator(".wv-facts")).to_contain_text("Overlast › Geluid")


def test_refusal_is_shown_in_dutch(page: Page, site: str) -> None:
    log_in(page, site, "fatima", DEMO_PASSWORD)
    page.goto(f"{site}/signalen/nieuw/")
    page.get_by_label("Wat hebt u gehoord of gezien?").fill("Iets gezien zonder plaats.")
    page.locator(".wv-signal-form").get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Geef een postcode en huisnummer, een buurt, of een punt"
    )


def test_intake_pages_are_accessible(page: Page, site: str) -> None:
    log_in(page, site, "fatima", DEMO_PASSWORD)
    for path in ("/signalen/", "/signalen/nieuw/", "/signalen/importeren/"):
        page.goto(f"{site}{path}")
        violations = axe_violations(page)
        assert violations == [], f"{path}: {[(v['id'], v['help']) for v in violations]}"
