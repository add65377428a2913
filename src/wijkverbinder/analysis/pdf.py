"""The stylesheet of the wijkrapportage's PDF: the page's own CSS, read from the static files
(WeasyPrint gets the sheet's CSS from `diagnosis.pdf.render_pdf`)."""

from __future__ import annotations

from django.contrib.staticfiles import finders

REPORT_CSS = "analysis/analysis.css"


def pdf_stylesheet() -> str:
    """The CSS of the report's tables and legend."""
    path = finders.find(REPORT_CSS)
    if not path or isinstance(path, list):
        return ""
    with open(path, encoding="utf-8") as handle:
        return handle.read()
