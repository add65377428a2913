"""Background signals: how many per street and theme, and on which days.

The count of each street × theme cell is Poisson with rate ∝ street size × theme share, times a
Gamma(shape 0.5, mean 1) factor when the model is overdispersed and times the buurt's reporting
volume in planted towns. The cells are drawn jointly as a multinomial (Poisson conditioned on the
total), so a town has exactly the size asked for. Days follow a per-theme intensity over the
three-year window: flat, or with a season, or doubling over the window (trending null).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from benchmarks.towns.themes import LEAVES, SEASON, SHARE

START = date(2022, 1, 1)
END = date(2024, 12, 31)
DAYS = (END - START).days + 1
NULL_MODELS = ("homogeneous", "overdispersed", "trending")


@dataclass(frozen=True)
class Model:
    """How the background of a town is drawn."""

    name: str
    gamma_shape: float | None
    buurt_volume: bool
    season: bool
    growth: float  # reporting volume at the end of the window relative to the start

    def describe(self) -> dict[str, object]:
        """The model as stored in truth.json."""
        return {
            "model": self.name,
            "gamma_shape": self.gamma_shape,
            "buurt_volume": self.buurt_volume,
            "season": self.season,
            "growth": self.growth,
        }


def model_for(null: str | None, *, season: bool, trend: bool) -> Model:
    """The background model of a planted town (null=None) or of one of the null towns."""
    if null is None:
        return Model("planted", 0.5, True, season, 2.0 if trend else 1.0)
    if null == "homogeneous":
        return Model(null, None, False, False, 1.0)
    if null == "overdispersed":
        return Model(null, 0.5, False, False, 1.0)
    if null == "trending":
        return Model(null, None, False, True, 2.0)
    raise ValueError(f"onbekend nulmodel {null!r}; kies uit {', '.join(NULL_MODELS)}")


def day_of(index: int) -> date:
    """The calendar date of a day index in the window."""
    return START + timedelta(days=index)


def day_weights(theme: str, model: Model) -> np.ndarray:
    """Relative intensity of a theme on each day of the window."""
    days = np.arange(DAYS)
    weights = np.ones(DAYS)
    if model.season and theme in SEASON:
        amplitude, peak = SEASON[theme]
        doy = np.array([day_of(int(d)).timetuple().tm_yday for d in days])
        weights *= 1 + amplitude * np.cos(2 * np.pi * (doy - peak) / 365.25)
    if model.growth != 1.0:
        weights *= model.growth ** (days / (DAYS - 1))
    return weights


def cell_rates(
    geo_size: np.ndarray, volume: np.ndarray, model: Model, rng: np.random.Generator
) -> np.ndarray:
    """Expected share of each street × theme cell (sums to 1)."""
    street = geo_size.astype(np.float64)
    if model.buurt_volume:
        street = street * volume
    shares = np.array([SHARE[code] for code in LEAVES])
    rates = np.outer(street, shares)
    if model.gamma_shape is not None:
        shape = model.gamma_shape
        rates *= rng.gamma(shape, 1.0 / shape, rates.shape)
    rates /= rates.sum()
    return rates


@dataclass(frozen=True)
class Background:
    """One entry per background signal."""

    street: np.ndarray
    theme: np.ndarray
    day: np.ndarray


def draw_background(
    rates: np.ndarray, n: int, model: Model, rng: np.random.Generator
) -> Background:
    """Draw `n` background signals from the cell rates and the day intensities."""
    counts = rng.multinomial(n, rates.ravel())
    cells = np.repeat(np.arange(counts.size), counts)
    street, theme = np.divmod(cells, len(LEAVES))
    day = np.empty(n, dtype=np.int32)
    for index, code in enumerate(LEAVES):
        members = np.flatnonzero(theme == index)
        cdf = np.cumsum(day_weights(code, model))
        cdf /= cdf[-1]
        day[members] = np.searchsorted(cdf, rng.random(len(members)), side="right")
    np.minimum(day, DAYS - 1, out=day)
    return Background(street=street.astype(np.int32), theme=theme.astype(np.int16), day=day)
