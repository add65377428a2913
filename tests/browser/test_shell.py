"""In a real Chromium: log in as a demo member, see the start page, log out; axe-core finds no
serious or critical accessibility violations on the main pages."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import axe_violations, log_in
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD

pytestmark = pytest.mark.browser

MAIN_PAGES = [
    "/",
    "/buurten/BU99010102/",
    "/signalen/",
    "/gemeenschappelijke-vragen/",
    "/kennisbank/",
]


def test_log_in_see_start_page_log_out(page: Page, site: str) -> None:
    log_in(page, site, "fatima", DEMO_PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Fatima El Amrani")
    expect(page.get_by_role("navigation", name="Hoofdnavigatie")).to_contain_text(
        "Gemeenschappelijke vragen"
    )
    expect(page.locator('a[href="/buurten/BU99010102/"]').first).to_have_text("Rozenhof")
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    page.goto(f"{site}/")
    expect(page).to_have_url(f"{site}/inloggen/?next=/")


def test_wrong_password_stays_on_login_with_message(page: Page, site: str) -> None:
    log_in(page, site, "fatima", "verkeerd-wachtwoord")
    expect(page.get_by_role("alert")).to_contain_text(
        "Voer een juiste gebruikersnaam en wachtwoord in"
    )


def test_keyboard_skip_link_reaches_content(page: Page, site: str) -> None:
    log_in(page, site, "fatima", DEMO_PASSWORD)
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Direct naar de inhoud")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site}/#inhoud")


def test_main_pages_have_no_serious_accessibility_violations(page: Page, site: str) -> None:
    page.goto(f"{site}/inloggen/")
    assert axe_violations(page) == []
    log_in(page, site, "fatima", DEMO_PASSWORD)
    for path in MAIN_PAGES:
        page.goto(f"{site}{path}")
        violations = axe_violations(page)
        assert violations == [], f"{path}: {[(v['id'], v['help']) for v in violations]}"


def _menu_button_visible(page: Page) -> bool:
    return page.get_by_role("button", name="Menu").is_visible()


def test_phone_menu_is_one_row_opens_by_keyboard_and_tells_its_state(page: Page, site: str) -> None:
    """At 360 px the navigation and the log-out sit behind one "Menu" button (a script file, no
    inline script under the CSP): the header is one row, the button says whether it is open
    (aria-expanded), Enter opens it, Escape closes it and gives the focus back."""
    page.set_viewport_size({"width": 360, "height": 740})
    log_in(page, site, "fatima", DEMO_PASSWORD)
    page.goto(f"{site}/signalen/")
    menu = page.get_by_role("button", name="Menu")
    navigation = page.get_by_role("navigation", name="Hoofdnavigatie")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(navigation).to_be_hidden()
    expect(page.get_by_role("button", name="Uitloggen")).to_be_hidden()
    header = page.locator("header").bounding_box()
    assert header is not None
    assert header["height"] < 100, header  # one row, was four
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert axe_violations(page) == []

    menu.focus()
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("link", name="Trajecten", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()
    assert axe_violations(page) == []
    page.keyboard.press("Tab")  # into the open menu
    page.keyboard.press("Escape")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_focused()
    expect(navigation).to_be_hidden()

    page.keyboard.press("Space")
    expect(navigation).to_be_visible()
    with page.expect_navigation():
        page.get_by_role("link", name="Trajecten", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Trajecten")
    expect(page.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "false")


def test_wide_screen_shows_the_whole_menu_without_a_button(page: Page, site: str) -> None:
    log_in(page, site, "fatima", DEMO_PASSWORD)  # 1280 px
    expect(page.get_by_role("link", name="Trajecten", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()
    assert not _menu_button_visible(page)
    assert axe_violations(page) == []


def test_without_scripts_a_phone_still_shows_the_whole_menu(browser: Browser, site: str) -> None:
    context = browser.new_context(
        java_script_enabled=False, locale="nl-NL", viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    try:
        log_in(page, site, "fatima", DEMO_PASSWORD)
        expect(page.get_by_role("link", name="Trajecten", exact=True)).to_be_visible()
        expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()
        assert not _menu_button_visible(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


SERIF_TEXT = """() => [...document.querySelectorAll('body *')]
    .map(e => [e.tagName.toLowerCase(), getComputedStyle(e).fontFamily])
    .filter(([, family]) => /(^|[^-])serif/i.test(family))"""


def test_no_text_falls_back_to_a_serif_font(page: Page, site: str) -> None:
    """The theme's tokens name web fonts we do not ship (Noto Sans, Noto Serif); the table
    captions took 'Noto Serif' and showed in the browser's serif font."""
    log_in(page, site, "fatima", DEMO_PASSWORD)
    for path in [*MAIN_PAGES, "/wijkanalyse/WK990101/"]:
        page.goto(f"{site}{path}")
        assert page.evaluate(SERIF_TEXT) == [], path
