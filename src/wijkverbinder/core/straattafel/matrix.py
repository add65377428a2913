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
from dataclasses import dataclass, field

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
IntArray = npt.NDArray[np.int64]


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
    #: when each cell got its first vote, in time order: (rows, columns, times); empty when unknown
    first_votes: tuple[IntArray, IntArray, FloatArray] = field(
        default_factory=lambda: (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    )

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
    first = np.sort(np.unique(cell, return_index=True)[1])  # events are in time order
    return VoteMatrix(
        participants=tuple(int(p) for p in people[rank]),
        statements=tuple(int(t) for t in statements),
        values=values,
        first_votes=(position[row[first]], column[first], at[first]),
    )


def clustered_rows(
    matrix: VoteMatrix,
    *,
    min_votes: int = MIN_VOTES_TO_CLUSTER,
    top_up_to: int = MIN_CLUSTERED,
) -> BoolArray:
    """Which rows are clustered, judged on the final votes only (no vote history).

    A participant with at least min(7, #statements) votes is in; when fewer than 15 are in, the most
    active voters (most votes first, then row order) are added until there are 15.
    """
    counts = matrix.vote_counts()
    threshold = min(min_votes, len(matrix.statements))
    chosen = counts >= max(threshold, 1)
    _top_up(chosen, counts, top_up_to)
    return chosen


def _top_up(chosen: BoolArray, counts: npt.NDArray[np.int64], top_up_to: int) -> None:
    missing = top_up_to - int(chosen.sum())
    if missing > 0:
        candidates = np.flatnonzero(~chosen & (counts > 0))
        order = candidates[np.lexsort((candidates, -counts[candidates]))]
        chosen[order[:missing]] = True


def clustered_rows_over_time(
    matrix: VoteMatrix,
    *,
    min_votes: int = MIN_VOTES_TO_CLUSTER,
    top_up_to: int = MIN_CLUSTERED,
) -> BoolArray:
    """Polis's `in-conv` set rebuilt from the vote history: once in, always in.

    Polis updates its analysis whenever votes arrive and never takes a participant out again. Here
    every distinct vote time is one update: at time T a participant is in when their number of
    statements voted on reaches min(7, #statements with a vote by T), and while fewer than 15 are
    in, the most active voters so far (most votes, then row order) are added up to 15. Early
    participants of a young conversation therefore stay in with few votes, as in Polis. Without a
    history (or with all times equal) this is `clustered_rows` of the final votes.
    """
    joined = joined_at_over_time(matrix, min_votes=min_votes, top_up_to=top_up_to)
    return np.asarray(np.isfinite(joined), dtype=bool)


def joined_at_over_time(
    matrix: VoteMatrix,
    *,
    min_votes: int = MIN_VOTES_TO_CLUSTER,
    top_up_to: int = MIN_CLUSTERED,
) -> FloatArray:
    """Per row, the vote time at which it joined the clustered set (inf: never).

    The rule of `clustered_rows_over_time`; without a usable history every row that
    `clustered_rows` picks joins at time 0.
    """
    f_row, f_col, f_at = matrix.first_votes
    if len(f_row) != int(matrix.observed.sum()):
        chosen = clustered_rows(matrix, min_votes=min_votes, top_up_to=top_up_to)
        return np.where(chosen, 0.0, np.inf)
    join_at = np.full(len(matrix.participants), np.inf)
    if len(f_row) == 0:
        return join_at
    column_times = np.full(len(matrix.statements), np.inf)
    np.minimum.at(column_times, f_col, f_at)
    column_times.sort()
    seen = np.searchsorted(column_times, f_at, side="right")  # statements with a vote by then
    threshold = np.maximum(np.minimum(min_votes, seen), 1)
    by_row = np.lexsort((np.arange(len(f_row)), f_row))
    sorted_rows = f_row[by_row]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_rows)) + 1]
    sizes = np.diff(np.r_[starts, len(f_row)])
    running = np.empty(len(f_row), dtype=np.int64)  # own number of votes after each first vote
    running[by_row] = np.arange(len(f_row)) - np.repeat(starts, sizes) + 1
    reaches = running >= threshold
    np.minimum.at(join_at, f_row[reaches], f_at[reaches])
    _top_up_over_time(join_at, f_row, f_at, top_up_to)
    return join_at


def _top_up_over_time(
    join_at: FloatArray,
    f_row: IntArray,
    f_at: FloatArray,
    top_up_to: int,
) -> None:
    """Polis's top-up at every update, until the set holds `top_up_to` (it never shrinks after).

    A topped-up row joins at the update that added it (earlier if it reaches the threshold first).
    """
    counts = np.zeros(len(join_at), dtype=np.int64)
    topped = np.zeros(len(join_at), dtype=bool)
    times, ends = np.unique(f_at, return_index=True)
    ends = np.r_[ends[1:], len(f_at)]
    start = 0
    for time, end in zip(times, ends, strict=True):
        np.add.at(counts, f_row[start:end], 1)
        start = end
        current = (join_at <= time) | topped
        _top_up(current, counts, top_up_to)
        join_at[current & ~topped] = np.minimum(join_at[current & ~topped], time)
        topped |= current
        if int(current.sum()) >= top_up_to:
            break  # once in, always in: every later update starts with enough


def rows_for(matrix: VoteMatrix, participants: Sequence[int]) -> BoolArray:
    """A row mask for the given participant ids (unknown ids are ignored)."""
    wanted = set(participants)
    return np.array([pid in wanted for pid in matrix.participants], dtype=bool)
