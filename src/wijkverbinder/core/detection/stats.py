"""Poisson tail probabilities in log space, stable far into the tail.

``P(X ≥ k)`` for ``X ~ Poisson(μ)`` is the regularised lower incomplete gamma function P(k, μ)
(scipy.special.gammainc). Where that underflows, the tail is bounded by its first term times the
geometric series of the following ratios, ``pmf(k) / (1 − μ/(k+1))``, which is tight when k ≫ μ.
"""

from __future__ import annotations

import numpy as np
from scipy.special import betainc, gammainc, gammaln

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


def negbin_log10_sf(k: np.ndarray, shape: np.ndarray, mu: np.ndarray) -> FloatArray:
    """log10 P(X ≥ k) for the Gamma–Poisson (negative binomial) predictive with mean ``mu``.

    With a Gamma(``shape``, rate β) posterior of a place's rate and a window of exposure w, the count
    in the window is NB(shape, p = β/(β + w)); ``mu`` = shape·w/β. ``P(X ≥ k)`` is the regularised
    incomplete beta I_{1−p}(k, shape) (scipy.special.betainc). Where that underflows, the tail is
    bounded by pmf(k) over one minus the largest ratio of following terms,
    (k + shape)/(k + 1)·(1 − p), which is tight when k ≫ mu.
    """
    k = np.asarray(k, dtype=np.float64)
    shape = np.maximum(np.asarray(shape, dtype=np.float64), 1e-9)
    mu = np.maximum(np.asarray(mu, dtype=np.float64), 1e-12)
    positive = k > 0
    safe_k = np.where(positive, k, 1.0)
    q = mu / (mu + shape)  # 1 − p
    p_value = betainc(safe_k, shape, q)
    with np.errstate(divide="ignore", invalid="ignore"):
        direct = np.log10(np.maximum(p_value, _TINY))
        log_pmf = (
            gammaln(safe_k + shape)
            - gammaln(shape)
            - gammaln(safe_k + 1.0)
            + shape * np.log1p(-q)
            + safe_k * np.log(q)
        )
        ratio = np.clip((safe_k + shape) / (safe_k + 1.0) * q, 0.0, 0.999)
        bound = (log_pmf - np.log1p(-ratio)) / _LN10
    result = np.where(p_value > _TINY, direct, np.minimum(bound, direct))
    out: FloatArray = np.where(positive, np.minimum(result, 0.0), 0.0)
    return out
