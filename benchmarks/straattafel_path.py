"""Polis's path dependence: can replaying its update loop, or another k-means start, beat the batch?

    python benchmarks/straattafel_path.py [--data DIR] [--per-vote]

Polis re-runs its analysis whenever votes arrive: the clustered set only grows, the PCA starts from
the previous components, the base clusters from the previous base clusters (re-centred, identical
centres merged, the point farthest from every centre split off as a new cluster until there are as
many as possible), and — while the conversation stays in the math worker's memory — every group
k-means from the previous grouping, with k smoothed over updates. After a restart of the worker the
conversation is reloaded from `math_main`, which keeps the base clusters, the clustered set and the
PCA but not the group clusterings or the k-smoother: the first update after a reload groups the
base clusters from a cold start and takes the k with the best silhouette directly.

This benchmark replays that loop on the six validation conversations (benchmarks/straattafel.py
loads them) and prints the ARI of the final groups against Polis's, for every variant on ALL
conversations together (docs/straattafel.md, "Where we lose"):

* batch: `core.straattafel.analyse` as shipped (cold k-means started from the first distinct
  points in order of first vote, no smoother);
* start order: the batch with the clustered participants in another order (order of joining the
  clustered set; Clojure's hash-set order of participant ids, the order Polis's first update
  iterates its `in-conv` set in; participant id);
* replay: one update per step (vote-count quantiles, calendar days, or — `--per-vote`, slow — every
  distinct vote time, as often as Polis can update), base clusters carried forward, groups either
  carried forward with the k-smoother (Polis in memory) or cold at the last update (Polis after a
  reload). Moderation flags are the final ones (their history is not in the data).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from straattafel import (  # type: ignore[import-not-found]  # the sibling benchmark
    FIXTURES,
    OPEN_DATA,
    Case,
    ari,
    find_data,
    load_fixture,
    load_open_data,
)

from wijkverbinder.core.straattafel import AnalysisOptions, Vote, analyse, build_matrix, clusters
from wijkverbinder.core.straattafel.matrix import (
    FloatArray,
    IntArray,
    VoteMatrix,
    clustered_rows_over_time,
    joined_at_over_time,
)
from wijkverbinder.core.straattafel.pca import project

DAY_MS = 86_400_000
Groups = dict[int, int | None]  # participant id → group
MASK32 = 0xFFFFFFFF


# --- Clojure's hash-set order of integers (Murmur3 `hashLong`, 5 hash bits per trie level) ---


def _rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (32 - r))) & MASK32


def _mix_k1(k: int) -> int:
    return (_rotl((k * 0xCC9E2D51) & MASK32, 15) * 0x1B873593) & MASK32


def _mix_h1(h: int, k: int) -> int:
    return (_rotl(h ^ k, 13) * 5 + 0xE6546B64) & MASK32


def clojure_hash(value: int) -> int:
    if value == 0:
        return 0
    value &= 0xFFFFFFFFFFFFFFFF
    h = _mix_h1(_mix_h1(0, _mix_k1(value & MASK32)), _mix_k1(value >> 32))
    h ^= 8
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & MASK32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & MASK32
    return h ^ (h >> 16)


def hash_set_key(value: int) -> tuple[int, ...]:
    """Sort key giving the iteration order of a Clojure hash set of integers."""
    h = clojure_hash(value)
    return tuple((h >> shift) & 31 for shift in range(0, 32, 5))


# --- Polis's k-means with ids, warm starts carried between updates ---


@dataclass
class Clusters:
    ids: list[int]
    members: list[set[int]]  # participant ids (base) or base-cluster ids (groups)


def _assign(points: FloatArray, centres: FloatArray) -> IntArray:
    distances = ((points[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
    return np.asarray(len(centres) - 1 - np.argmin(distances[:, ::-1], axis=1), dtype=np.int64)


def _same(old: FloatArray, new: FloatArray) -> bool:
    if old.shape != new.shape:
        return False
    a, b = old[np.lexsort(old.T[::-1])], new[np.lexsort(new.T[::-1])]
    return bool(np.all(np.linalg.norm(a - b, axis=1) < clusters.CONVERGED))


def _lloyd(
    points: FloatArray, ids: IntArray, centres: FloatArray, weights: FloatArray, iterations: int
) -> tuple[IntArray, FloatArray, IntArray]:
    labels = _assign(points, centres)
    for _ in range(iterations + 1):
        mass = np.bincount(labels, weights=weights, minlength=len(centres))
        sums = np.column_stack(
            [
                np.bincount(labels, weights=weights * points[:, d], minlength=len(centres))
                for d in (0, 1)
            ]
        )
        kept = mass > 0
        moved = sums[kept] / mass[kept][:, None]
        done = _same(centres, moved)
        ids, centres = ids[kept], moved
        labels = _assign(points, centres)
        if done:
            break
    return ids, centres, labels


def _warm_start(
    points: FloatArray, names: Sequence[int], previous: Clusters, weights: FloatArray, k: int
) -> tuple[IntArray, FloatArray]:
    """Re-centre the previous clusters, merge identical ones, split off the farthest point."""
    row = {name: i for i, name in enumerate(names)}
    kept: list[tuple[int, list[int]]] = []
    for cid, members in zip(previous.ids, previous.members, strict=True):
        rows = [row[m] for m in members if m in row]
        if rows:
            kept.append((cid, rows))

    def centre(rows: list[int]) -> FloatArray:
        w = weights[rows]
        return np.asarray((points[rows] * w[:, None]).sum(axis=0) / w.sum(), dtype=np.float64)

    merged: list[tuple[int, list[int], FloatArray]] = []
    for cid, rows in kept:
        c = centre(rows)
        twin = next((i for i, m in enumerate(merged) if np.array_equal(m[2], c)), None)
        if twin is None:
            merged.append((cid, rows, c))
        else:
            other_id, other_rows, _ = merged[twin]
            keep = cid if len(rows) >= len(other_rows) else other_id  # ties: the later one
            merged[twin] = (keep, other_rows + rows, c)
    found = [(cid, rows) for cid, rows, _ in merged]
    possible = min(k, len({tuple(p) for p in points.tolist()}))
    while True:
        found = [(cid, rows) for cid, rows in found if rows]
        centres = np.array([centre(rows) for _, rows in found]).reshape(-1, 2)
        if len(found) >= possible:
            break
        nearest = np.sqrt(((points[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)).min(1)
        far = len(nearest) - 1 - int(np.argmax(nearest[::-1]))  # ties: the last one
        if nearest[far] <= 0:
            break
        found = [(cid, [r for r in rows if r != far]) for cid, rows in found]
        found.append((max(cid for cid, _ in found) + 1, [far]))
    return np.array([cid for cid, _ in found], dtype=np.int64), centres


def kmeans(
    points: FloatArray,
    *,
    names: Sequence[int],
    previous: Clusters | None,
    weights: FloatArray,
    k: int,
    iterations: int,
) -> tuple[Clusters, FloatArray, IntArray]:
    """Polis's k-means, warm when `previous` is given; clusters sorted by id, labels per point."""
    if previous is not None and previous.ids:
        ids, centres = _warm_start(points, names, previous, weights, k)
    else:
        centres = _first_distinct(points, k)
        ids = np.arange(len(centres), dtype=np.int64)
    ids, centres, labels = _lloyd(points, ids, centres, weights, iterations)
    order = np.argsort(ids)
    rank = np.argsort(order)
    members = [{names[int(r)] for r in np.flatnonzero(labels == j)} for j in order]
    return Clusters([int(i) for i in ids[order]], members), centres[order], rank[labels]


def _first_distinct(points: FloatArray, k: int) -> FloatArray:
    _, first = np.unique(points, axis=0, return_index=True)
    return np.asarray(points[np.sort(first)[:k]], dtype=np.float64)


# --- the replay ---


@dataclass
class State:
    base: Clusters | None = None
    groups: dict[int, Clusters] = field(default_factory=dict)
    components: dict[int, FloatArray] = field(default_factory=dict)
    last_k: int = 0
    last_k_count: int = 0
    smoothed_k: int = 0


def _aligned_positions(matrix: VoteMatrix, mod_out: np.ndarray, state: State) -> FloatArray:
    """Positions with each component's sign kept as in the previous update (Polis's warm PCA)."""
    projection = project(matrix, mod_out)
    positions = projection.participants.copy()
    components = {t: projection.components[:, j].copy() for j, t in enumerate(matrix.statements)}
    for c in range(2):
        dot = sum(
            float(v[c] * state.components[t][c])
            for t, v in components.items()
            if t in state.components
        )
        if dot < 0:
            positions[:, c] *= -1
            for vector in components.values():
                vector[c] *= -1
    state.components = components
    return positions


def _update(case: Case, votes: list[Vote], state: State, warm_groups: bool) -> Groups:
    matrix = build_matrix(votes)
    mod_out = np.array([t in (case.rejected | case.meta) for t in matrix.statements])
    positions = _aligned_positions(matrix, mod_out, state)
    clustered = clustered_rows_over_time(matrix)
    names = [p for p, c in zip(matrix.participants, clustered, strict=True) if c]
    if not names:
        return {}
    base, centres, base_of = kmeans(
        positions[clustered],
        names=names,
        previous=state.base,
        weights=np.ones(len(names)),
        k=clusters.BASE_K,
        iterations=clusters.BASE_ITERATIONS,
    )
    state.base = base
    if len({tuple(c) for c in centres.tolist()}) < 2:
        return {}
    weights = np.array([len(m) for m in base.members], dtype=np.float64)
    top = min(clusters.MAX_GROUPS, 2 + len(base.ids) // 12)
    found: dict[int, tuple[Clusters, IntArray]] = {}
    scores: dict[int, float] = {}
    for k in range(2, top + 1):
        previous = state.groups.get(k) if warm_groups else None
        grouping, _, labels = kmeans(
            centres,
            names=base.ids,
            previous=previous,
            weights=weights,
            k=k,
            iterations=clusters.GROUP_ITERATIONS,
        )
        found[k] = (grouping, labels)
        scores[k] = clusters.silhouette(centres, labels) if len(grouping.ids) > 1 else -1.0
    state.groups = {k: g for k, (g, _) in found.items()}
    best = max(sorted(scores), key=lambda k: scores[k])
    if warm_groups:  # the k-smoother: a new k only after it won 4 updates in a row
        state.last_k_count = state.last_k_count + 1 if best == state.last_k else 1
        state.last_k = best
        if state.last_k_count >= 4 or not state.smoothed_k:
            state.smoothed_k = best
        best = state.smoothed_k if state.smoothed_k in found else best
    labels = found[best][1]
    return {name: int(labels[base_of[i]]) for i, name in enumerate(names)}


def replay(case: Case, cuts: Sequence[float], warm_groups: bool) -> Groups:
    votes = sorted(case.votes, key=lambda v: v.at)
    times = np.array([v.at for v in votes])
    state = State()
    result: Groups = {}
    for cut in [*cuts, np.inf]:
        upto = int(np.searchsorted(times, cut, side="right"))
        if upto:
            result = _update(case, votes[:upto], state, warm_groups)
    return result


def quantile_cuts(case: Case, steps: int) -> list[float]:
    times = np.sort([v.at for v in case.votes])
    return list(np.unique(np.quantile(times, np.arange(1, steps) / steps)))


def day_cuts(case: Case) -> list[float]:
    days = np.unique(np.floor(np.array([v.at for v in case.votes]) / DAY_MS))
    return [float((d + 1) * DAY_MS - 1) for d in days[:-1]]


def vote_cuts(case: Case) -> list[float]:
    return list(np.unique([v.at for v in case.votes])[:-1])


# --- start orders of the batch ---


def batch_in_order(case: Case, order: str) -> Groups:
    matrix = build_matrix(case.votes)
    mod_out = np.array([t in (case.rejected | case.meta) for t in matrix.statements])
    positions = project(matrix, mod_out).participants
    rows = np.flatnonzero(clustered_rows_over_time(matrix))
    pids = np.array(matrix.participants)
    if order == "hash":
        rows = np.array(sorted(rows, key=lambda r: hash_set_key(int(pids[r]))), dtype=np.int64)
    elif order == "id":
        rows = rows[np.argsort(pids[rows], kind="stable")]
    elif order == "join":
        joined = joined_at_over_time(matrix)
        rows = rows[np.lexsort((rows, joined[rows]))]
    base = clusters.base_clusters(positions[rows])
    counts = np.bincount(base.labels, minlength=len(base.centres)).astype(np.float64)
    labels = clusters.choose_groups(base.centres, counts).clustering.labels
    return {int(pids[r]): int(labels[base.labels[i]]) for i, r in enumerate(rows)}


def batch(case: Case) -> Groups:
    return analyse(case.votes, AnalysisOptions(rejected=case.rejected, meta=case.meta)).group_of()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.environ.get("POLIS_DATA"))
    parser.add_argument("--per-vote", action="store_true", help="also replay every vote time")
    parser.add_argument("--max-updates", type=int, default=6000)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    data = find_data(args.data)
    cases = [load_open_data(data / name, meta) for name, meta in OPEN_DATA.items()]
    cases += [load_fixture(data / name) for name in FIXTURES]
    variants: list[tuple[str, Callable[[Case], Groups | None]]] = [
        ("batch (as shipped)", batch),
        ("start: order of joining", lambda c: batch_in_order(c, "join")),
        ("start: Clojure hash-set order", lambda c: batch_in_order(c, "hash")),
        ("start: participant id", lambda c: batch_in_order(c, "id")),
    ]
    steps: list[tuple[str, Callable[[Case], list[float]]]] = [
        ("10 quantiles", lambda c: quantile_cuts(c, 10)),
        ("40 quantiles", lambda c: quantile_cuts(c, 40)),
        ("per day", day_cuts),
    ]
    if args.per_vote:
        steps.append(("per vote time", vote_cuts))
    for label, cut in steps:
        for warm, how in ((True, "groups warm + smoother"), (False, "groups cold at the end")):

            def run(
                c: Case, cut: Callable[[Case], list[float]] = cut, warm: bool = warm
            ) -> Groups | None:
                cuts = cut(c)
                return None if len(cuts) >= args.max_updates else replay(c, cuts, warm)

            variants.append((f"replay {label}, {how}", run))
    print(f"{'variant':50}" + "".join(f"{c.name[:12]:>14}" for c in cases) + f"{'s':>7}")
    for name, variant in variants:
        start = time.perf_counter()
        row = []
        for case in cases:
            groups = variant(case)
            row.append(
                f"{ari(case.polis_groups, groups):14.3f}" if groups is not None else f"{'–':>14}"
            )
        print(f"{name:50}" + "".join(row) + f"{time.perf_counter() - start:7.1f}", flush=True)


if __name__ == "__main__":
    main()
