"""Straattafel benchmark: our Polis analysis against Polis's own outputs, with red-dwarf beside it.

    python benchmarks/straattafel.py [--data DIR] [--repeat 3]

Data: the six conversations of `shared/data/polis/` (CC BY 4.0; found by walking up from this file,
or `--data`/`POLIS_DATA`). For every conversation both implementations run end to end from the
votes (rejected statements out; meta statements from `is-meta`/`meta-tids`, and for
london.youth.policing the demographic statements 1 and 4–14, see its README):

* ARI: adjusted Rand index of the group assignment against Polis's (`group-id`, or the groups of
  `math-pca2.json`), over the participants both clustered. Polis's results are path dependent, so
  the ARI is the measure, never the labels.
* PCA |cos|: cosine of each component with Polis's (`math-pca2.json`), or with red-dwarf's where
  Polis published no PCA (openData); the smaller of the two components is shown.
* time: median wall time of one analysis (ours: `core.straattafel.analyse` from the vote events;
  red-dwarf 0.4.0: `run_pipeline` from the latest votes), both with one BLAS thread, in the same run.

The clustered set ("once in, always in", rebuilt from the vote times) is compared with Polis's.
Exact checks (given Polis's partition): tallies, representative statements (ids, order, direction,
counts; z-values to 1e-6 as Polis stores 32-bit floats), majority consensus, GIC (≤ 1e-9), priorities,
and the groups found from Polis's own base clusters (k and partition). red-dwarf is a development
dependency for this benchmark only; the application never imports it.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import adjusted_rand_score
from threadpoolctl import threadpool_limits

from wijkverbinder.core.straattafel import AnalysisOptions, Vote, analyse, build_matrix, clusters
from wijkverbinder.core.straattafel import stats as st
from wijkverbinder.core.straattafel.opendata import parse_id_list, read_conversation, read_groups
from wijkverbinder.core.straattafel.pca import rating_matrix

OPEN_DATA = {
    "bg2050-volunteers": "",
    "austria-climate.5twd2jsnkf.2022-08-08": "",
    "london.youth.policing": "1,4-14",
}
FIXTURES = (
    "rd-4cvkai2ctw-improving-polis",
    "rd-2dhnep37ie-slovak-civil-society",
    "rd-3ntrtcehas-oprah-2020",
)


def find_data(given: str | None) -> Path:
    if given:
        return Path(given)
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "data" / "polis"
        if candidate.is_dir():
            return candidate
    raise SystemExit("Polis-gegevens niet gevonden: geef --data of POLIS_DATA op.")


@dataclass
class Case:
    name: str
    votes: list[Vote]
    rejected: frozenset[int]
    meta: frozenset[int]
    polis_groups: dict[int, int]
    math: dict[str, Any] | None = None
    gic_column: dict[int, float] = field(default_factory=dict)


def load_open_data(folder: Path, meta: str) -> Case:
    conversation = read_conversation(folder)
    groups = {p: g for p, g in read_groups(folder).items() if g is not None}
    gic: dict[int, float] = {}
    with (folder / "comments.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row.get("group-informed-consensus"):
                gic[int(row["comment-id"])] = float(row["group-informed-consensus"])
    return Case(
        folder.name,
        list(conversation.votes),
        conversation.rejected,
        conversation.meta | parse_id_list(meta),
        groups,
        gic_column=gic,
    )


def load_fixture(folder: Path) -> Case:
    math = json.loads((folder / "math-pca2.json").read_text(encoding="utf-8"))
    raw = json.loads((folder / "votes.json").read_text(encoding="utf-8"))
    votes = [
        Vote(
            int(v.get("participant_id", v.get("pid"))),
            int(v.get("statement_id", v.get("tid"))),
            int(v["vote"]),
            float(v["modified"]),
        )
        for v in raw
    ]
    base = math["base-clusters"]
    members = dict(zip(base["id"], base["members"], strict=True))
    groups = {
        pid: group["id"]
        for group in math["group-clusters"]
        for b in group["members"]
        for pid in members[b]
    }
    meta = frozenset(math["meta-tids"])
    return Case(folder.name, votes, frozenset(math["mod-out"]) - meta, meta, groups, math)


def ari(polis: dict[int, int], ours: dict[int, int | None]) -> float:
    common = [p for p in polis if ours.get(p) is not None]
    return float(adjusted_rand_score([polis[p] for p in common], [ours[p] for p in common]))


def median_time(run: Any, repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run_ours(case: Case, repeat: int) -> tuple[float, Any]:
    options = AnalysisOptions(rejected=case.rejected, meta=case.meta)
    return median_time(lambda: analyse(case.votes, options), repeat)


def run_red_dwarf(case: Case, repeat: int) -> tuple[float, Any]:
    from reddwarf.implementations.polis import run_pipeline  # development dependency only

    latest: dict[tuple[int, int], Vote] = {}
    for vote in sorted(case.votes, key=lambda v: v.at):
        latest[(vote.participant, vote.statement)] = vote
    votes = [
        {
            "participant_id": v.participant,
            "statement_id": v.statement,
            "vote": v.vote,
            "modified": v.at,
        }
        for v in latest.values()
    ]
    return median_time(
        lambda: run_pipeline(
            votes=votes,
            mod_out_statement_ids=sorted(case.rejected | case.meta),
            meta_statement_ids=sorted(case.meta),
            random_state=0,
        ),
        repeat,
    )


def cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(abs(a @ b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def exact_checks(case: Case, ours: Any) -> list[str]:
    """Given Polis's partition, our tallies, repness, consensus, GIC and priorities equal Polis's."""
    matrix = build_matrix(case.votes)
    k = len(set(case.polis_groups.values()))
    labels = np.array([case.polis_groups.get(p, -1) for p in matrix.participants])
    counts = st.tally(matrix.values, labels, k)
    index = {tid: j for j, tid in enumerate(matrix.statements)}
    clustered = {p for p, c in zip(ours.matrix.participants, ours.clustered, strict=True) if c}
    polis_in = set(case.math["in-conv"]) if case.math else set(case.polis_groups)
    notes = [
        f"ingedeeld (in-conv): ons {len(clustered)}, Polis {len(polis_in)}, "
        f"alleen Polis {len(polis_in - clustered)}, alleen ons {len(clustered - polis_in)}"
    ]
    gic = st.group_informed_consensus(counts)
    if case.gic_column:
        diff = max(abs(v - gic[index[t]]) for t, v in case.gic_column.items() if t in index)
        notes.append(f"GIC uit Polis' groepen vs kolom: max verschil {diff:.1e}")
    if case.math is None:
        return notes
    m = case.math
    tallies = all(
        (
            counts.agree[g, index[int(t)]],
            counts.disagree[g, index[int(t)]],
            counts.votes[g, index[int(t)]],
        )
        == (v["A"], v["D"], v["S"])
        for g in range(k)
        for t, v in m["group-votes"][str(g)]["votes"].items()
    )
    mod_out = np.array([t in set(m["mod-out"]) for t in matrix.statements])
    group_stats = st.group_stats(st.tally(rating_matrix(matrix, mod_out), labels, k))
    rep_same, z_diff = True, 0.0
    for g in range(k):
        mine = st.representatives(group_stats, matrix.statements, mod_out, g)
        theirs = m["repness"][str(g)]
        rep_same &= [
            (r.statement, r.repful_for, r.n_success, r.n_trials, r.best_agree) for r in mine
        ] == [
            (x["tid"], x["repful-for"], x["n-success"], x["n-trials"], x.get("best-agree", False))
            for x in theirs
        ]
        if rep_same:
            z_diff = max(
                [z_diff]
                + [
                    abs(r.repness_test - x["repness-test"])
                    for r, x in zip(mine, theirs, strict=True)
                ]
            )
    consensus = st.majority_consensus(rating_matrix(matrix, mod_out), matrix.statements, mod_out)
    cons_same = all(
        [c.statement for c in consensus[key]] == [x["tid"] for x in m["consensus"][key]]
        for key in ("agree", "disagree")
    )
    gic_diff = max(abs(v - gic[index[int(t)]]) for t, v in m["group-aware-consensus"].items())
    meta = np.array([t in set(m["meta-tids"]) for t in matrix.statements])
    priority = st.priorities(counts, ours.projection.extremity, meta)
    prio_diff = max(abs(v - priority[index[int(t)]]) for t, v in m["comment-priorities"].items())
    base = m["base-clusters"]
    centres = np.column_stack([base["x"], base["y"]])
    choice = clusters.choose_groups(centres, np.array(base["count"], dtype=float))
    polis_base = {b: g["id"] for g in m["group-clusters"] for b in g["members"]}
    base_ari = adjusted_rand_score([polis_base[b] for b in base["id"]], choice.clustering.labels)
    counts_same = list(ours.matrix.vote_counts()) == [
        m["user-vote-counts"][str(p)] for p in ours.matrix.participants
    ]
    centre_diff = float(np.abs(-np.array(m["pca"]["center"]) - ours.projection.center).max())
    given = analyse(
        case.votes,
        AnalysisOptions(
            rejected=case.rejected, meta=case.meta, clustered=frozenset(case.polis_groups)
        ),
    )
    notes += [
        f"eind tot eind met Polis' in-conv-set: ARI {ari(case.polis_groups, given.group_of()):.3f}",
        f"user-vote-counts {'gelijk' if counts_same else 'VERSCHILLEND'}; "
        f"PCA-centrum max verschil {centre_diff:.1e}",
        f"tellingen {'gelijk' if tallies else 'VERSCHILLEND'}; kenmerkende stellingen "
        f"{'gelijk' if rep_same else 'VERSCHILLEND'} (z max verschil {z_diff:.1e}); "
        f"consensus {'gelijk' if cons_same else 'VERSCHILLEND'}",
        f"GIC max verschil {gic_diff:.1e}; prioriteit max verschil {prio_diff:.1e}",
        f"groepen uit Polis' basisclusters: k={choice.k} (Polis {k}), ARI {base_ari:.3f}",
    ]
    return notes


def pca_cos(case: Case, ours: Any, theirs: Any) -> float:
    index = {tid: j for j, tid in enumerate(ours.matrix.statements)}
    if case.math is not None:
        comps = np.array(case.math["pca"]["comps"])
        order = [index[t] for t in case.math["tids"]]
        return min(cos(comps[c], ours.projection.components[c][order]) for c in range(2))
    frame = theirs.statements_df
    tids = [t for t in frame.index if t in index]
    return min(
        cos(
            frame.loc[tids, f"pc{c + 1}"].to_numpy(),
            ours.projection.components[c][[index[t] for t in tids]],
        )
        for c in range(2)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.environ.get("POLIS_DATA"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = find_data(args.data)
    warnings.filterwarnings("ignore")
    cases = [load_open_data(data / name, meta) for name, meta in OPEN_DATA.items()]
    cases += [load_fixture(data / name) for name in FIXTURES]
    header = f"{'gesprek':40} {'k P/o/rd':>9} {'ARI ons':>8} {'ARI rd':>7} {'PCA cos':>9} "
    header += f"{'ons s':>7} {'rd s':>7} {'sneller':>8}"
    print(header)
    details = []
    with threadpool_limits(limits=1):
        for case in cases:
            ours_time, ours = run_ours(case, args.repeat)
            rd_time, theirs = run_red_dwarf(case, args.repeat)
            rd_groups = {
                int(p): (int(row.cluster_id) if row.to_cluster else None)
                for p, row in theirs.participants_df.iterrows()
            }
            rd_k = len({g for g in rd_groups.values() if g is not None})
            polis_k = len(set(case.polis_groups.values()))
            print(
                f"{case.name[:40]:40} {polis_k:>3}/{ours.groups}/{rd_k} "
                f"{ari(case.polis_groups, ours.group_of()):8.3f} "
                f"{ari(case.polis_groups, rd_groups):7.3f} {pca_cos(case, ours, theirs):9.6f} "
                f"{ours_time:7.3f} {rd_time:7.3f} {rd_time / ours_time:7.1f}x"
            )
            details.append((case.name, exact_checks(case, ours)))
    print("\nExacte controles (met Polis' eigen indeling):")
    for name, notes in details:
        for note in notes:
            print(f"  {name[:28]:28} {note}")


if __name__ == "__main__":
    main()
