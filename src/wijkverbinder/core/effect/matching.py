"""Choosing comparison places: same theme, no trajectory, close in pre-period level and trend.

For every place the pre-period is split into halves; the trend is log((second + ½) / (first + ½))
with its Poisson variance 1/(first + ½) + 1/(second + ½), the level is the count per week. The
distance to the trajectory's place is the trend difference in standard errors plus half the
absolute log ratio of the levels; the nearest `MAX_COMPARISONS` places with at least one signal
before the moment are kept (levels themselves are absorbed by each place's own term in the model,
so a trend that differs matters more than a level that differs).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

MAX_COMPARISONS = 20
LEVEL_WEIGHT = 0.5


@dataclass(frozen=True)
class PrePeriod:
    """The pre-period summary of one place."""

    level: float
    trend: float
    variance: float


def pre_period(bins: np.ndarray) -> PrePeriod:
    """Level and trend of counts per pre-period bin (oldest first)."""
    half = len(bins) // 2
    first = float(np.sum(bins[:half])) + 0.5
    second = float(np.sum(bins[half:])) + 0.5
    return PrePeriod(
        level=(first + second - 1.0) / len(bins) + 0.25 / len(bins),
        trend=math.log(second / first),
        variance=1.0 / first + 1.0 / second,
    )


def choose(place: np.ndarray, candidates: np.ndarray, limit: int = MAX_COMPARISONS) -> list[int]:
    """Rows of `candidates` (places × pre bins) nearest to `place`, nearest first."""
    target = pre_period(place)
    scored = []
    for row in range(candidates.shape[0]):
        if candidates[row].sum() <= 0:
            continue
        other = pre_period(candidates[row])
        distance = abs(other.trend - target.trend) / math.sqrt(
            other.variance + target.variance
        ) + LEVEL_WEIGHT * abs(math.log(other.level / target.level))
        scored.append((distance, row))
    scored.sort()
    return [row for _, row in scored[:limit]]
