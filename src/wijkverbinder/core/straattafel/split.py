"""The "no meaningful split" rule: a deliberate deviation from Polis (see docs/straattafel.md).

Polis always reports at least two groups once two distinct positions exist: k-means splits even a
shapeless cloud, and the silhouette of such a split is about 0.4 (measured), so the silhouette
alone cannot tell. For one street of 10–60 residents the split is called meaningful only when all
of these hold:

1. at least `MIN_CLUSTERED` residents are clustered (fewer cannot form groups worth naming);
2. every group has at least `MIN_GROUP_SIZE` members (a "group" of one or two is a person, not a
   view shared in the street, and naming it could expose them);
3. there is an opinion dimension at all (Horn's parallel analysis): the leading eigenvalue of the
   centred, mean-imputed rating matrix exceeds the 95th percentile of the leading eigenvalues of
   `PERMUTATIONS` copies in which each statement's votes are shuffled among the residents who voted
   on it (same statements, same votes per statement, same missing cells, no link between a
   resident's answers). The shuffles use a seeded generator, so the verdict is deterministic.

Otherwise the team sees one group, and the common ground is computed over everybody.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse.linalg import svds

from wijkverbinder.core.straattafel.clusters import IntArray
from wijkverbinder.core.straattafel.matrix import FloatArray

MIN_CLUSTERED = 8
MIN_GROUP_SIZE = 3
PERMUTATIONS = 40
QUANTILE = 0.95
DENSE_LIMIT = 80  # above this many rows and columns the leading eigenvalue comes from ARPACK


@dataclass(frozen=True)
class SplitVerdict:
    """Whether Polis's groups mean something here, and if not why (a code and a Dutch sentence)."""

    meaningful: bool
    code: str = ""
    reason: str = ""
    eigenvalue: float = 0.0
    null_eigenvalue: float = 0.0


def _leading_eigenvalue(rating: FloatArray) -> float:
    observed = ~np.isnan(rating)
    counts = observed.sum(axis=0)
    sums = np.where(observed, rating, 0.0).sum(axis=0)
    centre = np.divide(sums, counts, out=np.zeros(rating.shape[1]), where=counts > 0)
    centred = np.where(observed, rating - centre, 0.0)
    if min(centred.shape) > DENSE_LIMIT:  # the largest singular value, squared (ARPACK)
        start = np.ones(min(centred.shape))
        top = svds(centred, k=1, v0=start, return_singular_vectors=False)
        return float(top[0] ** 2)
    small = centred @ centred.T if centred.shape[0] < centred.shape[1] else centred.T @ centred
    return float(np.linalg.eigvalsh(small)[-1]) if small.size else 0.0


def _shuffled(rating: FloatArray, rng: np.random.Generator) -> FloatArray:
    """Each column's observed votes in a random order over the same observed cells."""
    observed = ~np.isnan(rating)
    rows, cols = rating.shape
    in_place = np.argsort(~observed, axis=0, kind="stable")  # observed rows first, ascending
    drawn = np.argsort(np.where(observed, rng.random(rating.shape), 2.0), axis=0)
    take = np.arange(rows)[:, None] < observed.sum(axis=0)[None, :]
    column = np.broadcast_to(np.arange(cols), (rows, cols))
    out = rating.copy()
    out[in_place[take], column[take]] = rating[drawn[take], column[take]]
    return out


def judge_split(
    *, rating: FloatArray, group_of_row: IntArray, groups: int, seed: int = 0
) -> SplitVerdict:
    """Apply the rule to Polis's grouping (`rating`: the rating matrix of every participant)."""
    sizes = np.bincount(group_of_row[group_of_row >= 0], minlength=max(groups, 1))
    clustered = int(sizes.sum())
    if groups < 2:
        return SplitVerdict(False, "one_position", "Iedereen staat op dezelfde plek.")
    if clustered < MIN_CLUSTERED:
        return SplitVerdict(
            False,
            "too_few",
            f"Te weinig deelnemers voor groepen: {clustered}, nodig zijn er {MIN_CLUSTERED}.",
        )
    if int(sizes.min()) < MIN_GROUP_SIZE:
        return SplitVerdict(
            False, "small_group", f"Een groep zou minder dan {MIN_GROUP_SIZE} deelnemers hebben."
        )
    rng = np.random.default_rng(seed)
    observed = _leading_eigenvalue(rating)
    null = [_leading_eigenvalue(_shuffled(rating, rng)) for _ in range(PERMUTATIONS)]
    threshold = float(np.quantile(null, QUANTILE))
    if observed <= threshold:
        return SplitVerdict(
            False,
            "no_dimension",
            "De stemmen laten geen duidelijke tegenstelling zien: zo verdeeld stemmen bewoners "
            "ook als ieder los van de ander kiest.",
            observed,
            threshold,
        )
    return SplitVerdict(True, "", "", observed, threshold)
