"""Greedy choice of non-overlapping clusters among the scanned windows.

Candidates are taken from most to least surprising. A window becomes a cluster with every signal of
its series in the window (repeat reports included). A candidate that shares ``max_overlap`` or more
of its signals with clusters already taken is dropped; one that shares less keeps only its unclaimed
signals. The cluster is then rescored on its exact number of distinct households. Because a street
series and its buurt series compete on the same signals, the more surprising of the two wins: a
concentrated problem stays on its street, a spread one becomes a buurt question.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from wijkverbinder.core.detection.config import DetectionConfig
from wijkverbinder.core.detection.frame import IntArray
from wijkverbinder.core.detection.scan import Candidates, event_key, p_limit
from wijkverbinder.core.detection.series import Events, SeriesTable


@dataclass(frozen=True, slots=True)
class Cluster:
    """Signals (frame rows) chosen as one collective question, with its statistics."""

    series: int
    rows: IntArray
    households: int
    expected: float
    log10_p: float


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
    clusters: list[Cluster] = []
    for position in range(len(lows)):
        rows = events.row[lows[position] : highs[position]]
        taken = claimed[rows]
        overlap = float(taken.mean())
        if overlap >= config.max_overlap:
            continue
        if overlap > 0:
            rows = rows[~taken]
        households = len(np.unique(events.household[lows[position] : highs[position]][~taken]))
        if households < config.min_households:
            continue
        series = candidates.series[position : position + 1]
        expected_array, tail = table.log10_tail(
            series,
            np.array([households]),
            candidates.width[position : position + 1],
            candidates.start[position : position + 1],
        )
        expected, log10_p = float(expected_array[0]), float(tail[0])
        if log10_p > limit:
            continue
        claimed[rows] = True
        clusters.append(
            Cluster(int(candidates.series[position]), rows, households, expected, log10_p)
        )
    return clusters
