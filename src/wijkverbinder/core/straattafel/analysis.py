"""One straattafel analysis: votes in, opinion groups and what binds them out (see docs/straattafel.md).

The steps, in Polis's order: vote matrix → who is clustered → PCA and projections → base clusters →
groups (k by silhouette) → tallies → representative statements → majority consensus → group-informed
consensus (GIC) → routing priorities. It is a stateless batch version of Polis's incremental update:
no warm starts and no k-smoother; Polis's monotone "once in, always in" set of clustered participants
is rebuilt from the vote times (see docs/straattafel.md).

Deterministic with a seed: the groups depend only on the votes and the moderation flags (the PCA is
an exact eigendecomposition, k-means starts from the first distinct points, nothing is random); the
only random element, the shuffles of the "no meaningful split" rule, draws from a generator seeded
with `AnalysisOptions.seed`. The order of the vote events matters only through the order of the
participants' first votes (the k-means start), as in Polis.

Deviation on purpose: the "no meaningful split" rule (`split.py`) may merge Polis's groups into one
when they are too small or too weakly separated to mean anything for a street; it is applied only
when asked (`AnalysisOptions.split_rule`), so the Polis-compatible result stays available.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from wijkverbinder.core.straattafel import clusters, stats
from wijkverbinder.core.straattafel.clusters import Clustering, IntArray
from wijkverbinder.core.straattafel.matrix import (
    BoolArray,
    FloatArray,
    Vote,
    VoteMatrix,
    build_matrix,
    clustered_rows,
    clustered_rows_over_time,
    rows_for,
)
from wijkverbinder.core.straattafel.pca import Projection, project, rating_matrix
from wijkverbinder.core.straattafel.split import SplitVerdict, judge_split


@dataclass(frozen=True)
class AnalysisOptions:
    """Moderation flags and the documented inputs of one analysis."""

    rejected: frozenset[int] = frozenset()
    meta: frozenset[int] = frozenset()
    clustered: frozenset[int] | None = (
        None  # override Polis's rule with a given set of participants
    )
    timed: bool = True  # the vote times are real: rebuild "once in, always in" from them
    split_rule: bool = False  # apply the "no meaningful split" rule
    seed: int = 0  # of the shuffles of the split rule (the only random element)


@dataclass(frozen=True)
class Analysis:
    """Everything the team's results page, the export and the CLI show."""

    matrix: VoteMatrix
    mod_out: BoolArray  # per column: rejected or meta
    meta: BoolArray
    projection: Projection
    clustered: BoolArray  # per row
    base: Clustering  # over the clustered rows, in row order
    group_of_row: IntArray  # per row; −1 = not clustered
    groups: int
    silhouettes: dict[int, float]
    split: SplitVerdict | None  # None when the rule was not asked for
    tally: stats.Tally  # per group
    group_stats: stats.GroupStats
    repness: dict[int, list[stats.Representative]]
    consensus: dict[str, list[stats.ConsensusItem]]
    gic: FloatArray
    rejection: FloatArray
    priority: FloatArray

    def group_of(self) -> dict[int, int | None]:
        """Participant id → group index (None when not clustered)."""
        return {
            pid: (int(g) if g >= 0 else None)
            for pid, g in zip(self.matrix.participants, self.group_of_row, strict=True)
        }


def _columns(matrix: VoteMatrix, ids: frozenset[int]) -> BoolArray:
    return np.array([tid in ids for tid in matrix.statements], dtype=bool)


def analyse(votes: Iterable[Vote], options: AnalysisOptions | None = None) -> Analysis:
    """Run the whole analysis on vote events."""
    return analyse_matrix(build_matrix(votes), options or AnalysisOptions())


def group_partition(
    positions: FloatArray, clustered: BoolArray
) -> tuple[Clustering, IntArray, clusters.GroupChoice]:
    """Base clusters of the clustered rows, the chosen groups, and every row's group (−1: none)."""
    base = clusters.base_clusters(positions[clustered])
    counts = np.bincount(base.labels, minlength=len(base.centres)).astype(np.float64)
    choice = clusters.choose_groups(base.centres, counts)
    group_of_row = np.full(len(positions), -1, dtype=np.int64)
    if len(base.centres):
        group_of_row[clustered] = choice.clustering.labels[base.labels]
    return base, group_of_row, choice


def _clustered(matrix: VoteMatrix, options: AnalysisOptions) -> BoolArray:
    if options.clustered is not None:
        return rows_for(matrix, sorted(options.clustered))
    if options.timed:
        return clustered_rows_over_time(matrix)
    return clustered_rows(matrix)


def analyse_matrix(matrix: VoteMatrix, options: AnalysisOptions) -> Analysis:
    """Run the whole analysis on a vote matrix."""
    meta = _columns(matrix, options.meta)
    mod_out = meta | _columns(matrix, options.rejected)
    projection = project(matrix, mod_out)
    clustered = _clustered(matrix, options)
    base, group_of_row, choice = group_partition(projection.participants, clustered)
    groups = choice.k
    rating = rating_matrix(matrix, mod_out)
    verdict = None
    if options.split_rule:
        verdict = judge_split(
            rating=rating, group_of_row=group_of_row, groups=groups, seed=options.seed
        )
        if not verdict.meaningful and groups > 1:
            group_of_row = np.where(group_of_row >= 0, 0, -1)
            groups = 1
    counts = stats.tally(matrix.values, group_of_row, groups)
    group_stats = stats.group_stats(stats.tally(rating, group_of_row, groups))
    repness = (
        {
            g: stats.representatives(group_stats, matrix.statements, mod_out, g)
            for g in range(groups)
        }
        if groups > 1
        else {}
    )
    return Analysis(
        matrix=matrix,
        mod_out=mod_out,
        meta=meta,
        projection=projection,
        clustered=clustered,
        base=base,
        group_of_row=group_of_row,
        groups=groups,
        silhouettes=choice.scores,
        split=verdict,
        tally=counts,
        group_stats=group_stats,
        repness=repness,
        consensus=stats.majority_consensus(rating, matrix.statements, mod_out),
        gic=stats.group_informed_consensus(counts),
        rejection=stats.group_informed_rejection(counts),
        priority=stats.priorities(counts, projection.extremity, meta),
    )
