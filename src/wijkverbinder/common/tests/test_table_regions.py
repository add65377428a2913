"""Every table of a screen page sits in its own scroll region: a `div.wv-scroll` with
`role="region"`, an accessible name (`aria-label`) and `tabindex="0"`, so that a wide table scrolls by
itself on a phone while it stays a table for screen readers (no `display: block` on the table). The
browser test `tests/browser/test_phone.py` checks the same at 360 px in Chromium."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2]
STYLESHEET = PACKAGE / "common" / "assets" / "wijkverbinder" / "app.css"

# Pages made for paper (their own stylesheet, no scrolling in print) and the Django admin's page.
PAPER_OR_ADMIN = {
    "diagnosis/advice_sheet.html",
    "privacy/household_pdf.html",
    "straattafel/statement_sheet.html",
    "operations/system.html",
}

REGION = re.compile(
    r'<div class="wv-scroll" role="region" aria-label="(?P<label>(?:\{%[^%]+%\}|\{\{[^}]+\}\}|[^"{])+)" tabindex="0">\s*'
    r"(?:\{%[^%]*%\}\s*)?<table\b"
)


def _screen_templates() -> list[Path]:
    found = []
    for path in sorted(PACKAGE.glob("*/templates/**/*.html")):
        if path.relative_to(_templates_root(path)).as_posix() not in PAPER_OR_ADMIN:
            found.append(path)
    return found


def _templates_root(path: Path) -> Path:
    for parent in path.parents:
        if parent.name == "templates":
            return parent
    raise AssertionError(path)


def test_every_table_on_a_screen_page_has_its_own_named_scroll_region() -> None:
    templates = _screen_templates()
    assert len(templates) > 50, "the templates were not found"
    bare = {}
    tables = 0
    for path in templates:
        text = path.read_text(encoding="utf-8")
        count = len(re.findall(r"<table\b", text))
        wrapped = len(REGION.findall(text))
        tables += count
        if count != wrapped:
            bare[str(path.relative_to(PACKAGE))] = count - wrapped
    assert tables >= 20
    assert bare == {}, f"tables without a named scroll region (how many): {bare}"


def test_the_stylesheet_keeps_tables_tables_and_lets_the_region_scroll() -> None:
    css = STYLESHEET.read_text(encoding="utf-8")
    assert not re.search(r"table[^{]*\{[^}]*display:\s*block", css), (
        "a table with display: block loses its table semantics in some screen readers"
    )
    assert re.search(r"\.wv-scroll\s*\{[^}]*overflow-x:\s*auto", css)
    # positioned: the visually hidden texts in a table would otherwise widen the page
    assert re.search(r"\.wv-scroll\s*\{[^}]*position:\s*relative", css)
