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
from wijkverbinder.core.detection.stats import negbin_log10_sf

#: Pseudo-theme of the series that holds every signal of a place, whatever its theme (a matter
#: such as a party house shows up as noise, parking and litter at once).
ALL_SIGNALS = "*"
#: Suffix of the pseudo-theme of a theme family ("samenleven.*"): every signal whose theme belongs to
#: the family, so sub-themes that two professionals chose differently count together.
FAMILY_SUFFIX = ".*"
FloatArray = np.ndarray[tuple[int, ...], np.dtype[np.float64]]


@dataclass(frozen=True, slots=True)
class Events:
    """Events sorted by (series, day): the row of the signal, its day and household."""

    series: IntArray
    day: IntArray
    row: IntArray
    household: IntArray
    kept: np.ndarray  # bool: first report of the household in the series within the longest window
    #: Window starts (distinct days of kept events) of series left out because fewer than
    #: ``min_households`` households reported in them: none of their windows can be tested, but
    #: each counts in the multiple-testing correction as if it had been scanned (`scan`).
    hidden_starts: int = 0


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

    volume: FloatArray  # cumulative town-wide count per day of each volume row (see `_volume`)
    volume_row: IntArray  # per series: its theme's row in ``volume``
    origin: int  # the day of ``volume``'s first column
    smooth_days: int

    def factor(self, series: IntArray, start: np.ndarray, width: np.ndarray) -> FloatArray:
        """Trend and season: the town's volume of the series' theme in the window (± ``smooth_days``)
        against its average over the whole span; 1 where volume is flat."""
        first = np.asarray(start, dtype=np.int64) - self.origin
        return self._factor(self.volume_row[series], first, np.asarray(width, dtype=np.int64))

    def _factor(self, row: IntArray, first: IntArray, width: IntArray) -> FloatArray:
        days = self.volume.shape[1] - 1
        low = np.clip(first - self.smooth_days, 0, days)
        high = np.clip(first + width + self.smooth_days, 0, days)
        inside = self.volume[row, high] - self.volume[row, low]
        average = self.volume[row, days] / days
        result: FloatArray = np.where(
            (high > low) & (average > 0), inside / np.maximum(high - low, 1) / average, 1.0
        )
        return result

    def factor_floor(self, width: int) -> FloatArray:
        """Per row of ``volume``, the smallest `factor` of a window of ``width`` days starting on
        any day of the span."""
        days = self.volume.shape[1] - 1
        rows = np.repeat(np.arange(self.volume.shape[0]), days)
        first = np.tile(np.arange(days, dtype=np.int64), self.volume.shape[0])
        factors = self._factor(rows, first, np.full(len(rows), width, dtype=np.int64))
        floor: FloatArray = factors.reshape(self.volume.shape[0], days).min(axis=1)
        return floor

    def predictive(
        self,
        series: IntArray,
        k: np.ndarray,
        width: np.ndarray,
        start: np.ndarray,
        factor: FloatArray | None = None,
    ) -> tuple[FloatArray, FloatArray]:
        """(shape, mean) of the negative-binomial count of households in a window of ``width``
        days from ``start`` holding ``k`` households, which are left out of the history.

        The place's rate has a Gamma posterior: shape = its households outside the window + the
        prior's weight in days × the prior rate, rate = days outside the window + the prior's
        weight. The window's count is Poisson given the rate, so NB given the history; its mean is
        scaled by `factor` for trend and season (or by the given ``factor``).
        """
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
        shape = np.maximum(self.total[series] - k, 0.0) + self.strength[series] * prior
        rate = shape / (rest + self.strength[series])
        if factor is None:
            factor = self.factor(series, start, width)
        mean: FloatArray = rate * width * factor
        return shape, mean

    def expected(
        self, series: IntArray, k: np.ndarray, width: np.ndarray, start: np.ndarray
    ) -> FloatArray:
        """Baseline households in the window (the predictive mean)."""
        return self.predictive(series, k, width, start)[1]

    def log10_tail(
        self, series: IntArray, k: np.ndarray, width: np.ndarray, start: np.ndarray
    ) -> tuple[FloatArray, FloatArray]:
        """(expected, log10 P(X ≥ k − 1)): the window starts at a household's report, so that
        first household is given, not evidence; the other ``k − 1`` are tested."""
        shape, mean = self.predictive(series, k, width, start)
        tested = np.maximum(np.asarray(k, dtype=np.float64) - 1.0, 0.0)
        return mean, negbin_log10_sf(tested, shape, mean)

    def log10_tail_floor(
        self, series: IntArray, k: np.ndarray, width: int, floors: FloatArray | None = None
    ) -> FloatArray:
        """A lower bound of `log10_tail` over every window of ``width`` days of each series that
        holds at most ``k`` households, whatever its start.

        The predictive's mean over its shape, ``width × factor / (rest + strength)``, does not
        depend on k, so the NB's success probability is fixed by the width and the factor; its
        tail ``P(X ≥ k − 1)`` falls as k grows (more to reach, and a smaller shape, as the window's
        households leave the history) and rises with the factor. The bound therefore takes the
        largest k and the series' smallest factor (`factor_floor`; ``floors``, when given, is
        ``factor_floor(width)`` computed once by the caller).
        """
        if floors is None:
            floors = self.factor_floor(width)
        floor = floors[self.volume_row[series]]
        widths = np.full(len(series), width, dtype=np.int64)
        shape, mean = self.predictive(series, k, widths, widths, factor=floor)
        tested = np.maximum(np.asarray(k, dtype=np.float64) - 1.0, 0.0)
        return negbin_log10_sf(tested, shape, mean)


def _dedupe(
    series: IntArray, day: IntArray, household: IntArray, horizon: int
) -> tuple[np.ndarray, IntArray]:
    """Per event (sorted by series and day), whether it is the household's first report in the
    series within ``horizon`` days of its previous one; and per series its distinct households."""
    order = _order_by(series, household, day)
    s, h, d = series[order], household[order], day[order]
    same = np.zeros(len(order), dtype=bool)
    same[1:] = (s[1:] == s[:-1]) & (h[1:] == h[:-1])
    households = np.bincount(s[~same], minlength=int(s[-1]) + 1 if len(s) else 0)
    same[1:] &= d[1:] - d[:-1] < horizon
    kept = np.empty(len(order), dtype=bool)
    kept[order] = ~same
    return kept, households


def _order_by(*keys: IntArray) -> IntArray:
    """`np.lexsort` of ``keys`` given most significant first, as one stable sort of a combined
    int64 key when it fits: about ten times faster on millions of events that are already
    nearly in order (lexsort sorts once per key)."""
    if len(keys[0]) == 0:
        return np.zeros(0, dtype=np.int64)
    combined = np.zeros(len(keys[0]), dtype=np.int64)
    size = 1
    for key in keys:
        low, high = int(key.min()), int(key.max())
        size *= high - low + 1
        if size >= 2**62:
            order: IntArray = np.lexsort(keys[::-1])
            return order
        combined *= high - low + 1
        combined += key - low
    order = np.argsort(combined, kind="stable")
    return order


def build_series(
    frame: SignalFrame,
    rows: IntArray,
    config: DetectionConfig,
    theme: IntArray | None = None,
) -> tuple[Events, SeriesTable]:
    """Events and series of the given rows, with baselines from the whole frame.

    ``theme`` gives each row's series theme (default: the row's own theme); rows may repeat with
    different themes, e.g. once under their theme, once under its family and once under the
    all-signals code.
    """
    if theme is None:
        theme = frame.column("theme")[rows]
    buurt = frame.column("buurt")[rows]
    place = frame.column("place")[rows]
    n_buurten, n_places = max(len(frame.buurten.names), 1), max(len(frame.places.names), 1)
    with_place = place >= 0
    keys = np.concatenate(
        [theme * n_buurten + buurt, theme[with_place] * n_places + place[with_place]]
    )
    keys *= 2
    keys[len(rows) :] += 1  # the level: 0 buurt, 1 street or cell
    event_rows = np.concatenate([rows, rows[with_place]])
    # one sort by (series key, day) gives both the events' order and the series numbers (the
    # rank of the key among the distinct keys), as np.unique and a lexsort would; arrays no
    # longer needed are let go at once (a run of a million signals has tens of millions of events)
    order = _order_by(keys, frame.column("day")[event_rows])
    keys = keys[order]
    fresh = np.ones(len(order), dtype=bool)
    fresh[1:] = keys[1:] != keys[:-1]
    unique = keys[fresh]
    del keys
    series = np.cumsum(fresh) - 1
    del fresh
    event_rows = event_rows[order]
    event_theme = np.concatenate([theme, theme[with_place]])[order]
    del order
    day = frame.column("day")[event_rows]
    household = frame.column("household")[event_rows]
    kept, households = _dedupe(series, day, household, max(config.window_days))
    events, unique, event_theme = _without_untestable(
        Events(series, day, event_rows, household, kept),
        unique,
        event_theme,
        households >= config.min_households,
    )
    table = _table(frame, unique, events, event_theme, config)
    return events, table


def _without_untestable(
    events: Events, unique: IntArray, event_theme: IntArray, testable: np.ndarray
) -> tuple[Events, IntArray, IntArray]:
    """The events, series keys and event themes of the ``testable`` series only, renumbered in
    the same order; the left-out series' window starts are counted in ``hidden_starts``. No window
    of a series with fewer than ``min_households`` households can be tested, so leaving them out
    changes no result (most word series of a street, `words`), only the cost."""
    if testable.all():
        return events, unique, event_theme
    inside = testable[events.series]
    left_out = ~inside & events.kept
    series, day = events.series[left_out], events.day[left_out]
    fresh = np.ones(len(series), dtype=bool)  # sorted by (series, day), as the scan's starts
    fresh[1:] = (series[1:] != series[:-1]) | (day[1:] != day[:-1])
    hidden = int(fresh.sum()) if len(series) else 0
    number = np.cumsum(testable) - 1
    kept = Events(
        number[events.series[inside]],
        events.day[inside],
        events.row[inside],
        events.household[inside],
        events.kept[inside],
        events.hidden_starts + hidden,
    )
    return kept, unique[testable], event_theme[inside]


def family_codes(frame: SignalFrame) -> IntArray:
    """Per theme code, the code of its family pseudo-theme ("samenleven.*"), registering it; −1 for
    new topics, pseudo-themes and themes without a family."""
    names = list(frame.themes.names)
    codes = np.full(len(names), -1, dtype=np.int64)
    for code, name in enumerate(names):
        if "." in name and ":" not in name and not name.endswith(FAMILY_SUFFIX):
            codes[code] = frame.theme_code(name.split(".", 1)[0] + FAMILY_SUFFIX)
    grown = np.full(len(frame.themes.names), -1, dtype=np.int64)
    grown[: len(codes)] = codes
    return grown


def _table(
    frame: SignalFrame,
    unique: IntArray,
    events: Events,
    event_theme: IntArray,
    config: DetectionConfig,
) -> SeriesTable:
    n_series = len(unique)
    first = np.searchsorted(events.series, np.arange(n_series))
    theme = event_theme[first]
    buurt = frame.column("buurt")[events.row[first]]
    is_place = (unique % 2) == 1
    place = np.where(is_place, frame.column("place")[events.row[first]], -1)
    total = np.bincount(events.series[events.kept], minlength=n_series).astype(np.float64)
    all_buurt = np.bincount(frame.column("buurt"), minlength=len(frame.buurten.names))
    themed = frame.column("theme")
    all_theme = np.bincount(themed[themed >= 0], minlength=len(frame.themes.names))
    if ALL_SIGNALS in frame.themes.index:
        all_theme[frame.themes.index[ALL_SIGNALS]] = frame.size
    if frame.theme_totals:
        totals = frame.theme_totals
        all_theme[np.fromiter(totals, dtype=np.int64, count=len(totals))] = np.fromiter(
            totals.values(), dtype=np.int64, count=len(totals)
        )
    families = family_codes(frame)
    for code in np.unique(families[families >= 0]):
        all_theme[code] = all_theme[families == code].sum()
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
    volume, volume_row = _volume(frame, theme, config)
    return SeriesTable(
        total,
        prior,
        parent,
        strength.astype(np.float64),
        theme,
        buurt,
        place,
        span,
        volume,
        volume_row,
        int(days.min()),
        config.smooth_days,
    )


def _volume(
    frame: SignalFrame, theme: IntArray, config: DetectionConfig
) -> tuple[FloatArray, IntArray]:
    """Cumulative daily town-wide counts: row 0 all signals, then one row per theme with at least
    ``min_volume_signals`` signals; other themes (new topics, rare ones) use row 0."""
    days = frame.column("day")
    day = days - days.min()
    n_days = int(day.max()) + 1
    codes = frame.column("theme")
    counts = np.bincount(codes[codes >= 0], minlength=len(frame.themes.names))
    own = np.flatnonzero(counts >= config.min_volume_signals)
    rows = [np.bincount(day, minlength=n_days)]
    rows += [np.bincount(day[codes == code], minlength=n_days) for code in own]
    volume = np.zeros((len(rows), n_days + 1))
    volume[:, 1:] = np.cumsum(np.asarray(rows, dtype=np.float64), axis=1)
    lookup = np.zeros(len(frame.themes.names), dtype=np.int64)
    lookup[own] = np.arange(1, len(own) + 1)
    return volume, lookup[theme]
