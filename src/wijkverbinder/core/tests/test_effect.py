"""The effect estimator (issue 15): a fixed small data set with known output, and its refusals."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from wijkverbinder.core.effect import EffectInput, PlaceSeries, estimate_effect, monday
from wijkverbinder.core.effect.nbglm import fit_negative_binomial

FIRST = date(2024, 1, 1)  # a Monday
WEEKS = 80
MOMENT = FIRST + timedelta(weeks=52, days=2)


def _input(
    place: np.ndarray,
    others: list[np.ndarray],
    moments: tuple[tuple[str, date], ...] = (),
) -> EffectInput:
    """The Tulpenhof's weekly counts against comparison places p0, p1, … around `MOMENT`."""
    return EffectInput(
        first_week=FIRST,
        place=PlaceSeries("Tulpenhof", tuple(int(c) for c in place)),
        candidates=tuple(
            PlaceSeries(f"p{i}", tuple(int(c) for c in o)) for i, o in enumerate(others)
        ),
        moment=MOMENT,
        moments=moments,
    )


def _golden(drop: float = 0.5, seed: int = 7) -> EffectInput:
    """52 weeks before, 27 after; 12 comparison places; the place falls by `drop`."""
    rng = np.random.default_rng(seed)
    season = 1 + 0.3 * np.cos(2 * np.pi * (np.arange(WEEKS) - 28) / 52)
    place = rng.poisson(4.0 * season * np.where(np.arange(WEEKS) > 52, 1 - drop, 1.0))
    others = [rng.poisson(rng.uniform(1.0, 6.0) * season) for _ in range(12)]
    return _input(place, others, moments=(("overdracht", MOMENT),))


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


def test_signals_that_stop_altogether_give_a_finite_claim() -> None:
    """No signal at all after the moment: no crash (it overflowed), a finite interval below 1 and
    the wording says the estimate counts half a signal, so the fall may be larger."""
    result = estimate_effect(_golden(drop=1.0))
    assert result.signals_after == 0
    assert result.verdict == "daling"
    assert result.ratio is not None
    assert result.low is not None
    assert result.high is not None
    assert 0 < result.low < result.ratio < result.high < 1
    assert result.ratio < 0.05
    assert "geen enkele melding meer" in result.wording


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


def _drifting(drop: float, seed: int = 11) -> EffectInput:
    """Like `_golden`, but every place has its own trend (sd 30 % a year) so that τ² > 0, and 20
    comparison places at the place's level."""
    rng = np.random.default_rng(seed)
    t = (np.arange(WEEKS) - WEEKS / 2) / 52
    season = 1 + 0.3 * np.cos(2 * np.pi * (np.arange(WEEKS) - 28) / 52)

    def series(level: float) -> np.ndarray:
        return np.asarray(rng.poisson(level * season * np.exp(rng.normal(0, 0.3) * t)))

    place = series(8.0)
    place = rng.binomial(place, np.where(np.arange(WEEKS) > 52, 1 - drop, 1.0))
    others = [series(8.0) for _ in range(20)]
    return _input(place, others)


def test_golden_output_with_drift_and_a_drop() -> None:
    """Frozen output of a case with τ² > 0 (every place drifts) and a drop of 60 %: the interval
    is the model's variance plus τ² with a t quantile on places − 2 = 19 degrees of freedom.
    Welch–Satterthwaite degrees of freedom (tried for the coverage, not kept: docs/effect.md)
    would give about 24 here and 0.3165–0.8603."""
    result = estimate_effect(_drifting(0.6))
    assert result.verdict == "daling"
    assert result.ratio == pytest.approx(0.5218, abs=5e-4)
    assert result.low == pytest.approx(0.3148, abs=5e-4)
    assert result.high == pytest.approx(0.8648, abs=5e-4)
