"""Did the trajectory change the rate of signals? A difference in differences of counts.

Weeks are grouped into 4-week periods counted back and forth from the moment (its own week is left
out as a transition). The trajectory's place and its matched comparison places (`matching`) enter
one negative binomial model (`nbglm`):

    log E[y(place, period)] = a(place) + b(period) + β · [trajectory's place and after]

`b(period)` is shared by all places, so season and anything else that moves every place at once
cancel out; `a(place)` absorbs levels; exp(β) is the rate ratio after/before at the place relative
to the comparison places, with a 90 % interval from the model's standard error (t quantile). The
verdict's wording is in `wording`. A place without a single signal after the moment gets half a
signal there (`ZERO_CORRECTION`), so the estimate and its interval stay finite; the wording says
the fall may be larger. Limits (docs/effect.md): the comparison places must follow the
same course as the place would have without the trajectory (parallel trends, helped by matching
on the pre-period trend); a change that builds up slowly is averaged over the after period.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
from scipy import stats

from wijkverbinder.core.effect import matching, wording
from wijkverbinder.core.effect.model import EffectInput, EffectResult, WeekPoint
from wijkverbinder.core.effect.nbglm import fit_negative_binomial

WEEKS_PER_PERIOD = 4
MAX_PERIODS_BEFORE = 26  # two years
MAX_PERIODS_AFTER = 26
MIN_PERIODS_BEFORE = 3  # 12 weeks
MIN_PERIODS_AFTER = 2  # 8 weeks
MIN_SIGNALS_BEFORE = 10
MIN_SIGNALS_TOTAL = 15
MIN_COMPARISON_PLACES = 2
MIN_COMPARISON_SIGNALS = 20
LEVEL = 0.90
# Signals added to the place's after-period when it has none (Haldane–Anscombe's half): with zero
# signals the likelihood has no maximum (the ratio falls to 0 and its interval to nothing).
ZERO_CORRECTION = 0.5


def periods(moment_week: int, weeks: int) -> tuple[list[int], list[int]]:
    """First weeks of the 4-week periods before and after the moment's week (oldest first)."""
    before = [
        moment_week - WEEKS_PER_PERIOD * k
        for k in range(MAX_PERIODS_BEFORE, 0, -1)
        if moment_week - WEEKS_PER_PERIOD * k >= 0
    ]
    after = [
        moment_week + 1 + WEEKS_PER_PERIOD * k
        for k in range(MAX_PERIODS_AFTER)
        if moment_week + 1 + WEEKS_PER_PERIOD * (k + 1) <= weeks
    ]
    return before, after


def _binned(counts: np.ndarray, starts: list[int]) -> np.ndarray:
    return np.array([counts[..., s : s + WEEKS_PER_PERIOD].sum(axis=-1) for s in starts]).T


def _design(places: int, bins: int, after_from: int) -> np.ndarray:
    """Rows place-major: place dummies, period dummies (first dropped), the effect column."""
    rows = places * bins
    x = np.zeros((rows, places + bins - 1 + 1))
    for p in range(places):
        for b in range(bins):
            row = p * bins + b
            x[row, p] = 1.0
            if b > 0:
                x[row, places + b - 1] = 1.0
            if p == 0 and b >= after_from:
                x[row, -1] = 1.0
    return x


def _empty(data: EffectInput, code: str, **counts: int) -> EffectResult:
    return EffectResult(
        verdict=code,
        wording=wording.describe_insufficient(code),
        ratio=None,
        low=None,
        high=None,
        moment=data.moment,
        moment_kind=data.moment_kind,
        weeks_before=counts.get("weeks_before", 0),
        weeks_after=counts.get("weeks_after", 0),
        signals_before=counts.get("signals_before", 0),
        signals_after=counts.get("signals_after", 0),
        comparison_places=counts.get("comparison_places", 0),
        comparison_before=counts.get("comparison_before", 0),
        comparison_after=counts.get("comparison_after", 0),
        naive_ratio=None,
        alpha=None,
        notes=(wording.describe_insufficient(code),),
        place_name=data.place.key,
        moments=data.moments,
    )


def estimate_effect(data: EffectInput) -> EffectResult:
    """The effect at the place around `data.moment`, or a note why it cannot be measured."""
    weeks = len(data.place.counts)
    moment_week = (data.moment - data.first_week).days // 7
    before, after = periods(moment_week, weeks)
    place = np.asarray(data.place.counts, dtype=np.float64)
    counts = {
        "weeks_before": WEEKS_PER_PERIOD * len(before),
        "weeks_after": WEEKS_PER_PERIOD * len(after),
        "signals_before": int(_binned(place, before).sum()) if before else 0,
        "signals_after": int(_binned(place, after).sum()) if after else 0,
    }
    if len(before) < MIN_PERIODS_BEFORE or len(after) < MIN_PERIODS_AFTER:
        return _empty(data, "te_korte_periode", **counts)
    if (
        counts["signals_before"] < MIN_SIGNALS_BEFORE
        or counts["signals_before"] + counts["signals_after"] < MIN_SIGNALS_TOTAL
    ):
        return _empty(data, "te_weinig_meldingen", **counts)
    others = np.array([c.counts for c in data.candidates], dtype=np.float64).reshape(-1, weeks)
    chosen = (
        matching.choose(_binned(place, before), _binned(others, before).reshape(len(others), -1))
        if len(others)
        else []
    )
    compared = others[chosen]
    counts["comparison_places"] = len(chosen)
    counts["comparison_before"] = int(_binned(compared, before).sum()) if chosen else 0
    counts["comparison_after"] = int(_binned(compared, after).sum()) if chosen else 0
    if len(chosen) < MIN_COMPARISON_PLACES or counts["comparison_before"] < MIN_COMPARISON_SIGNALS:
        return _empty(data, "geen_vergelijking", **counts)
    return _fit(data, place, compared, before, after, counts)


def _fit(  # noqa: PLR0917
    data: EffectInput,
    place: np.ndarray,
    compared: np.ndarray,
    before: list[int],
    after: list[int],
    counts: dict[str, int],
) -> EffectResult:
    starts = before + after
    table = _binned(np.vstack([place, compared]), starts)  # places × periods
    keep = table.sum(axis=0) > 0  # a period without any signal tells nothing
    table = table[:, keep]
    kept_starts = [s for s, k in zip(starts, keep, strict=True) if k]
    after_from = sum(1 for s in kept_starts if s < after[0])
    stopped = not table[0, after_from:].any()
    if stopped:  # no signal at all after the moment: the estimate would run off to zero
        table[0, after_from:] += ZERO_CORRECTION / (table.shape[1] - after_from)
    x = _design(table.shape[0], table.shape[1], after_from)
    fit = fit_negative_binomial(table.reshape(-1), x)
    beta = float(fit.coefficients[-1])
    between = place_variance(table, after_from, fit.alpha)
    se = math.sqrt(max(float(fit.covariance[-1, -1]), 0.0) + between)
    df = fit.residual_df if between == 0 else table.shape[0] - 2
    quantile = float(stats.t.ppf(0.5 + LEVEL / 2, max(df, 1)))
    ratio, low, high = (
        math.exp(beta),
        math.exp(beta - quantile * se),
        math.exp(beta + quantile * se),
    )
    code = wording.verdict(ratio, low, high)
    naive = (counts["signals_after"] / len(after)) / max(
        counts["signals_before"] / len(before), 1e-9
    )
    expected = np.full(len(starts), np.nan)
    expected[keep] = np.exp(fit.coefficients[0] + np.r_[0.0, fit.coefficients[table.shape[0] : -1]])
    return EffectResult(
        verdict=code,
        wording=wording.describe(code, ratio, low, high, stopped=stopped),
        ratio=ratio,
        low=low,
        high=high,
        moment=data.moment,
        moment_kind=data.moment_kind,
        naive_ratio=naive,
        alpha=fit.alpha,
        weeks=_weeks(data, place, starts, expected, fit.alpha),
        place_name=data.place.key,
        moments=data.moments,
        weeks_before=counts["weeks_before"],
        weeks_after=counts["weeks_after"],
        signals_before=counts["signals_before"],
        signals_after=counts["signals_after"],
        comparison_places=counts["comparison_places"],
        comparison_before=counts["comparison_before"],
        comparison_after=counts["comparison_after"],
    )


def place_variance(table: np.ndarray, after_from: int, alpha: float) -> float:
    """The variance between places that counts cannot explain (τ², DerSimonian–Laird).

    Each comparison place in turn is treated as if it had had a trajectory ("placebo in space"):
    its after/before log ratio against the other comparison places. Their spread beyond what
    their counts explain (Poisson plus the model's overdispersion α) measures how far a place
    drifts on its own — its own trend, a bad year — which the trajectory's place can do too.
    """
    before = table[:, :after_from].sum(axis=1) + 0.5
    after = table[:, after_from:].sum(axis=1) + 0.5
    periods_before, periods_after = after_from, table.shape[1] - after_from
    others_before, others_after = before[1:].sum(), after[1:].sum()
    d = np.log(after[1:] / before[1:]) - np.log(
        (others_after - after[1:]) / (others_before - before[1:])
    )
    v = (
        1 / before[1:]
        + 1 / after[1:]
        + alpha / periods_before
        + alpha / periods_after
        + 1 / (others_before - before[1:])
        + 1 / (others_after - after[1:])
    )
    w = 1 / v
    centre = float(np.sum(w * d) / np.sum(w))
    q = float(np.sum(w * (d - centre) ** 2))
    scale = float(np.sum(w) - np.sum(w**2) / np.sum(w))
    return max(0.0, (q - (len(d) - 1)) / scale) if scale > 0 else 0.0


def _weeks(
    data: EffectInput, place: np.ndarray, starts: list[int], expected: np.ndarray, alpha: float
) -> tuple[WeekPoint, ...]:
    """The chart's weeks: the place's count and, per 4-week period, the expected count per week
    without the trajectory with its 90 % range (negative binomial, as the model has it)."""
    by_week: dict[int, tuple[float | None, float | None, float | None]] = {}
    size = 1.0 / alpha
    for start, mean in zip(starts, expected, strict=True):
        if math.isnan(mean):
            band: tuple[float | None, float | None, float | None] = (0.0, 0.0, 0.0)
        else:
            p = size / (size + mean)
            low, high = stats.nbinom.ppf([0.05, 0.95], size, p)
            band = (mean / WEEKS_PER_PERIOD, low / WEEKS_PER_PERIOD, high / WEEKS_PER_PERIOD)
        for week in range(start, start + WEEKS_PER_PERIOD):
            by_week[week] = band
    first, last = starts[0], starts[-1] + WEEKS_PER_PERIOD
    return tuple(
        WeekPoint(
            week=data.first_week + timedelta(weeks=week),
            count=int(place[week]),
            expected=by_week.get(week, (None, None, None))[0],
            band_low=by_week.get(week, (None, None, None))[1],
            band_high=by_week.get(week, (None, None, None))[2],
        )
        for week in range(first, last)
    )


def monday(day: date) -> date:
    """The Monday of the week of `day`."""
    return day - timedelta(days=day.weekday())
