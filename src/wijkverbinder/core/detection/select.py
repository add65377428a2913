"""Greedy choice of non-overlapping clusters among the scanned windows.

Candidates are taken from most to least surprising. A window becomes a cluster with every signal of
its series in the window (repeat reports included). A candidate that shares ``max_overlap`` or more
of its signals with clusters already taken is dropped; one that shares less keeps only its unclaimed
signals. The cluster is then rescored on its exact number of distinct households.

**Whole period.** The most surprising window of a matter is often its dense core: a quarrel of ten
weeks has a five-week peak. A chosen window is therefore widened to the window of its series that
contains it, passed at least the local test (p ≤ ``max_p_value``, `scan.p_local`), adds at least
two households at three times the expected pace or more, and holds the most households *above
expectation* (k − μ). The cluster
keeps the score of the most surprising window (the one that was tested first); its households and
expectation are those of the widened window. Because a street
series and its buurt series compete on the same signals, the more surprising of the two wins: a
concentrated problem stays on its street, a spread one becomes a buurt question.

**Town's test and local test.** Only a window that passes the town's test (`scan.p_limit`,
corrected for every window tried) opens a question. Once a matter is found there, whether a
window beside it in the same buurt is part of it is a question about that place, not about the
whole town: such a window needs only the local test, becomes a cluster that is not ``primary``
and may join a matter (`matters.merge_clusters`) or widen one, never open one or change a score.
In a town of 20,000 signals the two tests differ little (p ≤ 10⁻³·⁷ against 10⁻³); at 1,000,000
signals (24 million windows) the town's test asks p ≤ 10⁻⁵·⁴, and a matter's other streets,
themes and weeks rarely reach that on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from wijkverbinder.core.detection.config import DetectionConfig
from wijkverbinder.core.detection.frame import IntArray
from wijkverbinder.core.detection.scan import Candidates, event_key, p_limit, p_local
from wijkverbinder.core.detection.series import Events, SeriesTable

#: A window is widened only for at least this many more households: one more household is as
#: likely a neighbour's ordinary report that happened to fall next to the matter.
_MIN_GAIN = 2
#: ... and only when the added households come at least this many times faster than expected.
_MIN_RATE = 3.0


@dataclass(frozen=True, slots=True)
class Cluster:
    """Signals (frame rows) chosen as one collective question, with its statistics."""

    series: int
    rows: IntArray
    households: int
    expected: float
    log10_p: float
    #: False for a window that passed only the local test (`scan.p_local`): it may join a matter
    #: at its place and time, never open one.
    primary: bool = True


def select_clusters(
    events: Events,
    table: SeriesTable,
    candidates: Candidates,
    claimed: np.ndarray,
    config: DetectionConfig,
) -> list[Cluster]:
    """Clusters from ``candidates``; ``claimed`` (bool per frame row) is updated in place."""
    if len(candidates.series) == 0:
        return []
    origin = int(events.day.min())
    stride = int(events.day.max()) - origin + 2 * max(config.window_days) + 2
    key = event_key(events.series, events.day - origin, stride)
    lows = np.searchsorted(key, event_key(candidates.series, candidates.start - origin, stride))
    highs = np.searchsorted(
        key, event_key(candidates.series, candidates.start + candidates.width - origin, stride)
    )
    limit = p_limit(config, candidates.windows_tested)
    local = p_local(config)
    widest = _widest(candidates)
    clusters: list[Cluster] = []
    for best in range(len(lows)):
        primary = bool(candidates.log10_p[best] <= limit)
        threshold = limit if primary else local
        cluster: Cluster | None = None
        for position in dict.fromkeys((int(widest[best]), best)):  # widened, else its own window
            cluster, failed_test = _cluster(
                events, table, candidates, claimed, (position, lows[position], highs[position]),
                config, threshold,
            )  # fmt: skip
            if not failed_test:
                break
        if cluster is None:
            continue
        claimed[cluster.rows] = True
        clusters.append(
            Cluster(
                cluster.series,
                cluster.rows,
                cluster.households,
                cluster.expected,
                min(cluster.log10_p, float(candidates.log10_p[best])),
                primary,
            )
        )
    return clusters


def _cluster(  # noqa: PLR0917
    events: Events,
    table: SeriesTable,
    candidates: Candidates,
    claimed: np.ndarray,
    window: tuple[int, int, int],
    config: DetectionConfig,
    threshold: float,
) -> tuple[Cluster | None, bool]:
    """The cluster of candidate window ``(position, low, high)`` (its events ``low:high``) without
    rows already claimed, re-tested on its households, and whether it failed only that test; no
    cluster when too much of it is claimed or too few households are left. A widened window that
    fails the test falls back to the best window's own (`select_clusters`): widening a window of
    the town's test into one of the local test never loses the question."""
    position, low, high = window
    rows = events.row[low:high]
    taken = claimed[rows]
    if float(taken.mean()) >= config.max_overlap:
        return None, False
    rows = rows[~taken]
    households = len(np.unique(events.household[low:high][~taken]))
    if households < config.min_households:
        return None, False
    expected_array, tail = table.log10_tail(
        candidates.series[position : position + 1],
        np.array([households]),
        candidates.width[position : position + 1],
        candidates.start[position : position + 1],
    )
    expected, log10_p = float(expected_array[0]), float(tail[0])
    if log10_p > threshold:
        return None, True
    return Cluster(int(candidates.series[position]), rows, households, expected, log10_p), False


def _widest(candidates: Candidates) -> IntArray:
    """Per candidate, the candidate of the same series whose window contains it, adds at least
    ``_MIN_GAIN`` households at ``_MIN_RATE`` × the expected pace, and has the largest excess of
    households over expectation (itself when none is larger)."""
    result: IntArray = np.arange(len(candidates.series))
    excess = candidates.households - candidates.expected
    end = candidates.start + candidates.width
    order = np.argsort(candidates.series, kind="stable")
    bounds = np.flatnonzero(np.diff(candidates.series[order])) + 1
    for group in np.split(order, bounds):
        if len(group) < 2:
            continue
        starts, ends = candidates.start[group], end[group]
        k = candidates.households[group]
        contains = (starts[:, None] <= starts[None, :]) & (ends[:, None] >= ends[None, :])
        mu = candidates.expected[group]
        gain = k[:, None] - k[None, :]
        more = (gain >= _MIN_GAIN) & (gain >= _MIN_RATE * (mu[:, None] - mu[None, :]))
        scores = np.where(
            contains & (more | np.eye(len(group), dtype=bool)), excess[group][:, None], -np.inf
        )
        result[group] = group[np.argmax(scores, axis=0)]
    return result
