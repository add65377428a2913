"""PDF of a rendered HTML page with WeasyPrint.

The sheet's stylesheet is read from the static files and passed in, so no network or server
round-trip is needed; WeasyPrint needs Pango (Debian: libpango-1.0-0, libpangoft2-1.0-0).
"""

from __future__ import annotations

from django.contrib.staticfiles import finders

SHEET_CSS = "diagnosis/sheet.css"


def static_css(name: str) -> str:
    """The text of a stylesheet among the static files ('' when it is not found)."""
    path = finders.find(name)
    if not path or isinstance(path, list):
        return ""
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def sheet_stylesheet() -> str:
    """The CSS of the advice sheet."""
    return static_css(SHEET_CSS)


def render_pdf(html: str) -> bytes:
    """The HTML as PDF bytes."""
    # imported late: it loads Pango through cffi
    from weasyprint import CSS, HTML  # type: ignore[import-untyped]

    document = HTML(string=html, base_url=None)
    result: bytes = document.write_pdf(stylesheets=[CSS(string=sheet_stylesheet())])
    return result
