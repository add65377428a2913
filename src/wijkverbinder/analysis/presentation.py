"""What the wijkanalyse page and report show: the choropleth SVG, the legend and the links."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wijkverbinder.analysis.pdf import pdf_stylesheet
from wijkverbinder.analysis.selectors import PERIODS, Wijkanalyse, theme_choices
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.core.analysis import choropleth
from wijkverbinder.core.svg_map import MapArea, render_svg

METHOD = gettext_lazy(
    "Signals per 1,000 inhabitants: the number of signals of your team(s) in the period, divided "
    "by the number of inhabitants of the buurt (CBS). A cell with fewer than 5 different "
    "households is shown as “< 5”; signals without a household each count as a household of "
    "their own. Where a total would give a hidden cell away, a second cell or the total is hidden "
    "too. The change compares the period with the average of the year before it. Signals are what "
    "the team hears, not a measurement of everything that happens in the buurt: more signals can "
    "also mean that residents find the team more easily."
)


def map_svg(found: Wijkanalyse) -> str:
    """The choropleth of the map's buurten (empty when no buurt has a geometry)."""
    ids = {b.code: b.pk for b in found.area.map_buurten}
    shapes = dict(
        Neighbourhood.objects.filter(pk__in=list(ids.values())).values_list("pk", "geometry")
    )
    areas = []
    for row in found.rows:
        geometry = shapes.get(ids[row.code])
        if not geometry:
            continue
        shown = "< 5" if row.signals is None else f"{row.rate if row.rate is not None else '–'}"
        label = f"{row.name}: {shown} {_('per 1,000 inhabitants')}"
        areas.append(MapArea(row.code, label, geometry, fill=row.fill, highlight=row.current))
    title = _("Signals per 1,000 inhabitants, %(theme)s, %(period)s, %(area)s") % {
        "theme": found.theme_label,
        "period": found.period_label,
        "area": found.area.name,
    }
    return render_svg(areas, width=520, title=title, defs=choropleth.HATCH_DEFS)


def context(found: Wijkanalyse, *, problems: list[str], query: str) -> dict[str, Any]:
    """The template context of the page and the report."""
    code = found.area.code
    suffix = f"?{query}" if query else ""
    return {
        "analysis": found,
        "area": found.area,
        "problems": problems,
        "map_svg": mark_safe(map_svg(found)),  # noqa: S308 - built from escaped values
        "method": METHOD,
        "periods": [(key, str(label)) for key, (_blocks, label) in PERIODS.items()],
        "themes": theme_choices(),
        "hidden_fill": choropleth.HIDDEN_FILL,
        "unknown_fill": choropleth.UNKNOWN_FILL,
        "links": {
            "report": reverse("analysis:report", args=[code]) + suffix,
            "pdf": reverse("analysis:report_pdf", args=[code]) + suffix,
            "map_csv": reverse("analysis:map_csv", args=[code]) + suffix,
            "trends_csv": reverse("analysis:trends_csv", args=[code]) + suffix,
            "page": reverse("analysis:page", args=[code]) + suffix,
        },
    }


def report_html(found: Wijkanalyse, *, for_pdf: bool, query: str = "") -> str:
    """The wijkrapportage as HTML: a page of its own, or the source of the PDF (styles inline)."""
    page = context(found, problems=[], query=query)
    page.update(for_pdf=for_pdf, made_at=timezone.localtime())
    if for_pdf:
        page["pdf_css"] = mark_safe(pdf_stylesheet())  # noqa: S308 - our own static file
    return render_to_string("analysis/report.html", page)
