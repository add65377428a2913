"""Time series of (theme, place) and their baselines, built from a `SignalFrame`.

Every themed signal is an event in two series: its (theme, buurt) series and, when it has a street or
coordinates, its (theme, street-or-cell) series inside that buurt. Each series gets a baseline rate
per day by hierarchical Gamma–Poisson shrinkage (an empirical-Bayes step, as in disease mapping):

* buurt level: the town's share of the theme times the buurt's own volume of signals of every theme
  (its reporting propensity), as a prior worth ``buurt_prior_days`` days of history, updated by the
  buurt's own history of the theme outside the window;
* street/cell level: the buurt's rate (outside the window) times the place's share of the buurt's
  signals of every theme, as a prior worth ``place_prior_days`` days, updated by the place's own
  history outside the window.

So a buurt where people report a lot, or where the theme has always been frequent, expects more; a
window is unusual only against its own place's past and the town's rate, never by raw count.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from wijkverbinder.core.detection.config import DetectionConfig
from wijkverbinder.core.detection.frame import IntArray, SignalFrame

FloatArray = np.ndarray[tuple[int, ...], np.dtype[np.float64]]


@dataclass(frozen=True, slots=True)
class Events:
    """Events sorted by (series, day): the row of the signal, its day and household."""

    series: IntArray
    day: IntArray
    row: IntArray
    household: IntArray
    kept: np.ndarray  # bool: first report of the household in the series within the longest window


@dataclass(frozen=True, slots=True)
class SeriesTable:
    """Per series: deduplicated total, prior (rate or share), parent, level, theme and place."""

    total: FloatArray
    prior: FloatArray
    parent: IntArray
    strength: FloatArray
    theme: IntArray
    buurt: IntArray
    place: IntArray  # −1 for buurt-level series
    span: float

    def expected(self, series: IntArray, k: np.ndarray, width: np.ndarray) -> FloatArray:
        """Baseline households in a window of ``width`` days holding ``k`` households (left out)."""
        width = np.asarray(width, dtype=np.float64)
        rest = np.maximum(self.span - width, 0.0)
        parent = self.parent[series]
        has_parent = parent >= 0
        safe_parent = np.where(has_parent, parent, series)
        parent_rate = (
            np.maximum(self.total[safe_parent] - k, 0.0)
            + self.strength[safe_parent] * self.prior[safe_parent]
        ) / (rest + self.strength[safe_parent])
        prior = np.where(has_parent, parent_rate * self.prior[series], self.prior[series])
        rate = (np.maximum(self.total[series] - k, 0.0) + self.strength[series] * prior) / (
            rest + self.strength[series]
        )
        result: FloatArray = rate * width
        return result


def _dedupe(series: IntArray, day: IntArray, household: IntArray, horizon: int) -> np.ndarray:
    order = np.lexsort((day, household, series))
    s, h, d = series[order], household[order], day[order]
    repeat = np.zeros(len(order), dtype=bool)
    repeat[1:] = (s[1:] == s[:-1]) & (h[1:] == h[:-1]) & (d[1:] - d[:-1] < horizon)
    kept = np.empty(len(order), dtype=bool)
    kept[order] = ~repeat
    return kept


def build_series(
    frame: SignalFrame, rows: IntArray, config: DetectionConfig
) -> tuple[Events, SeriesTable]:
    """Events and series of the given themed rows, with baselines from the whole frame."""
    theme, buurt = frame.column("theme")[rows], frame.column("buurt")[rows]
    place = frame.column("place")[rows]
    n_buurten, n_places = max(len(frame.buurten.names), 1), max(len(frame.places.names), 1)
    with_place = place >= 0
    keys = np.concatenate(
        [theme * n_buurten + buurt, theme[with_place] * n_places + place[with_place]]
    )
    level = np.concatenate(
        [np.zeros(len(rows), np.int64), np.ones(int(with_place.sum()), np.int64)]
    )
    unique, inverse = np.unique(keys * 2 + level, return_inverse=True)
    event_rows = np.concatenate([rows, rows[with_place]])
    day = frame.column("day")[event_rows]
    household = frame.column("household")[event_rows]
    order = np.lexsort((day, inverse))
    horizon = max(config.window_days)
    kept = _dedupe(inverse[order], day[order], household[order], horizon)
    events = Events(inverse[order], day[order], event_rows[order], household[order], kept)
    table = _table(frame, unique, events, config)
    return events, table


def _table(
    frame: SignalFrame, unique: IntArray, events: Events, config: DetectionConfig
) -> SeriesTable:
    n_series = len(unique)
    first = np.searchsorted(events.series, np.arange(n_series))
    theme = frame.column("theme")[events.row[first]]
    buurt = frame.column("buurt")[events.row[first]]
    is_place = (unique % 2) == 1
    place = np.where(is_place, frame.column("place")[events.row[first]], -1)
    total = np.bincount(events.series[events.kept], minlength=n_series).astype(np.float64)
    all_buurt = np.bincount(frame.column("buurt"), minlength=len(frame.buurten.names))
    themed = frame.column("theme")
    all_theme = np.bincount(themed[themed >= 0], minlength=len(frame.themes.names))
    all_place = frame.column("place")
    place_counts = np.bincount(all_place[all_place >= 0], minlength=len(frame.places.names))
    places_per_buurt = np.bincount(
        np.asarray(frame.place_buurt, dtype=np.int64), minlength=len(frame.buurten.names)
    )
    days = frame.column("day")
    span = float(days.max() - days.min() + 1)
    town_prior = all_buurt[buurt] * all_theme[theme] / max(frame.size, 1) / span
    safe_place = np.maximum(place, 0)
    share = (place_counts[safe_place] + 1.0) / (all_buurt[buurt] + places_per_buurt[buurt])
    parent_key = (theme * max(len(frame.buurten.names), 1) + buurt) * 2
    parent = np.where(is_place, np.searchsorted(unique, parent_key), -1)
    strength = np.where(is_place, config.place_prior_days, config.buurt_prior_days)
    prior = np.where(is_place, share, town_prior).astype(np.float64)
    return SeriesTable(total, prior, parent, strength.astype(np.float64), theme, buurt, place, span)
