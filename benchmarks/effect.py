"""Effect benchmark: the trajectory effect estimator on synthetic places with a known effect,
against a naive before/after count in the same run.

    python benchmarks/effect.py                    # 30 cases per cell (`make bench`; 90 s at load 6)
    nice python benchmarks/effect.py --cases 500   # the full run (6,000 fits: 30–60 min by load)

Cells: a drop of 0, 20, 40 and 60 % after the hand-over × 50, 200 and 400 signals per place-year.
The generator is written apart from the estimator's assumptions: every place has its own level
(log-normal), its own linear trend (sd 10 % a year), its own season amplitude on a shared
cosine-plus-holidays shape (not 4-week periods), weekly Gamma–Poisson heterogeneity (shape 3–10)
and a slowly wandering AR(1) factor on the log rate (ρ 0.8, sd 0.08 a week); the trajectory's
place is drawn like every other place and then gets the drop as a step at the hand-over. The pre
period is 52–104 weeks, the after period 26–52 weeks, with 30 candidate comparison places.

Figures per cell: coverage of the 90 % interval (target 88–92 %), mean and median absolute error
of the rate ratio in percentage points and the share within 10 points (target ≤ 10 at ≥ 200 a
year), how often a change is claimed (daling/stijging; with no drop this is the false-claim rate,
target ≤ 10 %), the mean signed error (bias), and the same for the naive before/after ratio of
the place alone with its Poisson 90 % interval. Two oracles show what error the data allow at all: they know the place's expected
counts without the drop and take observed/expected after over observed/expected before (no
comparison places needed). "trend+season" knows the place's level, trend and season; "whole rate"
also knows its wandering factor, so only the weekly Gamma–Poisson noise is left (its share within
10 points is printed too).
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import time
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from wijkverbinder.core.effect import EffectInput, PlaceSeries, estimate_effect

DROPS = (0.0, 0.2, 0.4, 0.6)
SIZES = (50, 200, 400)
CANDIDATES = 30
QUICK_CASES = 30  # per cell in `make bench`; the full run is --cases 500
Z90 = 1.6448536269514722


def season(days: np.ndarray, amplitude: float) -> np.ndarray:
    """Noise complaints: a summer peak (cosine, top in mid-July), fewer at Christmas, a dip in the
    school summer holiday when many are away."""
    doy = np.array([d.timetuple().tm_yday for d in days])
    shape = 1.0 + amplitude * np.cos(2 * np.pi * (doy - 196) / 365.25)
    shape = shape * np.where((doy >= 355) | (doy <= 3), 0.7, 1.0)
    return shape * np.where((doy >= 201) & (doy <= 240), 0.85, 1.0)


@dataclass(frozen=True)
class Place:
    """One generated place: its counts and, for the oracles only, the rates behind them (without
    the drop): `planned` from level, trend and season alone, `rate` with the wandering factor too."""

    counts: np.ndarray
    planned: np.ndarray
    rate: np.ndarray


def place_counts(
    rng: np.random.Generator, days: np.ndarray, per_year: float, drop_from: int | None, drop: float
) -> Place:
    weeks = len(days)
    t = np.arange(weeks) / 52.18
    t = t - t.mean()
    trend = np.exp(rng.normal(0.0, 0.10) * t)
    amplitude = rng.uniform(0.15, 0.45)
    wander = np.zeros(weeks)
    for w in range(1, weeks):
        wander[w] = 0.8 * wander[w - 1] + rng.normal(0.0, 0.08)
    shape = rng.uniform(3.0, 10.0)
    planned = per_year / 52.18 * trend * season(days, amplitude)
    rate = planned * np.exp(wander)
    dropped = rate
    if drop_from is not None:
        dropped = rate * np.where(np.arange(weeks) >= drop_from, 1.0 - drop, 1.0)
    counts = rng.poisson(dropped * rng.gamma(shape, 1.0 / shape, size=weeks))
    return Place(np.asarray(counts), planned, rate)


@dataclass(frozen=True)
class Case:
    """One generated case: the estimator's input and what the naive ratio and oracles need."""

    data: EffectInput
    place: Place
    before: int  # weeks before the moment's week
    after: int  # weeks after it


def case(rng: np.random.Generator, per_year: int, drop: float) -> Case:
    before = int(rng.integers(52, 105))
    after = int(rng.integers(26, 53))
    weeks = before + 1 + after
    first = date(2023, 1, 2) + timedelta(weeks=int(rng.integers(0, 52)))
    days = np.array([first + timedelta(weeks=w, days=3) for w in range(weeks)])
    place = place_counts(rng, days, per_year, before + 1, drop)
    others = [
        place_counts(rng, days, per_year * math.exp(rng.normal(0.0, 0.7)), None, 0.0).counts
        for _ in range(CANDIDATES)
    ]
    data = EffectInput(
        first_week=first,
        place=PlaceSeries("plek", tuple(int(c) for c in place.counts)),
        candidates=tuple(
            PlaceSeries(f"v{i}", tuple(int(c) for c in o)) for i, o in enumerate(others)
        ),
        moment=first + timedelta(weeks=before, days=2),
    )
    return Case(data, place, before, after)


def naive(pre: int, post: int, weeks_before: int, weeks_after: int) -> tuple[float, float, float]:
    """Before/after ratio of the place alone, Poisson 90 % interval on the log scale (+½)."""
    a, b = pre + 0.5, post + 0.5
    ratio = (b / weeks_after) / (a / weeks_before)
    se = math.sqrt(1 / a + 1 / b)
    return ratio, ratio * math.exp(-Z90 * se), ratio * math.exp(Z90 * se)


def oracle(generated: Case, expected: np.ndarray) -> float:
    """The rate ratio an estimator would give that knew the place's expected counts without the
    drop (the maximum-likelihood ratio with those as offsets): observed over expected after,
    divided by observed over expected before. No comparison places are needed."""
    y, split = generated.place.counts, generated.before
    after = y[split + 1 :].sum() / expected[split + 1 :].sum()
    return float(after / (y[:split].sum() / expected[:split].sum()))


@dataclass
class Errors:
    """Errors of one method in percentage points of the rate ratio (estimate − truth)."""

    signed: list[float] = field(default_factory=list)

    def add(self, estimate: float, truth: float) -> None:
        self.signed.append((estimate - truth) * 100)

    def mean_signed(self) -> float:
        return statistics.mean(self.signed) if self.signed else math.nan

    def mean_absolute(self) -> float:
        return statistics.mean(map(abs, self.signed)) if self.signed else math.nan

    def median_absolute(self) -> float:
        return statistics.median(map(abs, self.signed)) if self.signed else math.nan

    def within(self, points: float) -> float:
        """Share of estimates at most `points` from the truth."""
        return (
            sum(abs(e) <= points for e in self.signed) / len(self.signed)
            if self.signed
            else math.nan
        )


@dataclass
class Outcome:
    cases: int = 0
    estimated: int = 0
    covered: int = 0
    claimed: int = 0
    errors: Errors = field(default_factory=Errors)
    naive_covered: int = 0
    naive_claimed: int = 0
    naive_errors: Errors = field(default_factory=Errors)
    planned_errors: Errors = field(default_factory=Errors)  # oracle: level, trend, season known
    rate_errors: Errors = field(default_factory=Errors)  # oracle: the whole rate known
    seconds: float = 0.0


def run_cell(cases: int, per_year: int, drop: float, seed: int) -> Outcome:
    rng = np.random.default_rng(seed)
    out = Outcome(cases=cases)
    truth = 1.0 - drop
    started = time.perf_counter()
    for _ in range(cases):
        generated = case(rng, per_year, drop)
        result = estimate_effect(generated.data)
        y, split = generated.place.counts, generated.before
        n_ratio, n_low, n_high = naive(
            int(y[:split].sum()), int(y[split + 1 :].sum()), generated.before, generated.after
        )
        out.naive_covered += n_low <= truth <= n_high
        out.naive_claimed += n_high < 1.0 or n_low > 1.0
        out.naive_errors.add(n_ratio, truth)
        out.planned_errors.add(oracle(generated, generated.place.planned), truth)
        out.rate_errors.add(oracle(generated, generated.place.rate), truth)
        if result.ratio is None or result.low is None or result.high is None:
            continue
        out.estimated += 1
        out.covered += result.low <= truth <= result.high
        out.claimed += result.verdict in {"daling", "stijging"}
        out.errors.add(result.ratio, truth)
    out.seconds = time.perf_counter() - started
    return out


HEADER = (
    "per year  drop | estimated  coverage  claimed  mean|err|  median|err|  ≤10 pts  mean err | "
    "naive: coverage  claimed  mean|err|  mean err | oracle trend+season: mean|err|  mean err | "
    "oracle whole rate: mean|err|  ≤10 pts | s/case"
)


def row(per_year: int, drop: float, out: Outcome) -> str:
    n = max(out.estimated, 1)
    return (
        f"{per_year:8d}  {drop:4.0%} | {out.estimated:9d}  {out.covered / n:8.1%}  "
        f"{out.claimed / n:7.1%}  {out.errors.mean_absolute():9.1f}  "
        f"{out.errors.median_absolute():11.1f}  {out.errors.within(10):7.1%}  "
        f"{out.errors.mean_signed():8.1f} | "
        f"{out.naive_covered / out.cases:15.1%}  {out.naive_claimed / out.cases:7.1%}  "
        f"{out.naive_errors.mean_absolute():9.1f}  {out.naive_errors.mean_signed():8.1f} | "
        f"{out.planned_errors.mean_absolute():30.1f}  {out.planned_errors.mean_signed():8.1f} | "
        f"{out.rate_errors.mean_absolute():28.1f}  {out.rate_errors.within(10):7.1%} | "
        f"{out.seconds / out.cases:.3f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=QUICK_CASES)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--drops", default=",".join(str(d) for d in DROPS))
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{args.cases} cases per cell; load {os.getloadavg()[0]:.2f}", flush=True)
    print(HEADER, flush=True)
    for per_year in sizes:
        for index, drop in enumerate(float(d) for d in args.drops.split(",")):
            out = run_cell(args.cases, per_year, drop, args.seed * 1000 + per_year * 10 + index)
            print(row(per_year, drop, out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
