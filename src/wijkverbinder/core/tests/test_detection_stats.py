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


def test_negative_binomial_tail_matches_scipy_and_is_heavier_than_poisson():
    from scipy.stats import nbinom

    from wijkverbinder.core.detection.stats import negbin_log10_sf

    k = np.array([1, 3, 5, 10, 20])
    shape = np.array([0.5, 2.0, 5.0, 1.0, 50.0])
    mu = np.array([0.5, 0.5, 2.0, 1.0, 4.0])
    expected = np.log10(nbinom.sf(k - 1, shape, shape / (shape + mu)))
    assert np.allclose(negbin_log10_sf(k, shape, mu), expected, rtol=1e-6)
    # rate uncertainty: a small shape makes a high count far less surprising than Poisson says
    assert negbin_log10_sf(np.array([6]), np.array([0.5]), np.array([0.5]))[0] > -2.5
    assert poisson_log10_sf(np.array([6]), np.array([0.5]))[0] < -4.5
    far = negbin_log10_sf(np.array([300, 400]), np.array([3.0, 3.0]), np.array([0.01, 0.01]))
    assert np.all(np.isfinite(far))
    assert far[0] > far[1]
