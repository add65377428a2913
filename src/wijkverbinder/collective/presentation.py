"""How a question is shown: the score in words, a timeline of signals per week and a small map.

Both drawings are server-rendered SVG (work offline, no JavaScript). The score's meaning (see
docs/detection.md): score = −log10(M · p), so the chance that the usual rates alone produce a group
this unusual anywhere in the run is at most 1 in 10^score.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.core.svg_map import MapArea, render_svg

MAP_WIDTH = 360
BANDS: tuple[tuple[float, str], ...] = (
    (4.0, "very"),
    (2.0, "unusual"),
    (1.0, "notable"),
    (0.0, "raised"),
)


def score_band(score: float) -> str:
    """very | unusual | notable | raised | weak — a CSS modifier and the key of `score_words`."""
    for limit, band in BANDS:
        if score >= limit and (band != "raised" or score > 0):
            return band
    return "weak"


def score_words(score: float) -> str:
    """The score in words ("zeer ongebruikelijk", …)."""
    words = {
        "very": _("very unusual"),
        "unusual": _("unusual"),
        "notable": _("notable"),
        "raised": _("slightly raised"),
        "weak": _("weak hint"),
    }
    return words[score_band(score)]


def score_explained(score: float, households: int, expected: float | None) -> str:
    """One sentence a professional can repeat in a meeting."""
    parts = []
    if expected is not None:
        parts.append(
            ngettext(
                "%(n)d household reported this where about %(e)s were expected from the place's "
                "own history and the town's rate.",
                "%(n)d households reported this where about %(e)s were expected from the place's "
                "own history and the town's rate.",
                households,
            )
            % {"n": households, "e": f"{expected:.1f}".replace(".", ",")}
        )
    if score > 0:
        odds = 10 ** min(score, 12)
        parts.append(
            _("Background alone would give a group this unusual in at most 1 in %(n)s runs.")
            % {"n": f"{odds:,.0f}".replace(",", ".")}
        )
    else:
        parts.append(
            _("After correction for the number of windows tried this is not significant: a hint.")
        )
    return " ".join(parts)


def timeline_svg(days: Sequence[date], *, start: date | None, end: date | None) -> str:
    """Bars of signals per week over the question's period, with two weeks either side."""
    if not days:
        return ""
    first = min([*days, start or min(days)]) - timedelta(days=14)
    last = max([*days, end or max(days)]) + timedelta(days=14)
    first -= timedelta(days=first.weekday())
    weeks = (last - first).days // 7 + 1
    counts = Counter((d - first).days // 7 for d in days)
    width, height, base = 640, 130, 104
    top = max(counts.values())
    bar = (width - 40) / weeks
    bars = []
    for week in range(weeks):
        n = counts.get(week, 0)
        if not n:
            continue
        h = max(2.0, (base - 10) * n / top)
        monday = first + timedelta(weeks=week)
        label = ngettext("week of %(d)s: %(n)d signal", "week of %(d)s: %(n)d signals", n) % {
            "d": monday.strftime("%d-%m-%Y"),
            "n": n,
        }
        bars.append(
            f'<rect x="{30 + week * bar:.1f}" y="{base - h:.1f}" width="{max(bar - 1, 1):.1f}" '
            f'height="{h:.1f}" class="cq-bar"><title>{escape(label)}</title></rect>'
        )
    ticks = []
    for month_start in _months(first, last):
        x = 30 + (month_start - first).days / 7 * bar
        ticks.append(
            f'<line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 4}" class="cq-axis"/>'
            f'<text x="{x + 2:.1f}" y="{base + 16}" class="cq-tick">{month_start:%m-%Y}</text>'
        )
    summary = ngettext(
        "%(n)d signal between %(a)s and %(b)s, per week",
        "%(n)d signals between %(a)s and %(b)s, per week",
        len(days),
    ) % {"n": len(days), "a": f"{min(days):%d-%m-%Y}", "b": f"{max(days):%d-%m-%Y}"}
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(summary)}" class="cq-timeline">'
        f'<text x="0" y="12" class="cq-tick">{top}</text>'
        f'<line x1="30" y1="{base}" x2="{width - 10}" y2="{base}" class="cq-axis"/>'
        f"{''.join(bars)}{''.join(ticks)}</svg>"
    )


def _months(first: date, last: date) -> list[date]:
    months, current = [], date(first.year, first.month, 1)
    step = max(1, math.ceil(((last - first).days / 30) / 8))
    while current <= last:
        if current >= first:
            months.append(current)
        month = current.month - 1 + step
        current = date(current.year + month // 12, month % 12 + 1, 1)
    return months


def map_svg(
    buurt: Neighbourhood, context: Sequence[Neighbourhood], points: Sequence[tuple[float, float]]
) -> str:
    """The buurt highlighted among its neighbours in the wijk, signals with coordinates as dots."""
    areas = [
        MapArea(
            b.code,
            b.name,
            b.geometry,
            fill="#f4d58d" if b.pk == buurt.pk else "#e3e8ee",
            highlight=b.pk == buurt.pk,
        )
        for b in context
        if b.geometry
    ]
    svg = render_svg(areas, width=MAP_WIDTH, title=_("Map of %(buurt)s") % {"buurt": buurt.name})
    if not svg or not points:
        return svg
    return svg.replace("</svg>", _dots(areas, points) + "</svg>")


def _dots(areas: Sequence[MapArea], points: Sequence[tuple[float, float]]) -> str:
    """Circles in the projection `render_svg` uses (lon scaled by cos(lat), padding 4)."""
    coords = [
        (float(x), float(y))
        for area in areas
        for polygon in (
            area.geometry["coordinates"]
            if area.geometry.get("type") == "MultiPolygon"
            else [area.geometry["coordinates"]]
        )
        for ring in polygon
        for x, y, *_ in ring
    ]
    xs, ys = [x for x, _y in coords], [y for _x, y in coords]
    scale_x = math.cos(math.radians((min(ys) + max(ys)) / 2))
    factor = (MAP_WIDTH - 8) / max((max(xs) - min(xs)) * scale_x, 1e-9)
    return "".join(
        f'<circle cx="{4 + (lon - min(xs)) * scale_x * factor:.1f}" '
        f'cy="{4 + (max(ys) - lat) * factor:.1f}" r="4" class="cq-dot"/>'
        for lat, lon in points
    )
