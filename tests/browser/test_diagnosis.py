"""In a real Chromium: Fatima assesses a buurt, sees its phase, opens the advice and its warnings;
axe-core finds no serious or critical violations on Kennisbank, Situatie bepalen and Advies."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations, log_in
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD

pytestmark = pytest.mark.browser

#: screenshots to look at by hand after a run
SCREENSHOTS = str(Path(tempfile.gettempdir()) / "wijkverbinder-diagnosis")


def _check(page: Page, label: str) -> None:
    page.get_by_label(label, exact=True).check()


def test_assess_a_buurt_then_get_advice(page: Page, site: str) -> None:
    log_in(page, site, "fatima", DEMO_PASSWORD)
    page.get_by_role("navigation", name="Hoofdnavigatie").get_by_role(
        "link", name="Kennisbank"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kennisbank")
    assert axe_violations(page) == []
    page.screenshot(path=f"{SCREENSHOTS}-kennisbank.png", full_page=False)

    page.get_by_role("link", name="Situatie bepalen").first.click()
    page.wait_for_url("**/situatie-bepalen/")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Situatie bepalen Rozenhof").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Situatie bepalen in Rozenhof")
    assert axe_violations(page) == []
    _check(page, "Wij-zij-taal over andere groepen")
    _check(page, "Bewoners mijden elkaar")
    _check(page, "Regelmatig, elke maand")
    _check(page, "Wijkteam of maatschappelijk werk")
    _check(page, "Bewoners uit verschillende groepen")
    _check(page, "jong en oud")
    page.get_by_role("button", name="Fase bepalen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Fase van Rozenhof")
    expect(page.get_by_test_id("fase")).to_contain_text("Spanning")
    expect(page.get_by_role("heading", name="Hoe zeker is dit?")).to_be_visible()
    expect(page.get_by_role("heading", name="Bewijs uit signalen")).to_be_visible()
    assert axe_violations(page) == []
    page.screenshot(path=f"{SCREENSHOTS}-uitkomst.png", full_page=True)

    page.get_by_role("link", name="Advies voor deze fase").click()
    expect(page.get_by_label("Spanning (roze)")).to_be_checked()
    page.get_by_label("Geplande bijeenkomstvorm").select_option("buurt_bbq")
    page.get_by_label("Het thema ligt gevoelig").check()
    page.get_by_role("button", name="Advies tonen").click()
    expect(page.get_by_role("heading", name="Advies voor de fase Spanning")).to_be_visible()
    expect(page.locator("#advies")).to_contain_text("Eenmalig feest bij spanning of incidenten")
    expect(page.locator("#advies")).not_to_contain_text("ADV001")
    expect(page.get_by_role("link", name="Downloaden als pdf")).to_be_visible()
    assert axe_violations(page) == []
    page.locator("#advies").screenshot(path=f"{SCREENSHOTS}-advies.png")

    page.get_by_role("link", name="Adviesblad afdrukken").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Adviesblad")
    page.screenshot(path=f"{SCREENSHOTS}-blad.png", full_page=True)


def test_questionnaire_errors_are_dutch_and_focusable(page: Page, site: str) -> None:
    log_in(page, site, "fatima", DEMO_PASSWORD)
    page.goto(f"{site}/situatie-bepalen/BU99010102/")
    page.get_by_role("button", name="Fase bepalen").click()
    expect(page.get_by_role("alert")).to_contain_text("Niet opgeslagen")
    expect(page.get_by_role("alert")).to_contain_text("Beantwoord deze vraag.")
    assert axe_violations(page) == []


def test_after_incidents_a_safety_check_opens_bridging_contact(page: Page, site: str) -> None:
    """Issue 13: incidenten → record the safety check → the advice offers the next step."""
    log_in(page, site, "fatima", DEMO_PASSWORD)
    page.goto(f"{site}/situatie-bepalen/BU99010102/")
    _check(page, "Vernieling")
    _check(page, "Vaak, elke week of vaker")
    _check(page, "Wijkagent of politie")
    page.get_by_role("button", name="Fase bepalen").click()
    expect(page.get_by_test_id("fase")).to_contain_text("Incidenten")
    expect(page.get_by_role("heading", name="Is de veiligheid terug?")).to_be_visible()
    page.get_by_text("Een veiligheidscontrole vastleggen").click()
    _check(page, "Geen nieuwe incidenten sinds de maatregelen")
    _check(page, "De onveiligheid en overlast zijn aangepakt")
    _check(page, "Bewoners zeggen dat ze zich veiliger voelen")
    _check(page, "wijkagent of politie")
    page.get_by_role("button", name="Controle vastleggen").click()
    expect(page.get_by_test_id("veiligheid-status")).to_contain_text("de veiligheid is terug")
    assert axe_violations(page) == []

    page.get_by_role("link", name="Advies voor deze fase").click()
    expect(page.get_by_test_id("veiligheidscontrole")).to_be_visible()
    page.get_by_role("button", name="Advies tonen").click()
    advice = page.locator("#advies")
    expect(advice).to_contain_text("Volgende stap - overbruggend contact")
    expect(advice).to_contain_text("Bepaal de fase opnieuw")
    expect(advice).to_contain_text("Steun van autoriteiten")
    expect(advice).to_contain_text("Samenwerken aan een gemeenschappelijke taak of belang")
    assert axe_violations(page) == []
    advice.screenshot(path=f"{SCREENSHOTS}-na-incidenten.png")
