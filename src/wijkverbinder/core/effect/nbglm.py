"""A negative binomial (NB2) log-linear model, fitted by iteratively reweighted least squares.

Var(y) = μ + α·μ²; for a fixed α the coefficients are found by IRLS (Fisher scoring), α by
maximising the profile log-likelihood over log α. The covariance of the coefficients is the
inverse Fisher information at the estimate, scaled by the Pearson dispersion when that is above 1
(a quasi-likelihood safeguard when the data vary more than the NB2 form allows). Own code on
numpy/scipy (ADR 0016): the model is small, and statsmodels would bring pandas and patsy for it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import optimize, sparse, special

FloatArray = np.ndarray[tuple[int, ...], np.dtype[np.float64]]

LOG_ALPHA_BOUNDS = (-9.0, 3.0)  # α from about 1e-4 (almost Poisson) to 20
MAX_ITERATIONS = 60
TOLERANCE = 1e-7


@dataclass(frozen=True)
class NegativeBinomialFit:
    """Coefficients, their covariance (dispersion included), α and the residual degrees of freedom."""

    coefficients: FloatArray
    covariance: FloatArray
    alpha: float
    dispersion: float
    residual_df: int
    log_likelihood: float
    fitted: FloatArray

    def pearson_residuals(self, y: FloatArray) -> FloatArray:
        """(y − μ) / √(μ + α·μ²) per observation."""
        return np.asarray(
            (y - self.fitted) / np.sqrt(self.fitted + self.alpha * self.fitted**2), dtype=np.float64
        )


def _irls(
    y: FloatArray, x: sparse.csr_matrix, alpha: float, start: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Coefficients and the weights X'WX for a fixed α (Fisher scoring on the log link)."""
    beta = start.copy()
    info: FloatArray = np.eye(x.shape[1])
    for _ in range(MAX_ITERATIONS):
        eta = np.clip(x @ beta, -30.0, 30.0)
        mu = np.exp(eta)
        weight = mu / (1.0 + alpha * mu)
        z = eta + (y - mu) / mu
        info = _crossproduct(x, weight)
        rhs = x.T @ (weight * z)
        new = np.linalg.solve(info + 1e-10 * np.eye(x.shape[1]), rhs)
        step = np.max(np.abs(new - beta))
        beta = new
        if step < TOLERANCE:
            break
    return beta, info


def _crossproduct(x: sparse.csr_matrix, weight: FloatArray) -> FloatArray:
    """X'WX with sparse sums rather than a threaded BLAS product: the designs here are small and
    mostly zeros, and a threaded product on a busy machine costs more than the sums (30 ×)."""
    return np.asarray((x.T @ sparse.diags(weight) @ x).toarray(), dtype=np.float64)


def _log_likelihood(y: FloatArray, mu: FloatArray, alpha: float) -> float:
    size = 1.0 / alpha
    return float(
        np.sum(
            special.gammaln(y + size)
            - special.gammaln(size)
            - special.gammaln(y + 1.0)
            + size * np.log(size / (size + mu))
            + y * np.log(np.where(mu > 0, mu / (size + mu), 1.0))
        )
    )


def _start(y: FloatArray, x: FloatArray) -> FloatArray:
    """Least squares on log(y + 0.5): a start close enough for IRLS."""
    xs = sparse.csr_matrix(x)
    gram = (xs.T @ xs).toarray() + 1e-8 * np.eye(x.shape[1])
    return np.asarray(np.linalg.solve(gram, xs.T @ np.log(y + 0.5)), dtype=np.float64)


def fit_negative_binomial(y: FloatArray, x: FloatArray) -> NegativeBinomialFit:
    """Fit y ~ NB2(exp(x·β), α) with α estimated; x must have full column rank."""
    y = np.asarray(y, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    start = _start(y, x)
    dense = x
    x = sparse.csr_matrix(dense)
    state = {"beta": start}

    def negative_profile(log_alpha: float) -> float:
        alpha = float(np.exp(log_alpha))
        beta, _ = _irls(y, x, alpha, state["beta"])
        state["beta"] = beta
        mu = np.exp(np.clip(x @ beta, -30.0, 30.0))
        return -_log_likelihood(y, mu, alpha)

    found = optimize.minimize_scalar(
        negative_profile, bounds=LOG_ALPHA_BOUNDS, method="bounded", options={"xatol": 1e-2}
    )
    alpha = float(np.exp(found.x))
    beta, info = _irls(y, x, alpha, state["beta"])
    mu = np.exp(np.clip(x @ beta, -30.0, 30.0))
    residual_df = max(len(y) - dense.shape[1] - 1, 1)
    pearson = float(np.sum((y - mu) ** 2 / (mu + alpha * mu**2)))
    dispersion = max(1.0, pearson / residual_df)
    covariance = np.asarray(np.linalg.pinv(info) * dispersion, dtype=np.float64)
    return NegativeBinomialFit(
        coefficients=beta,
        covariance=covariance,
        alpha=alpha,
        dispersion=dispersion,
        residual_df=residual_df,
        log_likelihood=_log_likelihood(y, mu, alpha),
        fitted=mu,
    )
