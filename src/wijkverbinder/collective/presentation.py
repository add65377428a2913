"""How a question is shown: the score in words, a timeline of signals per week and a small map.

Both drawings are server-rendered SVG (work offline, no JavaScript). The score's meaning (see
docs/detection.md): score = −log10(M · p), so the chance that the usual rates alone produce a group
this unusual anywhere in the run is at most 1 in 10^score. Users see only its strength: sterk
(score ≥ 2), duidelijk (≥ 1) or zwak (below, a hint); never the raw or a negative score.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.core.svg_map import MapArea, render_svg

MAP_WIDTH = 360
#: Strength of a question by its score (docs/detection.md, "Strength shown to users"): the
#: lowest score of each level and the chance the page states for it (at most 1 in ``odds``).
STRENGTHS: tuple[tuple[float, str, int], ...] = (
    (2.0, "strong", 100),
    (1.0, "clear", 10),
)
WEAK = "weak"


def strength(score: float) -> str:
    """strong | clear | weak — the one figure shown on every page (also a CSS modifier)."""
    for limit, level, _odds in STRENGTHS:
        if score >= limit:
            return level
    return WEAK


def strength_label(score: float) -> str:
    """The strength in Dutch: "sterk", "duidelijk" or "zwak"."""
    labels = {
        "strong": pgettext("strength of a collective question", "strong"),
        "clear": pgettext("strength of a collective question", "clear"),
        "weak": pgettext("strength of a collective question", "weak"),
    }
    return labels[strength(score)]


def strength_explained(score: float) -> str:
    """What the strength promises, in a sentence without the raw score."""
    level = strength(score)
    for _limit, name, odds in STRENGTHS:
        if name == level:
            return _(
                "Without a shared cause, a group this unusual turns up by chance at most once "
                "in %(n)s searches of the whole town."
            ) % {"n": f"{odds:,}".replace(",", ".")}
    return _("A hint: a group like this also turns up by chance. Read the signals before deciding.")


# Older names, kept for templates and callers: the same three levels.
score_band = strength
score_words = strength_label


def counts_households(households_known: bool) -> bool:
    """Whether counts may say "households": only when every signal carried a household key."""
    return households_known


def count_words(n: int, households_known: bool) -> str:
    """ "12 huishoudens" when households are known, else "12 meldingen" (reports)."""
    if households_known:
        return ngettext("%(n)d household", "%(n)d households", n) % {"n": n}
    return ngettext("%(n)d report", "%(n)d reports", n) % {"n": n}


def count_note(households_known: bool) -> str:
    """Why a question counts reports, not households ("" when households are known)."""
    if households_known:
        return ""
    return _(
        "Not every signal carries a household (public-space reports never do), so reports are "
        "counted, not households: one person may be behind several."
    )


def score_explained(
    score: float, households: int, expected: float | None, households_known: bool = True
) -> str:
    """One sentence a professional can repeat in a meeting (no raw score, no false precision)."""
    parts = []
    if expected is not None:
        if households_known:
            text = ngettext(
                "%(n)d household reported this where about %(e)s were expected from the place's "
                "own history and the town's rate.",
                "%(n)d households reported this where about %(e)s were expected from the place's "
                "own history and the town's rate.",
                households,
            )
        else:
            text = ngettext(
                "%(n)d report where about %(e)s were expected from the place's own history and "
                "the town's rate.",
                "%(n)d reports where about %(e)s were expected from the place's own history and "
                "the town's rate.",
                households,
            )
        about = f"{expected:.0f}" if expected >= 1 else _("less than 1")
        parts.append(text % {"n": households, "e": about})
    parts.append(strength_explained(score))
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
