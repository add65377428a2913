"""Sliding-window scan: every window that starts at an event, for each window length, per series.

A window ``[d, d + w)`` starting at an event's day ``d`` counts the households that report in it
(first report of a household in the series, see `series._dedupe`). Windows starting on the same day
as the previous event of the series are skipped (they hold a subset). All windows are evaluated with
vectorised ``searchsorted`` on the (series, day) key, and each gets its Poisson tail probability
against the baseline of `series.SeriesTable.expected`. The number of windows tried is returned for
the multiple-testing correction.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import numpy as np

from wijkverbinder.core.detection.config import DetectionConfig
from wijkverbinder.core.detection.frame import IntArray
from wijkverbinder.core.detection.series import Events, FloatArray, SeriesTable

#: Margin in log10 units on the bound of `_hopeful`, against rounding in the tail functions.
_SLACK = 1e-6


@dataclass(frozen=True, slots=True)
class Candidates:
    """Windows worth a closer look, sorted from most to least surprising."""

    series: IntArray
    start: IntArray
    width: IntArray
    households: IntArray
    expected: FloatArray
    log10_p: FloatArray
    windows_tested: int


def event_key(series: IntArray, day: IntArray, stride: int) -> IntArray:
    """A sortable int64 key of (series, day); ``stride`` exceeds every day offset."""
    key: IntArray = series.astype(np.int64) * stride + day
    return key


def p_limit(config: DetectionConfig, windows_tested: int) -> float:
    """The log10 p-value a window must reach: ``max_p_value`` and corrected ``min_score``."""
    corrected = -config.min_score - np.log10(max(windows_tested, 1))
    return float(min(np.log10(config.max_p_value), corrected))


def p_local(config: DetectionConfig) -> float:
    """The log10 p-value of the local test (``max_p_value``, not corrected for the town's number
    of windows): enough for a window to widen a matter or add to one found at its place and time,
    never to open one."""
    return float(np.log10(config.max_p_value))


def scan(
    events: Events, table: SeriesTable, config: DetectionConfig, windows_tested: int = 0
) -> Candidates:
    """Windows with at least ``min_households`` that pass `p_limit` (the town's test), and those
    that pass only `p_local` in the buurten of the former.

    ``windows_tested`` overrides the count of windows for the correction (incremental updates use
    the count of the last batch run).
    """
    series, day = events.series[events.kept], events.day[events.kept]
    empty = np.zeros(0, dtype=np.int64)
    if len(series) == 0:
        # as if the left-out series had been scanned (`series.Events.hidden_starts`)
        hidden = (windows_tested or events.hidden_starts * len(config.window_days)) * bool(
            events.hidden_starts
        )
        return Candidates(empty, empty, empty, empty, np.zeros(0), np.zeros(0), hidden)
    origin = int(day.min())
    stride = int(day.max()) - origin + 2 * max(config.window_days) + 2
    key = event_key(series, day - origin, stride)
    fresh = np.ones(len(key), dtype=bool)
    fresh[1:] = key[1:] != key[:-1]
    starts = np.flatnonzero(fresh)
    tested = windows_tested or (len(starts) + events.hidden_starts) * len(config.window_days)
    limit = p_limit(config, tested)
    floors = {width: table.factor_floor(width) for width in config.window_days}
    passing = partial(
        _passing, key=key, series=series, day=day, table=table, config=config, floors=floors
    )
    index, counts, widths, expected, log10_p = passing(starts, limit)
    # Windows that pass only the local test, near a window of their buurt that passed the town's
    # test: they may add to (or widen) a matter there, never open one (`select_clusters`).
    local = p_local(config)
    if local > limit and len(index):
        near = _near(starts, (index, widths), series=series, day=day, table=table, config=config)
        more = passing(near, local)
        only_local = more[4] > limit
        index, counts, widths, expected, log10_p = (
            np.concatenate([a, b[only_local]])
            for a, b in zip((index, counts, widths, expected, log10_p), more, strict=True)
        )
    order = np.argsort(log10_p, kind="stable")
    return Candidates(
        series=series[index][order],
        start=day[index][order],
        width=widths[order],
        households=counts[order],
        expected=expected[order],
        log10_p=log10_p[order],
        windows_tested=tested,
    )


def _near(
    starts: IntArray,
    passed: tuple[IntArray, IntArray],
    *,
    series: IntArray,
    day: IntArray,
    table: SeriesTable,
    config: DetectionConfig,
) -> IntArray:
    """The ``starts`` in a buurt of the ``passed`` windows (event index, width) whose window can
    reach one of them within ``merge_gap_days``: only those could join or widen its matter."""
    index, widths = passed
    buurten, which = np.unique(table.buurt[series[index]], return_inverse=True)
    origin, days = int(day.min()), int(day.max() - day.min()) + 1
    before = max(config.window_days) + config.merge_gap_days
    low = np.clip(day[index] - origin - before, 0, days)
    high = np.clip(day[index] - origin + widths + config.merge_gap_days + 1, 0, days)
    cover = np.zeros((len(buurten), days + 1), dtype=np.int64)
    np.add.at(cover, (which, low), 1)
    np.add.at(cover, (which, high), -1)
    covered = np.cumsum(cover, axis=1) > 0
    buurt = table.buurt[series[starts]]
    position = np.minimum(np.searchsorted(buurten, buurt), len(buurten) - 1)
    inside = buurten[position] == buurt
    candidates = starts[inside]
    near: IntArray = candidates[covered[position[inside], day[candidates] - origin]]
    return near


def _passing(
    starts: IntArray,
    limit: float,
    *,
    key: IntArray,
    series: IntArray,
    day: IntArray,
    table: SeriesTable,
    config: DetectionConfig,
    floors: dict[int, FloatArray],
) -> tuple[IntArray, IntArray, IntArray, FloatArray, FloatArray]:
    """(event index, households, width, expected, log10 p) of the windows starting at ``starts``
    with at least ``min_households`` whose tail reaches ``limit``."""
    parts: list[tuple[IntArray, IntArray, IntArray]] = []
    for width in config.window_days:
        ends = np.searchsorted(key, key[starts] + width, side="left")
        counts = ends - starts
        keep = counts >= config.min_households
        index, counts = starts[keep], counts[keep]
        hopeful = _hopeful(series[index], counts, width, table, limit, floors=floors[width])
        parts.append((index[hopeful], counts[hopeful], np.full(int(hopeful.sum()), width)))
    index = np.concatenate([p[0] for p in parts])
    counts = np.concatenate([p[1] for p in parts])
    widths = np.concatenate([p[2] for p in parts])
    expected, log10_p = table.log10_tail(series[index], counts, widths, day[index])
    keep = log10_p <= limit
    return index[keep], counts[keep], widths[keep], expected[keep], log10_p[keep]


def _hopeful(
    series: IntArray,
    counts: IntArray,
    width: int,
    table: SeriesTable,
    limit: float,
    *,
    floors: FloatArray,
) -> np.ndarray:
    """Per window (sorted by series), whether its series' bound `SeriesTable.log10_tail_floor`
    at its largest count of this width can reach ``limit``; a window of a series that cannot is
    left out before its exact test, which it would fail (``_SLACK`` covers rounding). ``floors``
    is `SeriesTable.factor_floor` of the width, computed once per scan."""
    if len(series) == 0:
        return np.zeros(0, dtype=bool)
    first = np.flatnonzero(np.r_[True, series[1:] != series[:-1]])
    largest = np.maximum.reduceat(counts, first)
    floor = table.log10_tail_floor(series[first], largest, width, floors)
    hopeful: np.ndarray = np.repeat(floor <= limit + _SLACK, np.diff(np.r_[first, len(series)]))
    return hopeful
