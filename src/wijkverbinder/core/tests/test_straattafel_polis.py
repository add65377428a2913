"""Golden-data tests of `core.straattafel` against Polis's own outputs (see docs/straattafel.md).

`rd-4cvkai2ctw-improving-polis` carries Polis's full math result (`math-pca2.json`, internal sign:
agree = −1); `london.youth.policing` carries Polis's group per participant. The larger conversations
are checked by `benchmarks/straattafel.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from wijkverbinder.core.straattafel import AnalysisOptions, Vote, analyse, build_matrix, clusters
from wijkverbinder.core.straattafel import stats as st
from wijkverbinder.core.straattafel.opendata import parse_id_list, read_conversation, read_groups
from wijkverbinder.core.straattafel.pca import project, rating_matrix

DATA = Path(__file__).parent / "data" / "polis"
FIXTURE = DATA / "rd-4cvkai2ctw-improving-polis"
LONDON = DATA / "london.youth.policing"


@pytest.fixture(scope="module")
def polis() -> dict[str, Any]:
    return dict(json.loads((FIXTURE / "math-pca2.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def votes() -> list[Vote]:
    raw = json.loads((FIXTURE / "votes.json").read_text(encoding="utf-8"))
    return [Vote(v["pid"], v["tid"], v["vote"], float(v["modified"])) for v in raw]


def _polis_groups(polis: dict[str, Any]) -> dict[int, int]:
    base = polis["base-clusters"]
    members = dict(zip(base["id"], base["members"], strict=True))
    return {p: g["id"] for g in polis["group-clusters"] for b in g["members"] for p in members[b]}


def _options(polis: dict[str, Any], **extra: Any) -> AnalysisOptions:
    meta = frozenset(polis["meta-tids"])
    return AnalysisOptions(rejected=frozenset(polis["mod-out"]) - meta, meta=meta, **extra)


def test_matrix_counts_and_pca_match_polis(polis, votes):
    result = analyse(votes, _options(polis))
    assert list(result.matrix.statements) == polis["tids"]
    counts = dict(zip(result.matrix.participants, result.matrix.vote_counts(), strict=True))
    assert {str(p): int(n) for p, n in counts.items()} == polis["user-vote-counts"]
    # Polis codes agree as −1: its centre has the opposite sign
    assert np.allclose(-np.array(polis["pca"]["center"]), result.projection.center, atol=1e-12)
    for mine, theirs in zip(result.projection.components, polis["pca"]["comps"], strict=True):
        assert abs(mine @ np.array(theirs)) == pytest.approx(1.0, abs=1e-9)
    assert np.allclose(result.projection.extremity, polis["pca"]["comment-extremity"], atol=1e-9)


def test_clustered_set_rebuilt_from_vote_times_equals_polis_in_conv(polis, votes):
    """Once in, always in: 4 of Polis's 23 clustered participants have fewer than 7 final votes."""
    result = analyse(votes, _options(polis))
    clustered = {p for p, c in zip(result.matrix.participants, result.clustered, strict=True) if c}
    assert clustered == set(polis["in-conv"])
    final_only = analyse(votes, _options(polis, timed=False))
    assert int(final_only.clustered.sum()) == 19  # the rule on the final votes alone misses 4


def test_clustered_set_without_vote_times_uses_the_final_votes(polis, votes):
    untimed = [Vote(v.participant, v.statement, v.vote, 0.0) for v in votes]
    assert int(analyse(untimed, _options(polis)).clustered.sum()) == 19


def test_positions_equal_polis_base_cluster_centres(polis, votes):
    """Below 100 participants every base cluster is one participant: its centre is their position."""
    result = analyse(votes, _options(polis))
    row = {pid: i for i, pid in enumerate(result.matrix.participants)}
    base = polis["base-clusters"]
    for members, x, y in zip(base["members"], base["x"], base["y"], strict=True):
        position = result.projection.participants[row[members[0]]]
        assert abs(abs(position[0]) - abs(x)) < 1e-9
        assert abs(abs(position[1]) - abs(y)) < 1e-9


def test_tallies_repness_consensus_gic_priorities_given_polis_groups(polis, votes):
    matrix = build_matrix(votes)
    groups = _polis_groups(polis)
    labels = np.array([groups.get(p, -1) for p in matrix.participants])
    k = len(polis["group-clusters"])
    counts = st.tally(matrix.values, labels, k)
    index = {tid: j for j, tid in enumerate(matrix.statements)}
    for g in range(k):
        for tid, value in polis["group-votes"][str(g)]["votes"].items():
            j = index[int(tid)]
            assert (counts.agree[g, j], counts.disagree[g, j], counts.votes[g, j]) == (
                value["A"],
                value["D"],
                value["S"],
            )
    mod_out = np.array([t in set(polis["mod-out"]) for t in matrix.statements])
    rating = rating_matrix(matrix, mod_out)
    stats = st.group_stats(st.tally(rating, labels, k))
    for g in range(k):
        mine = st.representatives(stats, matrix.statements, mod_out, g)
        theirs = polis["repness"][str(g)]
        assert [
            (r.statement, r.repful_for, r.n_success, r.n_trials, r.best_agree) for r in mine
        ] == [
            (x["tid"], x["repful-for"], x["n-success"], x["n-trials"], x.get("best-agree", False))
            for x in theirs
        ]
        for r, x in zip(mine, theirs, strict=True):
            assert r.repness == pytest.approx(x["repness"], abs=1e-9)
            assert r.p_test == pytest.approx(x["p-test"], abs=1e-9)
            assert r.repness_test == pytest.approx(x["repness-test"], abs=1e-6)  # 32-bit in Polis
    consensus = st.majority_consensus(rating, matrix.statements, mod_out)
    for key in ("agree", "disagree"):
        assert [c.statement for c in consensus[key]] == [x["tid"] for x in polis["consensus"][key]]
    gic = st.group_informed_consensus(counts)
    for tid, value in polis["group-aware-consensus"].items():
        assert gic[index[int(tid)]] == pytest.approx(value, abs=1e-12)
    meta = np.zeros(len(matrix.statements), dtype=bool)
    priority = st.priorities(counts, project(matrix, mod_out).extremity, meta)
    for tid, value in polis["comment-priorities"].items():
        assert priority[index[int(tid)]] == pytest.approx(value, abs=1e-9)


def test_groups_from_polis_base_clusters_are_polis_groups(polis):
    base = polis["base-clusters"]
    choice = clusters.choose_groups(
        np.column_stack([base["x"], base["y"]]), np.array(base["count"], dtype=float)
    )
    expected = {b: g["id"] for g in polis["group-clusters"] for b in g["members"]}
    assert choice.k == len(polis["group-clusters"])
    assert adjusted_rand_score([expected[b] for b in base["id"]], choice.clustering.labels) == 1.0


def test_end_to_end_groups_match_polis(polis, votes):
    result = analyse(votes, _options(polis))
    expected = _polis_groups(polis)
    ours = result.group_of()
    common = [p for p in expected if ours.get(p) is not None]
    assert result.groups == 3
    assert adjusted_rand_score([expected[p] for p in common], [ours[p] for p in common]) == 1.0


def _london_ari(meta: str) -> tuple[int, float]:
    conversation = read_conversation(LONDON)
    options = AnalysisOptions(
        rejected=conversation.rejected, meta=conversation.meta | parse_id_list(meta)
    )
    result = analyse(conversation.votes, options)
    expected = {p: g for p, g in read_groups(LONDON).items() if g is not None}
    ours = result.group_of()
    common = [p for p in expected if ours.get(p) is not None]
    return result.groups, adjusted_rand_score(
        [expected[p] for p in common], [ours[p] for p in common]
    )


def test_london_needs_its_demographic_statements_flagged_meta():
    assert _london_ari("1,4-14") == (3, 1.0)
    groups, score = _london_ari("")
    assert groups == 2
    assert score < 0.5  # the demographic questions dominate the grouping when not meta
