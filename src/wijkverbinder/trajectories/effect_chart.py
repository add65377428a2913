"""The effect on the trajectory page: a small server-side SVG (signals per week at the place, the
expected range from the comparison places, the moments marked) and its table twin.

The chart is an image with a text summary (`aria-label`); the table beside it (4-week periods) holds
the same numbers for screen readers and for those who read numbers rather than lines.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.utils.html import escape
from django.utils.translation import gettext as _

from wijkverbinder.common.errors import DomainError
from wijkverbinder.core.dates import dutch_date
from wijkverbinder.core.effect import EffectResult, WeekPoint
from wijkverbinder.trajectories import effect
from wijkverbinder.trajectories.models import Trajectory

WIDTH, HEIGHT = 640, 200
LEFT, RIGHT, TOP, BASE = 34, 10, 34, 160
#: label rows above the plot (baselines) and a label's estimated width per character (11px text)
LABEL_ROWS = (12, 25)
CHAR_WIDTH = 6.3


@dataclass(frozen=True)
class PeriodRow:
    """One row of the table twin: a 4-week period."""

    start: date
    signals: int
    expected: str
    band: str
    after: bool


def _number(value: float, digits: int = 1) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def period_rows(result: EffectResult) -> list[PeriodRow]:
    """Per model period of 4 weeks: signals at the place, expected and its 90 % range (from the
    comparison places); the moment's own week (left out of the model) is a row of its own."""
    weeks = list(result.weeks)
    moment_week = result.moment - timedelta(days=result.moment.weekday())
    blocks: list[list[WeekPoint]] = []
    for week in weeks:
        if (
            week.week == moment_week
            or not blocks
            or len(blocks[-1]) == 4
            or blocks[-1][0].week == moment_week
        ):
            blocks.append([week])
        else:
            blocks[-1].append(week)
    rows = []
    for block in blocks:
        first = block[0]
        rows.append(
            PeriodRow(
                start=first.week,
                signals=sum(w.count for w in block),
                expected=_number(first.expected * len(block))
                if first.expected is not None
                else "–",
                band=(
                    f"{_number(first.band_low * len(block))}–{_number(first.band_high * len(block))}"
                    if first.band_low is not None and first.band_high is not None
                    else "–"
                ),
                after=first.week > result.moment,
            )
        )
    return rows


def _x(index: int, count: int) -> float:
    return LEFT + (WIDTH - LEFT - RIGHT) * index / max(count, 1)


def _label_place(x: float, width: float, placed: list[tuple[int, float, float]]) -> tuple[int, str]:
    """Row and text-anchor of a moment's label at line `x`: right of its line in the top row if it
    fits there, else left of it, else the same in the second row, so that labels of moments close
    together ("eerste bijeenkomst" and "overdracht" a few weeks apart) do not overlap. Records
    the chosen extent in `placed`."""
    for row in range(len(LABEL_ROWS)):
        for anchor, left, right in (("start", x + 2, x + 2 + width), ("end", x - 2 - width, x - 2)):
            if left < 0 or right > WIDTH:
                continue
            if all(r != row or right + 4 < a or left > b + 4 for r, a, b in placed):
                placed.append((row, left, right))
                return row, anchor
    if x + 2 + width <= WIDTH:  # no free place: the last row, inside the chart
        placed.append((len(LABEL_ROWS) - 1, x + 2, x + 2 + width))
        return len(LABEL_ROWS) - 1, "start"
    placed.append((len(LABEL_ROWS) - 1, x - 2 - width, x - 2))
    return len(LABEL_ROWS) - 1, "end"


def effect_svg(result: EffectResult) -> str:
    """The chart, or '' when there are no weeks to draw."""
    weeks: list[WeekPoint] = list(result.weeks)
    if not weeks:
        return ""
    top = max([w.count for w in weeks] + [w.band_high or 0.0 for w in weeks] + [1.0])
    top = float(math.ceil(top))

    def y(value: float) -> float:
        return BASE - (BASE - TOP) * value / top

    n = len(weeks)
    upper, lower = [], []
    for i, w in enumerate(weeks):
        if w.band_low is None or w.band_high is None:
            continue
        upper += [(_x(i, n), y(w.band_high)), (_x(i + 1, n), y(w.band_high))]
        lower += [(_x(i, n), y(w.band_low)), (_x(i + 1, n), y(w.band_low))]
    band = " ".join(f"{a:.1f},{b:.1f}" for a, b in upper + lower[::-1])
    expected = " ".join(
        f"{_x(i, n):.1f},{y(w.expected):.1f} {_x(i + 1, n):.1f},{y(w.expected):.1f}"
        for i, w in enumerate(weeks)
        if w.expected is not None
    )
    bar = (WIDTH - LEFT - RIGHT) / n
    bars = "".join(
        f'<rect x="{_x(i, n):.1f}" y="{y(w.count):.1f}" width="{max(bar - 0.6, 0.6):.1f}" '
        f'height="{BASE - y(w.count):.1f}" class="ef-bar"/>'
        for i, w in enumerate(weeks)
        if w.count
    )
    marks: list[str] = []
    placed: list[tuple[int, float, float]] = []  # row, left, right of the labels so far
    for label, day in result.moments:
        index = (day - weeks[0].week).days / 7
        if 0 <= index <= n:
            x = LEFT + (WIDTH - LEFT - RIGHT) * index / n
            row, anchor = _label_place(x, len(label) * CHAR_WIDTH, placed)
            text_x = x + 2 if anchor == "start" else x - 2
            marks.append(
                f'<line x1="{x:.1f}" y1="{TOP - 6}" x2="{x:.1f}" y2="{BASE}" class="ef-moment"/>'
                f'<text x="{text_x:.1f}" y="{LABEL_ROWS[row]}" text-anchor="{anchor}" '
                f'class="ef-label">{escape(label)}</text>'
            )
    ticks = "".join(
        f'<text x="{_x(i, n):.1f}" y="{BASE + 14}" class="ef-label">{w.week:%m-%Y}</text>'
        for i, w in enumerate(weeks)
        if i % 13 == 0
    )
    summary = _(
        "Signals per week at %(place)s from %(a)s to %(b)s, with the range expected from the "
        "comparison places; %(moments)s marked."
    ) % {
        "place": escape(result.place_name),
        "a": dutch_date(weeks[0].week),
        "b": dutch_date(weeks[-1].week),
        "moments": ", ".join(f"{label} ({dutch_date(day)})" for label, day in result.moments),
    }
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(summary)}" class="ef-chart">'
        f'<polygon points="{band}" class="ef-band"/>'
        f'<polyline points="{expected}" class="ef-expected"/>{bars}'
        f'<line x1="{LEFT}" y1="{BASE}" x2="{WIDTH - RIGHT}" y2="{BASE}" class="ef-axis"/>'
        f'<text x="0" y="{TOP + 4}" class="ef-label">{int(top)}</text>'
        f'<text x="0" y="{BASE}" class="ef-label">0</text>'
        f"{''.join(marks)}{ticks}</svg>"
    )


def panel(*, trajectory: Trajectory, moment: str = "") -> dict[str, Any]:
    """What the page's effect section shows: the result at the chosen moment (default: the
    latest that happened), its chart and table, the moments to choose from, or a refusal."""
    moments = effect.moments_of(trajectory)
    chosen = moment if moment in effect.MOMENTS else effect.default_moment(moments)
    choices = [
        {"kind": kind, "label": effect.MOMENT_LABELS[kind], "day": moments[kind]}
        for kind in effect.MOMENTS
        if kind in moments
    ]
    try:
        result = effect.measure_effect(trajectory=trajectory, moment=chosen)
    except DomainError as refused:
        return {"error": refused.message, "choices": choices, "chosen": chosen}
    return {
        "result": result,
        "svg": effect_svg(result),
        "rows": period_rows(result),
        "choices": choices,
        "chosen": chosen,
        "moment_label": effect.MOMENT_LABELS[chosen],
        "ratio": _number(result.ratio, 2) if result.ratio is not None else "",
        "low": _number(result.low, 2) if result.low is not None else "",
        "high": _number(result.high, 2) if result.high is not None else "",
    }
