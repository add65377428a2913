"""Vote tallies, representative statements, consensus, group-informed consensus and routing
priority (see docs/straattafel.md), vectorised over groups and statements.

Tallies count agree (A), disagree (D) and all votes (S, passes included) of the clustered members of
each group. Proportions use a Beta(1,1) prior, (x+1)/(n+2); tests are Polis's one-proportion and
two-proportion z-tests with +1 pseudo-counts, significant above z = 1.2816 (one-sided 90 %).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from wijkverbinder.core.straattafel.matrix import BoolArray, FloatArray

Z_90 = 1.2816
PICK_MAX = 5
META_PRIORITY = 49.0


@dataclass(frozen=True)
class Tally:
    """Per group (rows) and statement (columns): agrees, disagrees, all votes."""

    agree: FloatArray
    disagree: FloatArray
    votes: FloatArray


def tally(values: FloatArray, labels: np.ndarray[Any, Any], groups: int) -> Tally:
    """Tallies of `values` (rows = participants, NaN = not seen) by group label (−1 = not counted)."""
    shape = (groups, values.shape[1])
    agree, disagree, votes = np.zeros(shape), np.zeros(shape), np.zeros(shape)
    for group in range(groups):
        rows = values[labels == group]
        agree[group] = (rows == 1).sum(axis=0)
        disagree[group] = (rows == -1).sum(axis=0)
        votes[group] = (~np.isnan(rows)).sum(axis=0)
    return Tally(agree, disagree, votes)


def one_prop_z(successes: FloatArray, trials: FloatArray) -> FloatArray:
    """Polis's one-proportion test: 2·√(n+1)·((x+1)/(n+1) − ½)."""
    return np.asarray(2.0 * np.sqrt(trials + 1) * ((successes + 1) / (trials + 1) - 0.5))


def two_prop_z(x1: FloatArray, n1: FloatArray, x2: FloatArray, n2: FloatArray) -> FloatArray:
    """Polis's two-proportion test with +1 on all four numbers; 0 when the pooled share is 1."""
    a, b, m1, m2 = x1 + 1, x2 + 1, n1 + 1, n2 + 1
    pooled = (a + b) / (m1 + m2)
    spread = np.sqrt(pooled * (1 - pooled) * (1 / m1 + 1 / m2))
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (a / m1 - b / m2) / spread
    return np.asarray(np.where(pooled == 1, 0.0, z))


@dataclass(frozen=True)
class GroupStats:
    """Representativeness statistics of every group (rows) and statement (columns)."""

    na: FloatArray
    nd: FloatArray
    ns: FloatArray
    pa: FloatArray
    pd: FloatArray
    pat: FloatArray
    pdt: FloatArray
    ra: FloatArray
    rd: FloatArray
    rat: FloatArray
    rdt: FloatArray


def group_stats(counts: Tally) -> GroupStats:
    """In-group versus all-other-groups statistics (§3.7)."""
    na, nd, ns = counts.agree, counts.disagree, counts.votes
    out_a, out_d, out_s = na.sum(0) - na, nd.sum(0) - nd, ns.sum(0) - ns
    pa, pd = (na + 1) / (ns + 2), (nd + 1) / (ns + 2)
    return GroupStats(
        na=na,
        nd=nd,
        ns=ns,
        pa=pa,
        pd=pd,
        pat=one_prop_z(na, ns),
        pdt=one_prop_z(nd, ns),
        ra=pa / ((out_a + 1) / (out_s + 2)),
        rd=pd / ((out_d + 1) / (out_s + 2)),
        rat=two_prop_z(na, ns, out_a, out_s),
        rdt=two_prop_z(nd, ns, out_d, out_s),
    )


@dataclass(frozen=True)
class Representative:
    """One representative statement of a group, in Polis's finalised form."""

    statement: int
    repful_for: str  # "agree" or "disagree"
    n_success: int
    n_trials: int
    p_success: float
    p_test: float
    repness: float
    repness_test: float
    best_agree: bool = False
    metric: float = field(default=0.0, compare=False)


def _finalise(
    s: GroupStats, g: int, j: int, tid: int, *, best_agree: bool = False
) -> Representative:
    agree = bool(s.rat[g, j] > s.rdt[g, j])
    n, p, pt, r, rt = (
        (s.na, s.pa, s.pat, s.ra, s.rat) if agree else (s.nd, s.pd, s.pdt, s.rd, s.rdt)
    )
    return Representative(
        statement=tid,
        repful_for="agree" if agree else "disagree",
        n_success=int(n[g, j]),
        n_trials=int(s.ns[g, j]),
        p_success=float(p[g, j]),
        p_test=float(pt[g, j]),
        repness=float(r[g, j]),
        repness_test=float(np.float32(rt[g, j])),
        best_agree=best_agree,
        metric=float(r[g, j] * rt[g, j] * p[g, j] * pt[g, j]),
    )


def _beats_best_agree(s: GroupStats, g: int, j: int, best: int | None) -> bool:
    if s.na[g, j] == 0 and s.nd[g, j] == 0:
        return False
    if best is None:
        return bool(s.pat[g, j] > Z_90 or (s.ra[g, j] > 1 and s.pa[g, j] > 0.5))
    if s.ra[g, best] > 1:
        mine = s.ra[g, j] * s.rat[g, j] * s.pa[g, j] * s.pat[g, j]
        theirs = s.ra[g, best] * s.rat[g, best] * s.pa[g, best] * s.pat[g, best]
        return bool(mine > theirs)
    return bool(s.pa[g, j] * s.pat[g, j] > s.pa[g, best] * s.pat[g, best])


def representatives(
    s: GroupStats, statements: tuple[int, ...], mod_out: BoolArray, group: int
) -> list[Representative]:
    """The representative statements of one group (§3.7, selection in statement order)."""
    passes = ((s.rat[group] > Z_90) & (s.pat[group] > Z_90)) | (
        (s.rdt[group] > Z_90) & (s.pdt[group] > Z_90)
    )
    sufficient: list[int] = []
    best: int | None = None
    best_agree: int | None = None
    for j in range(len(statements)):
        if mod_out[j]:
            continue
        if passes[j]:
            sufficient.append(j)
        elif not sufficient and (
            best is None
            or max(s.rat[group, j], s.rdt[group, j]) > max(s.rat[group, best], s.rdt[group, best])
        ):
            best = j
        if _beats_best_agree(s, group, j, best_agree):
            best_agree = j
    head = (
        [_finalise(s, group, best_agree, statements[best_agree], best_agree=True)]
        if best_agree is not None
        else []
    )
    if not sufficient:
        if head:
            return head
        return [_finalise(s, group, best, statements[best])] if best is not None else []
    rest = [_finalise(s, group, j, statements[j]) for j in sufficient if j != best_agree]
    rest.sort(key=lambda item: -item.metric)
    chosen = (head + rest)[:PICK_MAX]
    return [item for item in chosen if item.repful_for == "agree"] + [
        item for item in chosen if item.repful_for == "disagree"
    ]


@dataclass(frozen=True)
class ConsensusItem:
    """One statement of the majority-consensus list (§3.8)."""

    statement: int
    n_success: int
    n_trials: int
    p_success: float
    p_test: float


def majority_consensus(
    rating: FloatArray, statements: tuple[int, ...], mod_out: BoolArray
) -> dict[str, list[ConsensusItem]]:
    """What the whole room agrees (and disagrees) on, over all participants, blind to groups."""
    counts = tally(rating, np.zeros(len(rating), dtype=np.int64), 1)
    result: dict[str, list[ConsensusItem]] = {}
    for name, hits in (("agree", counts.agree[0]), ("disagree", counts.disagree[0])):
        trials = counts.votes[0]
        share = (hits + 1) / (trials + 2)
        test = one_prop_z(hits, trials)
        keep = [
            j
            for j in range(len(statements))
            if not mod_out[j] and share[j] > 0.5 and test[j] > Z_90
        ]
        keep.sort(key=lambda j: -share[j] * test[j])
        result[name] = [
            ConsensusItem(
                statements[j], int(hits[j]), int(trials[j]), float(share[j]), float(test[j])
            )
            for j in keep[:PICK_MAX]
        ]
    return result


def group_informed_consensus(counts: Tally) -> FloatArray:
    """GIC per statement: the product over groups of (agrees + 1) / (votes + 2) (§3.9)."""
    return np.asarray(np.prod((counts.agree + 1) / (counts.votes + 2), axis=0))


def group_informed_rejection(counts: Tally) -> FloatArray:
    """The same product for disagrees: statements every group rejects."""
    return np.asarray(np.prod((counts.disagree + 1) / (counts.votes + 2), axis=0))


def priorities(counts: Tally, extremity: FloatArray, meta: BoolArray) -> FloatArray:
    """Polis's routing priority per statement (§3.10); meta statements get 49."""
    a, d, s = counts.agree.sum(0), counts.disagree.sum(0), counts.votes.sum(0)
    passes = s - a - d
    importance = (1 - (passes + 1) / (s + 2)) * (extremity + 1) * ((a + 1) / (s + 2))
    value = (importance * (1 + 8 * 2 ** (-s / 5))) ** 2
    return np.asarray(np.where(meta, META_PRIORITY, value))
