"""In a real Chromium: the coordinator starts a straattafel from the trajectory in step 3, residents
vote on a small phone (keyboard only for one of them), the team enters a paper participant and sees
the results; axe-core finds no serious or critical violations on the residents' and team's pages."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import axe_violations, log_in
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD
from wijkverbinder.straattafel.models import Straattafel, Vote
from wijkverbinder.straattafel.services import add_statement
from wijkverbinder.straattafel.tests.factories import STATEMENTS, residents_vote
from wijkverbinder.trajectories.tests.factories import in_step3, joost

pytestmark = pytest.mark.browser
SHOTS = "/tmp/straattafel-{}.png"  # noqa: S108  (screenshots for a person to look at)


def _phone(browser: Browser) -> Page:
    context = browser.new_context(
        bypass_csp=True,
        locale="nl-NL",
        viewport={"width": 320, "height": 640},
        is_mobile=True,
        has_touch=True,
    )
    return context.new_page()


def test_straattafel_from_trajectory_to_what_binds(page: Page, browser: Browser, site: str) -> None:
    trajectory = in_step3()
    log_in(page, site, "joost", DEMO_PASSWORD)
    page.goto(f"{site}/trajecten/{trajectory.uuid}/")
    page.get_by_role("link", name="Een digitale straattafel starten").click()
    page.get_by_label("Titel").fill("Samen leven in de Kastanjelaan")
    page.get_by_label("Vraag aan de bewoners").fill("Wat maakt wonen in de Kastanjelaan prettiger?")
    page.get_by_role("button", name="Straattafel aanmaken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Samen leven in de Kastanjelaan")
    for text in STATEMENTS[:3]:
        page.get_by_label("Stelling", exact=True).fill(text)
        page.get_by_role("button", name="Toevoegen", exact=True).click()
    assert axe_violations(page) == []
    item = Straattafel.objects.get()
    for text in STATEMENTS[3:]:  # the rest through the service, to keep the test short
        add_statement(user=joost(), straattafel=item, text=text, is_meta=text.startswith("Ik woon"))
    residents_vote(item, count=16)

    phone = _phone(browser)
    phone.goto(f"{site}/t/{item.code}/")
    assert axe_violations(phone) == []
    expect(phone.locator(".wv-nav")).to_have_count(0)  # no staff navigation
    phone.screenshot(path=SHOTS.format("1-telefoon"), full_page=True)
    # keyboard only: tab to "Eens" and press Enter, for every statement
    for _ in range(len(STATEMENTS)):
        expect(phone.get_by_text("Stelling", exact=False).first).to_be_visible()
        phone.get_by_role("button", name="Eens", exact=True).focus()
        with phone.expect_navigation():
            phone.keyboard.press("Enter")
    expect(phone.get_by_role("status")).to_contain_text("U heeft op alle stellingen gestemd")
    phone.get_by_role("link", name="Bekijk wat de buurt vindt").click()
    expect(phone.get_by_role("heading", name="Wat ons bindt")).to_be_visible()
    assert axe_violations(phone) == []
    phone.screenshot(path=SHOTS.format("2-uitkomst"), full_page=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320  # no sideways scrolling
    phone.context.close()

    page.goto(f"{site}/straattafels/{item.uuid}/")
    page.locator("summary", has_text="Een deelnemer op papier invoeren").click()
    page.locator("#turven").get_by_role("radio", name="eens").first.check()
    page.get_by_role("button", name="Deze stemmen opslaan").click()
    assert Vote.objects.filter(channel="paper").count() == 1
    page.get_by_role("link", name="Uitkomsten", exact=True).click()
    expect(page.get_by_role("img", name="Kaart van de deelnemers")).to_be_visible()
    expect(page.get_by_role("heading", name="Wat ons bindt")).to_be_visible()
    assert axe_violations(page) == []
    page.screenshot(path=SHOTS.format("3-uitkomsten"), full_page=True)
