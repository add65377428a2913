"""Classes and colours of the choropleth of signals per 1,000 inhabitants.

Five classes with bounds from the quantiles of the shown values, rounded to two digits (so the
legend reads "13 tot 17" rather than "13.07 – 17.3"; a class runs up to, not including, its upper
bound, so "13 tot 17" and "17 tot 25" do not share 17), a sequential blue scale whose darkest colours carry white
text contrast, a hatched pattern for hidden cells ("< 5") and light grey for "no inhabitants known".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

COLOURS = ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")
HIDDEN_FILL = "url(#wv-hatch)"
UNKNOWN_FILL = "#f2f2f2"
HATCH_DEFS = (
    '<defs><pattern id="wv-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="#7a7a7a" stroke-width="2"/></pattern></defs>'
)


@dataclass(frozen=True)
class LegendClass:
    """One class of the legend: values from `low` up to (not including) `high`."""

    low: float
    high: float | None
    colour: str

    @property
    def label(self) -> str:
        """`10 tot 20` (20 itself is in the next class), or `40 en meer` for the top class."""
        if self.high is None:
            return f"{_fmt(self.low)} en meer"
        return f"{_fmt(self.low)} tot {_fmt(self.high)}"


def _fmt(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _nice(value: float) -> float:
    """`value` rounded to two significant digits (13.07 → 13, 0.843 → 0.84)."""
    if value <= 0:
        return 0.0
    return float(f"{value:.2g}")


def classes(values: Sequence[float], count: int = len(COLOURS)) -> list[LegendClass]:
    """Classes for these rates (at least one class; no more classes than distinct bounds)."""
    positive = sorted(v for v in values if v > 0)
    if not positive:
        return [LegendClass(0.0, None, COLOURS[0])]
    bounds: list[float] = [0.0]
    for index in range(1, count):
        quantile = positive[min(len(positive) - 1, round(index * len(positive) / count))]
        bound = _nice(quantile)
        if bound > bounds[-1]:
            bounds.append(bound)
    palette = COLOURS[-len(bounds) :] if len(bounds) < len(COLOURS) else COLOURS
    return [
        LegendClass(low, bounds[i + 1] if i + 1 < len(bounds) else None, palette[i])
        for i, low in enumerate(bounds)
    ]


def class_of(value: float, legend: Sequence[LegendClass]) -> LegendClass:
    """The class a value falls in."""
    found = legend[0]
    for item in legend:
        if value >= item.low:
            found = item
    return found


def text_colour(fill: str) -> str:
    """Black or white, whichever reads better on the fill."""
    return "#ffffff" if fill in COLOURS[3:] else "#000000"
