"""The stylesheet of the wijkrapportage's PDF: the page's own CSS, read from the static files
(WeasyPrint gets the sheet's CSS from `diagnosis.pdf.render_pdf`)."""

from __future__ import annotations

from wijkverbinder.diagnosis.pdf import static_css

REPORT_CSS = "analysis/analysis.css"


def pdf_stylesheet() -> str:
    """The CSS of the report's tables and legend."""
    return static_css(REPORT_CSS)
