"""Invariances, refusals and the "no meaningful split" rule of `core.straattafel` (see docs/straattafel.md)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from wijkverbinder.core.straattafel import AnalysisOptions, Vote, analyse, build_matrix
from wijkverbinder.core.straattafel.matrix import clustered_rows_over_time, joined_at_over_time
from wijkverbinder.core.straattafel.opendata import OpenDataError, parse_id_list, read_conversation

LONDON = Path(__file__).parent / "data" / "polis" / "london.youth.policing"
LONDON_META = parse_id_list("1,4-14")


def camps(residents: int, statements: int, *, groups: int, noise: float, seed: int) -> list[Vote]:
    """Residents in `groups` camps with opposite views, each vote replaced by chance `noise`."""
    rng = random.Random(seed)
    stance = [[rng.choice((-1, 1)) for _ in range(statements)] for _ in range(groups)]
    votes = []
    for pid in range(residents):
        for tid in range(statements):
            vote = stance[pid % groups][tid] if rng.random() > noise else rng.choice((-1, 0, 1))
            votes.append(Vote(pid, tid, vote, float(pid * 1000 + tid)))
    return votes


def test_latest_vote_wins_and_history_order_does_not_matter():
    votes = [Vote(1, 1, 1, 10.0), Vote(1, 1, -1, 20.0), Vote(2, 1, 0, 15.0)]
    matrix = build_matrix(list(reversed(votes)))
    assert matrix.values[matrix.participants.index(1), 0] == -1
    assert matrix.participants == (1, 2)  # by first vote


def test_unknown_vote_is_refused():
    with pytest.raises(ValueError, match="Onbekende stem"):
        build_matrix([Vote(1, 1, 2)])


def test_same_votes_in_another_order_give_the_same_result():
    votes = read_conversation(LONDON).votes
    shuffled = list(votes)
    random.Random(3).shuffle(shuffled)
    options = AnalysisOptions(meta=LONDON_META)
    first, second = analyse(votes, options), analyse(shuffled, options)
    assert first.group_of() == second.group_of()
    assert np.array_equal(first.gic, second.gic)


def test_flipping_every_vote_keeps_the_groups():
    votes = read_conversation(LONDON).votes
    flipped = [Vote(v.participant, v.statement, -v.vote, v.at) for v in votes]
    options = AnalysisOptions(meta=LONDON_META)
    ours, theirs = analyse(votes, options).group_of(), analyse(flipped, options).group_of()
    clustered = [p for p in ours if ours[p] is not None]
    assert adjusted_rand_score([ours[p] for p in clustered], [theirs[p] for p in clustered]) == 1.0


def test_rejected_and_meta_statements_do_not_move_anyone():
    votes = camps(20, 10, groups=2, noise=0.1, seed=1)
    noisy = votes + [Vote(p, 99, random.Random(p).choice((-1, 1)), 1e6 + p) for p in range(20)]
    base = analyse(votes)
    for options in (
        AnalysisOptions(rejected=frozenset({99})),
        AnalysisOptions(meta=frozenset({99})),
    ):
        result = analyse(noisy, options)
        assert result.group_of() == base.group_of()
        assert np.allclose(
            np.abs(result.projection.components[:, :10]), np.abs(base.projection.components)
        )


def test_analysis_is_deterministic_with_a_seed():
    votes = camps(12, 8, groups=1, noise=1.0, seed=5)
    options = AnalysisOptions(split_rule=True, seed=7)
    first, second = analyse(votes, options), analyse(votes, options)
    assert first.split == second.split
    assert first.group_of() == second.group_of()


@pytest.mark.parametrize("seed", range(3))
def test_two_camps_are_a_meaningful_split(seed):
    result = analyse(
        camps(30, 15, groups=2, noise=0.2, seed=seed), AnalysisOptions(split_rule=True)
    )
    assert result.split is not None
    assert result.split.meaningful
    assert result.groups == 2


@pytest.mark.parametrize("seed", range(3))
def test_random_votes_are_no_meaningful_split(seed):
    result = analyse(
        camps(30, 15, groups=1, noise=1.0, seed=seed), AnalysisOptions(split_rule=True)
    )
    assert result.split is not None
    assert not result.split.meaningful
    assert result.split.code == "no_dimension"
    assert result.groups == 1
    assert result.repness == {}
    # one group: the common ground is the smoothed share of agree over everybody
    counts = result.tally
    assert np.allclose(result.gic, (counts.agree[0] + 1) / (counts.votes[0] + 2))


def test_without_the_rule_polis_always_splits():
    result = analyse(camps(30, 15, groups=1, noise=1.0, seed=0))
    assert result.split is None
    assert result.groups >= 2


def test_too_few_residents_and_tiny_groups_are_no_split():
    few = analyse(camps(6, 10, groups=2, noise=0.0, seed=1), AnalysisOptions(split_rule=True))
    assert few.split is not None
    assert few.split.code == "too_few"
    lonely = camps(12, 10, groups=1, noise=0.0, seed=2)
    lonely += [Vote(99, t, -lonely[t].vote, 1e6 + t) for t in range(10)]  # one resident against all
    result = analyse(lonely, AnalysisOptions(split_rule=True))
    assert result.split is not None
    assert result.split.code in {"small_group", "one_position"}


def test_degenerate_inputs_do_not_crash():
    assert analyse([]).groups == 0
    one = analyse([Vote(1, 1, 1)])
    assert one.groups == 1
    assert one.gic[0] == pytest.approx(2 / 3)
    same = analyse([Vote(p, t, 1) for p in range(5) for t in range(3)])
    assert same.groups == 1
    assert np.allclose(same.projection.participants, 0.0)


def test_parse_id_list():
    assert parse_id_list("1, 4-6") == {1, 4, 5, 6}
    with pytest.raises(OpenDataError):
        parse_id_list("6-4")
    with pytest.raises(OpenDataError):
        parse_id_list("een")


def test_join_times_of_the_clustered_set():
    """Once in, always in: a participant joins when their votes reach min(7, statements so far)."""
    first = [Vote(1, tid, 1, float(tid)) for tid in range(1, 8)]  # statement t seen from time t
    late_few = [Vote(2, 1, 1, 10.0), Vote(2, 2, -1, 11.0)]  # 2 votes when 7 statements exist
    late_all = [Vote(3, tid, -1, 19.0 + tid) for tid in range(1, 8)]  # 7th vote at time 26
    matrix = build_matrix(first + late_few + late_all)
    row = {pid: i for i, pid in enumerate(matrix.participants)}
    joined = joined_at_over_time(matrix, top_up_to=0)
    assert joined[row[1]] == 1.0  # one statement existed, one vote was enough
    assert np.isinf(joined[row[2]])
    assert joined[row[3]] == 26.0
    topped = joined_at_over_time(matrix, top_up_to=2)  # the most active voter so far is added
    assert topped[row[2]] == 10.0
    assert list(np.isfinite(topped)) == list(clustered_rows_over_time(matrix, top_up_to=2))
