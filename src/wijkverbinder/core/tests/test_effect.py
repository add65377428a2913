"""The effect estimator (issue 15): a fixed small data set with known output, and its refusals."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pytest

from wijkverbinder.core.effect import EffectInput, PlaceSeries, estimate_effect, monday
from wijkverbinder.core.effect.estimate import Between, degrees_of_freedom, place_variance
from wijkverbinder.core.effect.nbglm import fit_negative_binomial

FIRST = date(2024, 1, 1)  # a Monday
WEEKS = 80
MOMENT = FIRST + timedelta(weeks=52, days=2)


def _golden(drop: float = 0.5, seed: int = 7) -> EffectInput:
    """52 weeks before, 27 after; 12 comparison places; the place falls by `drop`."""
    rng = np.random.default_rng(seed)
    season = 1 + 0.3 * np.cos(2 * np.pi * (np.arange(WEEKS) - 28) / 52)
    place = rng.poisson(4.0 * season * np.where(np.arange(WEEKS) > 52, 1 - drop, 1.0))
    others = [rng.poisson(rng.uniform(1.0, 6.0) * season) for _ in range(12)]
    return EffectInput(
        first_week=FIRST,
        place=PlaceSeries("Tulpenhof", tuple(int(c) for c in place)),
        candidates=tuple(
            PlaceSeries(f"p{i}", tuple(int(c) for c in o)) for i, o in enumerate(others)
        ),
        moment=MOMENT,
        moments=(("overdracht", MOMENT),),
    )


def test_golden_output() -> None:
    """Frozen output of this data set (a true drop of 50 %, inside the interval)."""
    result = estimate_effect(_golden())
    assert result.verdict == "daling"
    assert result.ratio == pytest.approx(0.5588, abs=1e-3)
    assert result.low == pytest.approx(0.4247, abs=1e-3)
    assert result.high == pytest.approx(0.7351, abs=1e-3)
    assert (result.signals_before, result.signals_after) == (209, 48)
    assert (result.weeks_before, result.weeks_after) == (52, 24)
    assert result.comparison_places == 12
    assert result.wording.startswith("Daling: ongeveer 44 % minder meldingen")
    assert len(result.weeks) == 77
    assert result.weeks[0].week == FIRST


def test_no_drop_is_no_claim() -> None:
    result = estimate_effect(_golden(drop=0.0))
    assert result.low is not None
    assert result.high is not None
    assert result.low < 1 < result.high
    assert result.verdict not in {"daling", "stijging"}


def test_too_short_after_the_moment() -> None:
    data = _golden()
    short = EffectInput(
        first_week=data.first_week,
        place=data.place,
        candidates=data.candidates,
        moment=FIRST + timedelta(weeks=75),
    )
    result = estimate_effect(short)
    assert result.verdict == "te_korte_periode"
    assert result.ratio is None
    assert result.wording == "De periode is te kort om iets over het effect te zeggen."


def test_too_few_signals() -> None:
    data = _golden()
    sparse = EffectInput(
        first_week=FIRST,
        place=PlaceSeries("x", tuple(1 if w % 10 == 0 else 0 for w in range(WEEKS))),
        candidates=data.candidates,
        moment=MOMENT,
    )
    assert estimate_effect(sparse).verdict == "te_weinig_meldingen"


def test_no_comparison_places() -> None:
    data = _golden()
    alone = EffectInput(first_week=FIRST, place=data.place, candidates=(), moment=MOMENT)
    assert estimate_effect(alone).verdict == "geen_vergelijking"


def test_negative_binomial_recovers_a_known_rate_ratio() -> None:
    rng = np.random.default_rng(3)
    n = 4000
    group = rng.integers(0, 2, n)
    mu = np.exp(1.0 + np.log(0.6) * group)
    y = rng.negative_binomial(1 / 0.5, 1 / (1 + 0.5 * mu))
    x = np.column_stack([np.ones(n), group]).astype(float)
    fit = fit_negative_binomial(y.astype(float), x)
    assert np.exp(fit.coefficients[1]) == pytest.approx(0.6, abs=0.05)
    assert fit.alpha == pytest.approx(0.5, abs=0.1)


def test_monday() -> None:
    assert monday(date(2026, 12, 3)) == date(2026, 11, 30)


def _changes_table(changes: np.ndarray, level: float) -> np.ndarray:
    """Places × 4 periods (2 before, 2 after) with exact counts: the trajectory's place first (no
    change), then comparison places whose after/before log ratio is `changes`, split evenly over
    before and after (so ±c give places with the same count variance; counts − ½ so that the
    estimator's +½ gives the exact ratio)."""
    rows = [np.array([level, level, level, level])]
    for change in changes:
        before, after = level * math.exp(-change / 2), level * math.exp(change / 2)
        rows.append(np.array([before, before, after, after]))
    return np.vstack(rows) - 0.5


def test_between_place_variance_is_the_spread_of_the_places_own_changes() -> None:
    """With counts so large that they explain nothing, τ² is the plain variance of the comparison
    places' log changes, and the effect gets τ²·(1 + 1/k) from k equal places: its own drift plus
    that of the comparison mean. (Contrasting each place with the others, as before, spread them
    (k/(k − 1))² times wider: 1.23 × for k = 10.)"""
    changes = np.array([0.2, -0.2] * 5)
    between = place_variance(_changes_table(changes, 1e9), after_from=2, alpha=1e-9, dispersion=1)
    spread = float(np.var(changes, ddof=1))
    assert between.tau2 == pytest.approx(spread, rel=1e-3)
    assert between.variance == pytest.approx(spread * (1 + 1 / 10), rel=1e-3)
    assert between.places == 10


def test_between_place_variance_counts_the_dispersion_once() -> None:
    """The count variance is scaled by the model's Pearson dispersion, as the effect's own
    variance is: a dispersion of 1.5 instead of 1 takes half a place's count variance off τ²
    (equal places; otherwise the drift already in the dispersion would be counted twice)."""
    table = _changes_table(np.array([0.5, -0.5] * 6), 100.0)
    plain = place_variance(table, after_from=2, alpha=0.05, dispersion=1.0)
    scaled = place_variance(table, after_from=2, alpha=0.05, dispersion=1.5)
    assert plain.tau2 - scaled.tau2 == pytest.approx(0.5 * plain.within, rel=1e-6)
    assert scaled.within == pytest.approx(1.5 * plain.within)


def test_degrees_of_freedom_grow_with_the_share_of_the_model_variance() -> None:
    """Welch–Satterthwaite: τ² rests on places − 1 degrees of freedom through the spread it is
    taken from; a place with more count variance than its comparison places (fewer signals after
    a drop) leans less on τ², so its t quantile is closer to the normal one."""
    between = Between(tau2=0.02, variance=0.021, within=0.015, places=20)
    like_placebo = degrees_of_freedom(0.015 * 1.05, 600, between)
    spread = 1.05 * (0.015 + 0.02)
    expected = (0.015 * 1.05 + 0.021) ** 2 / (spread**2 / 19 + (0.015 * 1.05) ** 2 / 600)
    assert like_placebo == pytest.approx(expected)
    assert 18 < like_placebo < 20
    assert degrees_of_freedom(0.04, 600, between) > 30
    no_between = Between(tau2=0.0, variance=0.0, within=0.015, places=20)
    assert degrees_of_freedom(0.02, 600, no_between) == 600
