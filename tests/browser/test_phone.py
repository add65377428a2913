"""In a real Chromium at a phone's width (360 px): no page makes the whole screen scroll sideways
(a wide table scrolls inside its own named, focusable region and stays a table for screen readers),
and axe-core finds no serious violations there."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import axe_violations, log_in
from wijkverbinder.portal.demo.cast import DEMO_PASSWORD

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}

PAGES = [
    "/",
    "/signalen/",
    "/signalen/nieuw/",
    "/signalen/importeren/",
    "/gemeenschappelijke-vragen/",
    "/trajecten/",
    "/situatie-bepalen/",
    "/advies/",
    "/kennisbank/",
    "/wijkanalyse/WK990101/",
]


def _sideways(page: Page) -> int:
    """How many pixels the page is wider than the screen."""
    width: int = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    return width


# Each table: its display (must stay "table") and whether its parent is a named, focusable region
# that scrolls sideways when the table is wider than the screen.
TABLE_PROBLEMS = """() => [...document.querySelectorAll('main table')].flatMap((table, i) => {
  const wrap = table.parentElement;
  const problems = [];
  if (getComputedStyle(table).display !== 'table') problems.push(`table ${i}: display is not table`);
  if (!wrap.matches('.wv-scroll[role=region][tabindex="0"]') || !wrap.getAttribute('aria-label'))
    problems.push(`table ${i}: not in a named, focusable region`);
  else if (getComputedStyle(wrap).overflowX !== 'auto') problems.push(`table ${i}: region does not scroll`);
  const broken = [...table.querySelectorAll('th, td')]
    .filter(cell => getComputedStyle(cell).overflowWrap === 'anywhere');
  if (broken.length) problems.push(`table ${i}: ${broken.length} cells break words anywhere`);
  const caption = table.querySelector('caption');
  if (caption && caption.getBoundingClientRect().right > document.documentElement.clientWidth)
    problems.push(`table ${i}: its caption runs off the screen`);
  return problems;
})"""


def _table_problems(page: Page) -> list[str]:
    problems: list[str] = page.evaluate(TABLE_PROBLEMS)
    return problems


def _first_link(page: Page, selector: str) -> str:
    href = page.locator(selector).first.get_attribute("href")
    assert href
    return href


def test_no_page_scrolls_sideways_on_a_phone(browser: Browser, demo_site: str) -> None:
    context = browser.new_context(bypass_csp=True, locale="nl-NL", viewport=PHONE)
    page = context.new_page()
    try:
        log_in(page, demo_site, "fatima", DEMO_PASSWORD)
        paths = list(PAGES)
        page.goto(f"{demo_site}/gemeenschappelijke-vragen/")
        paths.append(_first_link(page, "table a[href^='/gemeenschappelijke-vragen/']"))
        page.goto(f"{demo_site}/trajecten/")
        # a trajectory's own page (the first tiles link to the start page of a question)
        paths.append(_first_link(page, ".wv-tile a[href^='/trajecten/']:not([href*='start'])"))
        assert re.fullmatch(r"/trajecten/[0-9a-f-]{36}/", paths[-1]), paths[-1]
        wide = {}
        tables: dict[str, list[str]] = {}
        seen = 0
        for path in paths:
            page.goto(f"{demo_site}{path}")
            if (extra := _sideways(page)) > 0:
                wide[path] = extra
            seen += page.locator("main table").count()
            if problems := _table_problems(page):
                tables[path] = problems
        assert wide == {}, f"pages wider than a 360 px phone (pixels too wide): {wide}"
        assert seen >= 5, "the pages showed too few tables to check"
        assert tables == {}, f"tables that are no table or scroll with the page: {tables}"
        for path in (
            "/signalen/",
            "/gemeenschappelijke-vragen/",
            "/wijkanalyse/WK990101/",
            paths[-1],
        ):
            page.goto(f"{demo_site}{path}")
            violations = axe_violations(page)
            assert violations == [], (
                f"{path}: {[(v['id'], [n['html'][:150] for n in v['nodes']]) for v in violations]}"
            )
    finally:
        context.close()
