"""The participant × statement vote matrix of a straattafel (see docs/straattafel.md).

Votes are coded **agree = +1, disagree = −1, pass = 0** (the openData CSV convention); Polis's own
math uses the opposite sign internally, which flips only the sign of PCA components and positions.
A participant's later vote on a statement replaces the earlier one (the history stays in the app's
vote log). Rows are the participants with at least one vote, ordered by their first vote (then by
id); columns are the statements with at least one vote, ordered by id. The row order matters only
for the k-means initialisation (first distinct points), as in Polis.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

AGREE, PASS, DISAGREE = 1, 0, -1
VOTE_VALUES = frozenset({AGREE, PASS, DISAGREE})

#: a participant joins the clustering with at least this many votes (or all statements, if fewer)
MIN_VOTES_TO_CLUSTER = 7
#: when fewer are clustered, the most active voters are added until this many
MIN_CLUSTERED = 15

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Vote:
    """One vote event; `at` orders events (milliseconds, or any increasing number)."""

    participant: int
    statement: int
    vote: int
    at: float = 0.0


@dataclass(frozen=True)
class VoteMatrix:
    """The latest vote per participant and statement; NaN where a statement was not seen."""

    participants: tuple[int, ...]
    statements: tuple[int, ...]
    values: FloatArray

    @property
    def observed(self) -> BoolArray:
        """True where the participant voted on the statement."""
        return ~np.isnan(self.values)

    def vote_counts(self) -> npt.NDArray[np.int64]:
        """Polis's `user-vote-counts`: votes per row, on any statement (moderated ones too)."""
        return np.asarray(self.observed.sum(axis=1), dtype=np.int64)


def build_matrix(votes: Iterable[Vote]) -> VoteMatrix:
    """The vote matrix from vote events: the latest vote (largest `at`, later in input on ties) wins."""
    events = list(votes)
    if not events:
        return VoteMatrix((), (), np.zeros((0, 0)))
    pid = np.fromiter((v.participant for v in events), dtype=np.int64, count=len(events))
    tid = np.fromiter((v.statement for v in events), dtype=np.int64, count=len(events))
    value = np.fromiter((v.vote for v in events), dtype=np.int64, count=len(events))
    at = np.fromiter((v.at for v in events), dtype=np.float64, count=len(events))
    unknown = ~np.isin(value, list(VOTE_VALUES))
    if unknown.any():
        wrong = int(value[np.argmax(unknown)])
        msg = f"Onbekende stem {wrong!r}: gebruik 1 (eens), -1 (oneens) of 0 (pas)."
        raise ValueError(msg)
    order = np.lexsort((np.arange(len(events)), at))  # by time, then input order
    pid, tid, value, at = pid[order], tid[order], value[order], at[order]
    people, row = np.unique(pid, return_inverse=True)
    statements, column = np.unique(tid, return_inverse=True)
    cell = row * len(statements) + column
    _, last = np.unique(cell[::-1], return_index=True)
    latest = len(cell) - 1 - last
    first_at = np.full(len(people), np.inf)
    np.minimum.at(first_at, row, at)
    rank = np.lexsort((people, first_at))  # rows by first vote, then id
    position = np.empty(len(people), dtype=np.int64)
    position[rank] = np.arange(len(people))
    values = np.full((len(people), len(statements)), np.nan)
    values[position[row[latest]], column[latest]] = value[latest]
    return VoteMatrix(
        participants=tuple(int(p) for p in people[rank]),
        statements=tuple(int(t) for t in statements),
        values=values,
    )


def clustered_rows(
    matrix: VoteMatrix,
    *,
    min_votes: int = MIN_VOTES_TO_CLUSTER,
    top_up_to: int = MIN_CLUSTERED,
) -> BoolArray:
    """Which rows are clustered (Polis's `in-conv`, computed statelessly from the final votes).

    A participant with at least min(7, #statements) votes is in; when fewer than 15 are in, the most
    active voters (most votes first, then row order) are added until there are 15. Polis's rule is
    monotone over time ("once in, always in"); that history cannot be rebuilt from the votes.
    """
    counts = matrix.vote_counts()
    threshold = min(min_votes, len(matrix.statements))
    chosen = counts >= max(threshold, 1)
    missing = top_up_to - int(chosen.sum())
    if missing > 0:
        order = sorted(
            (i for i in range(len(counts)) if not chosen[i] and counts[i] > 0),
            key=lambda i: (-counts[i], i),
        )
        chosen[order[:missing]] = True
    return chosen


def rows_for(matrix: VoteMatrix, participants: Sequence[int]) -> BoolArray:
    """A row mask for the given participant ids (unknown ids are ignored)."""
    wanted = set(participants)
    return np.array([pid in wanted for pid in matrix.participants], dtype=bool)
