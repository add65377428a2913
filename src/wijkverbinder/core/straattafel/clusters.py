"""Base clusters and opinion groups: Polis's k-means and the choice of k (see docs/straattafel.md).

* k-means as Polis runs it: start from the first k *distinct* points in order (not k-means++), assign
  each point to the nearest centre (on an exact tie the last candidate wins), move each centre to the
  (weighted) mean of its members, drop empty clusters, and stop when — after sorting the centres —
  every centre moved less than 0.01, or after the iteration limit.
* Base clusters: k = 100 over the clustered participants' positions (100 iterations). Up to 100
  distinct positions every distinct position is its own base cluster.
* Groups: for k = 2 … min(5, 2 + ⌊#base clusters / 12⌋) a weighted k-means of the base-cluster centres
  (weight = members; Polis's effective limit of 20 iterations); the k with the highest silhouette over
  the base-cluster centres (unweighted; exact ties go to the larger k) wins.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from wijkverbinder.core.straattafel.matrix import FloatArray

BASE_K = 100
BASE_ITERATIONS = 100
GROUP_ITERATIONS = 20
MAX_GROUPS = 5
CONVERGED = 0.01

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Clustering:
    """Cluster centres and, per point, the index of its cluster."""

    centres: FloatArray  # (k, 2)
    labels: IntArray  # (points,)


def _first_distinct(points: FloatArray, k: int) -> FloatArray:
    chosen: list[FloatArray] = []
    seen: set[tuple[float, ...]] = set()
    for point in points:
        key = tuple(float(x) for x in point)
        if key not in seen:
            seen.add(key)
            chosen.append(point)
            if len(chosen) == k:
                break
    return np.array(chosen, dtype=np.float64).reshape(-1, points.shape[1])


def _assign(points: FloatArray, centres: FloatArray) -> IntArray:
    dx = points[:, 0:1] - centres[None, :, 0]
    dy = points[:, 1:2] - centres[None, :, 1]
    distances = dx * dx + dy * dy  # squared distances order and tie exactly like distances
    reversed_best = np.argmin(distances[:, ::-1], axis=1)  # the last candidate wins a tie
    return np.asarray(len(centres) - 1 - reversed_best, dtype=np.int64)


def _same(old: FloatArray, new: FloatArray) -> bool:
    if old.shape != new.shape:
        return False
    old_sorted = old[np.lexsort(old.T[::-1])]
    new_sorted = new[np.lexsort(new.T[::-1])]
    return bool(np.all(np.linalg.norm(old_sorted - new_sorted, axis=1) < CONVERGED))


def polis_kmeans(
    points: FloatArray, k: int, *, weights: FloatArray | None = None, iterations: int
) -> Clustering:
    """Lloyd's k-means with Polis's initialisation, tie rule, empty-cluster rule and stop rule."""
    weight = np.ones(len(points)) if weights is None else np.asarray(weights, dtype=np.float64)
    centres = _first_distinct(points, k)
    labels = _assign(points, centres)
    for _ in range(iterations):
        mass = np.bincount(labels, weights=weight, minlength=len(centres))
        sums = np.column_stack(
            [
                np.bincount(labels, weights=weight * points[:, d], minlength=len(centres))
                for d in (0, 1)
            ]
        )
        kept = mass > 0  # empty clusters are dropped
        moved = sums[kept] / mass[kept][:, None]
        done = _same(centres, moved)
        centres = moved
        labels = _assign(points, centres)
        if done:
            break
    return Clustering(centres=centres, labels=labels)


def base_clusters(positions: FloatArray) -> Clustering:
    """Up to 100 base clusters of the clustered participants' positions."""
    if len(positions) == 0:
        return Clustering(np.zeros((0, 2)), np.zeros(0, dtype=np.int64))
    return polis_kmeans(positions, BASE_K, iterations=BASE_ITERATIONS)


def silhouette(points: FloatArray, labels: IntArray) -> float:
    """Mean silhouette of the points (0 for a point alone in its cluster), unweighted."""
    distances = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=2))
    groups = np.unique(labels)
    scores = np.zeros(len(points))
    for i in range(len(points)):
        own = labels == labels[i]
        if own.sum() <= 1:
            continue
        inside = distances[i, own].sum() / (own.sum() - 1)
        outside = min(
            distances[i, labels == other].mean() for other in groups if other != labels[i]
        )
        top = max(inside, outside)
        scores[i] = (outside - inside) / top if top > 0 else 0.0
    return float(scores.mean())


@dataclass(frozen=True)
class GroupChoice:
    """The chosen grouping of the base clusters, with the silhouette of every k tried."""

    clustering: Clustering  # over the base clusters
    k: int
    scores: dict[int, float]


def choose_groups(centres: FloatArray, counts: FloatArray) -> GroupChoice:
    """Weighted k-means of the base clusters for k = 2…K; the k with the best silhouette."""
    distinct = len({tuple(c) for c in centres.tolist()})
    if distinct < 2:
        labels = np.zeros(len(centres), dtype=np.int64)
        single = Clustering(centres[:1].copy() if len(centres) else np.zeros((0, 2)), labels)
        return GroupChoice(single, 1 if len(centres) else 0, {})
    top = min(MAX_GROUPS, 2 + len(centres) // 12)
    best: Clustering | None = None
    best_score = -np.inf
    scores: dict[int, float] = {}
    for k in range(2, top + 1):
        found = polis_kmeans(centres, k, weights=counts, iterations=GROUP_ITERATIONS)
        score = silhouette(centres, found.labels) if len(found.centres) > 1 else -1.0
        scores[k] = score
        if score >= best_score:  # exact ties go to the larger k
            best, best_score = found, score
    assert best is not None
    return GroupChoice(best, len(best.centres), scores)
