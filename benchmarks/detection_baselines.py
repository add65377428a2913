"""Baselines for the detection benchmark, as a user might otherwise set them up.

(a) Signalen's context rule (ANCHORS.md §1.8): signals of the same theme within 50 m and 12 weeks
    are related; we take connected components of that relation as groups and rank them by distinct
    households (the raw count a dashboard would show).
(b) HDBSCAN (scikit-learn) on TF-IDF + truncated SVD text features plus scaled place and time,
    leaf clusters,
    clusters ranked by distinct households.
Both use the same themes as wijkverbinder (confirmed, or suggested by the same classifier).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from wijkverbinder.core.records import SignalRecord
from wijkverbinder.core.text import normalise

_M_PER_DEG = 111_320.0


def _xy(records: Sequence[SignalRecord]) -> np.ndarray:
    points = np.full((len(records), 2), np.nan)
    for i, r in enumerate(records):
        if r.lat is not None and r.lon is not None:
            points[i] = (r.lon * _M_PER_DEG * math.cos(math.radians(r.lat)), r.lat * _M_PER_DEG)
    return points


def _ranked(records: Sequence[SignalRecord], labels: np.ndarray) -> list[list[str]]:
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        if label >= 0:
            groups.setdefault(label, []).append(index)
    scored = []
    for members in groups.values():
        households = {records[i].household or records[i].id for i in members}
        if len(households) >= 3:
            scored.append((len(households), [records[i].id for i in members]))
    scored.sort(key=lambda item: (-item[0], item[1][0]))
    return [ids for _, ids in scored]


def signalen_rule(
    records: Sequence[SignalRecord],
    themes: Sequence[str | None],
    radius_m: float = 50.0,
    weeks: int = 12,
) -> list[list[str]]:
    """Connected components of 'same theme, ≤ 50 m, ≤ 12 weeks', largest first."""
    points = _xy(records)
    days = np.array([r.date.toordinal() for r in records], dtype=np.float64)
    scale = radius_m / (7.0 * weeks)
    rows, cols = [], []
    by_theme: dict[str, list[int]] = {}
    for index, theme in enumerate(themes):
        if theme and not np.isnan(points[index, 0]):
            by_theme.setdefault(theme, []).append(index)
    for members in by_theme.values():
        idx = np.array(members)
        coords = np.column_stack([points[idx], days[idx] * scale])
        pairs = cKDTree(coords).query_pairs(r=radius_m * math.sqrt(2.0), output_type="ndarray")
        if len(pairs) == 0:
            continue
        a, b = idx[pairs[:, 0]], idx[pairs[:, 1]]
        near = np.hypot(*(points[a] - points[b]).T) <= radius_m
        close = np.abs(days[a] - days[b]) <= 7 * weeks
        rows.append(a[near & close])
        cols.append(b[near & close])
    n = len(records)
    row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    col = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    graph = coo_matrix((np.ones(len(row)), (row, col)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    sizes = np.bincount(labels)
    labels = np.where(sizes[labels] > 1, labels, -1)
    return _ranked(records, labels)


def hdbscan_text_place_time(records: Sequence[SignalRecord], seed: int) -> list[list[str]]:
    """HDBSCAN on [4·SVD(TF-IDF(text)), x/100 m, y/100 m, days/14], largest clusters first.

    Weights and leaf selection were picked by a small search on a 10,000-signal town (the default
    scaling gave two giant clusters); `min_cluster_size` 5 as for a collective question.
    """
    from sklearn.cluster import HDBSCAN
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    tfidf = TfidfVectorizer(min_df=2, ngram_range=(1, 2), sublinear_tf=True)
    matrix = tfidf.fit_transform([normalise(r.text) for r in records])
    text = normalize(TruncatedSVD(n_components=50, random_state=seed).fit_transform(matrix))
    points = _xy(records)
    centre = np.nanmean(points, axis=0)
    points = np.where(np.isnan(points), centre, points)
    days = np.array([r.date.toordinal() for r in records], dtype=np.float64)
    features = np.column_stack([4.0 * text, points / 100.0, (days - days.min()) / 14.0])
    clusterer = HDBSCAN(
        min_cluster_size=5, min_samples=5, cluster_selection_method="leaf", copy=True
    )
    labels = clusterer.fit_predict(features)
    return _ranked(records, labels)
