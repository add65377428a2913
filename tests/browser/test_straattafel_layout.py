"""In a real Chromium on a 320 px phone: the residents' voting page hides its skip link until it
has the focus, uses the system font (the theme's heading font is not shipped), and a statement
with one long word (a web address) wraps instead of widening the page."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import log_in
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD
from wijkverbinder.straattafel import services
from wijkverbinder.straattafel.models import Straattafel
from wijkverbinder.trajectories.tests.factories import joost

pytestmark = pytest.mark.browser

LONG = "Kijk op https://www.verbindendam.nl/buurten/rozenhof/speeltuin-kastanjelaan-plannen-2026"
SERIF = """() => [...document.querySelectorAll('body *')]
    .filter(e => /(^|[^-])serif/i.test(getComputedStyle(e).fontFamily))
    .map(e => e.tagName.toLowerCase())"""


def _open_straattafel() -> Straattafel:
    """An open straattafel of the Kastanjelaan's buurt, made by the demo's joost."""
    now = timezone.now()
    return services.create_straattafel(
        user=joost(),
        neighbourhood=Neighbourhood.objects.filter(code="BU99010102").order_by("-year").first(),  # type: ignore[arg-type]
        title="Samen leven in de Kastanjelaan",
        question="Wat maakt wonen in de Kastanjelaan prettiger?",
        opens_at=now - dt.timedelta(hours=1),
        closes_at=now + dt.timedelta(days=14),
    )


def test_voting_page_on_a_small_phone(browser: Browser, site: str) -> None:
    item = _open_straattafel()
    services.add_statement(user=joost(), straattafel=item, text=LONG)
    context = browser.new_context(
        bypass_csp=True, locale="nl-NL", viewport={"width": 320, "height": 640}, is_mobile=True
    )
    phone = context.new_page()
    try:
        phone.goto(f"{site}/t/{item.code}/")
        expect(phone.get_by_text(LONG)).to_be_visible()
        skip = phone.get_by_role("link", name="Direct naar de inhoud")
        expect(skip).not_to_be_in_viewport()
        phone.keyboard.press("Tab")
        expect(skip).to_be_focused()
        expect(skip).to_be_in_viewport()
        assert phone.evaluate(SERIF) == []
        assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        context.close()


def test_team_table_wraps_a_long_statement(page: Page, site: str) -> None:
    """The team's statement table on a desktop: one long word does not widen the page."""
    item = _open_straattafel()
    word = "https://www.verbindendam.nl/" + "kastanjelaan" * 12  # no hyphen to break at
    services.add_statement(user=joost(), straattafel=item, text=f"Kijk op {word}")
    log_in(page, site, "joost", DEMO_PASSWORD)
    page.goto(f"{site}/straattafels/{item.uuid}/")
    expect(page.get_by_text(word).first).to_be_visible()
    width = page.evaluate("window.innerWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_team_table_keeps_words_whole_on_a_phone(page: Page, site: str) -> None:
    """At 360 px the statement column shrank until words broke in two ("buurtfe|est"); it keeps
    12rem now and the table scrolls in its own region, the page does not."""
    item = _open_straattafel()
    services.add_statement(user=joost(), straattafel=item, text="Ik wil graag een buurtfeest.")
    page.set_viewport_size({"width": 360, "height": 740})
    log_in(page, site, "joost", DEMO_PASSWORD)
    page.goto(f"{site}/straattafels/{item.uuid}/")
    cell = page.locator(".wv-st-statement").first.bounding_box()
    assert cell is not None
    assert cell["width"] >= 190
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
