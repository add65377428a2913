"""Plain values in and out of the effect estimate (no Django; the service fills them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class PlaceSeries:
    """Signals of the theme per week at one place (a street or a buurt), week 0 first."""

    key: str
    counts: tuple[int, ...]


@dataclass(frozen=True)
class EffectInput:
    """What the estimate needs: complete weeks from `first_week` (a Monday), the trajectory's
    place, the candidate comparison places (same theme, no trajectory) and the moment."""

    first_week: date
    place: PlaceSeries
    candidates: tuple[PlaceSeries, ...]
    moment: date
    moment_kind: str = "overdracht"
    moments: tuple[tuple[str, date], ...] = ()  # every known moment, for the chart


@dataclass(frozen=True)
class WeekPoint:
    """One week of the chart: the place's count and the comparison band (expected counts)."""

    week: date
    count: int
    expected: float | None
    band_low: float | None
    band_high: float | None


@dataclass(frozen=True)
class EffectResult:
    """The rate ratio with its 90 % interval, the verdict and the weekly series.

    `ratio` is after/before at the place divided by after/before at the comparison places
    (difference in differences on the log scale); None when no estimate could be made.
    """

    verdict: str  # daling, stijging, daling_onzeker, stijging_onzeker, geen_verandering,
    # te_weinig_meldingen, te_korte_periode, geen_vergelijking
    wording: str
    ratio: float | None
    low: float | None
    high: float | None
    moment: date
    moment_kind: str
    weeks_before: int
    weeks_after: int
    signals_before: int
    signals_after: int
    comparison_places: int
    comparison_before: int
    comparison_after: int
    naive_ratio: float | None
    alpha: float | None
    notes: tuple[str, ...] = ()
    place_name: str = ""
    weeks: tuple[WeekPoint, ...] = ()
    moments: tuple[tuple[str, date], ...] = field(default_factory=tuple)
