"""Poisson tail probabilities in log space, stable far into the tail.

``P(X ≥ k)`` for ``X ~ Poisson(μ)`` is the regularised lower incomplete gamma function P(k, μ)
(scipy.special.gammainc). Where that underflows, the tail is bounded by its first term times the
geometric series of the following ratios, ``pmf(k) / (1 − μ/(k+1))``, which is tight when k ≫ μ.
"""

from __future__ import annotations

import numpy as np
from scipy.special import gammainc, gammaln

FloatArray = np.ndarray[tuple[int, ...], np.dtype[np.float64]]

_LN10 = float(np.log(10.0))
_TINY = 1e-290


def poisson_log10_sf(k: np.ndarray, mu: np.ndarray) -> FloatArray:
    """log10 P(X ≥ k) for Poisson means ``mu`` (elementwise; 0 where k ≤ 0)."""
    k = np.asarray(k, dtype=np.float64)
    mu = np.maximum(np.asarray(mu, dtype=np.float64), 1e-12)
    positive = k > 0
    safe_k = np.where(positive, k, 1.0)
    p = gammainc(safe_k, mu)
    with np.errstate(divide="ignore", invalid="ignore"):
        direct = np.log10(np.maximum(p, _TINY))
        log_pmf = safe_k * np.log(mu) - mu - gammaln(safe_k + 1.0)
        ratio = np.clip(mu / (safe_k + 1.0), 0.0, 0.999)
        bound = (log_pmf - np.log1p(-ratio)) / _LN10
    result = np.where(p > _TINY, direct, np.minimum(bound, direct))
    out: FloatArray = np.where(positive, np.minimum(result, 0.0), 0.0)
    return out
