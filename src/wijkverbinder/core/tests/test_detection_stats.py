"""The Poisson tail behind the score: exact where representable, finite far beyond."""

from __future__ import annotations

import numpy as np
from scipy.stats import poisson

from wijkverbinder.core.detection.stats import poisson_log10_sf


def test_matches_scipy_in_the_usual_range():
    k = np.array([1, 3, 5, 10, 20])
    mu = np.array([0.5, 0.5, 2.0, 1.0, 4.0])
    expected = np.log10(poisson.sf(k - 1, mu))
    assert np.allclose(poisson_log10_sf(k, mu), expected, rtol=1e-6)


def test_far_tail_is_finite_and_monotone():
    k = np.array([200, 300, 400])
    values = poisson_log10_sf(k, np.full(3, 0.01))
    assert np.all(np.isfinite(values))
    assert values[0] > values[1] > values[2]


def test_zero_count_is_certain():
    assert poisson_log10_sf(np.array([0]), np.array([3.0]))[0] == 0.0
