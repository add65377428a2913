"""Detection on the independent evaluation towns (`benchmarks/towns`), with fair baselines.

    python -m benchmarks.detection_towns --towns kort,verhaal,rommelig,gemengd --size 20000 --seed 2
    python -m benchmarks.detection_towns --null homogeneous,overdispersed,trending --runs 20

Planted towns: each town is generated (or reused from ``--workdir``), detection runs in this process
on the town's CSV read by the `detect` command's reader, with the taxonomy's seed words. A planted
question counts as found when one output group holds ≥ 60 % of its signals and is at most 2.5 × its
size, looking only at the top 1.5 × K of the ranked output (K = number planted); precision@K is the
share of the top K groups that find some planted question by the same rule. Baselines in the same run:

* ``keywords×street×60d``: theme = the professional's theme, else the first taxonomy seed word in the
  text (main theme family); groups = family × street (or buurt) × fixed 60-day windows; by count.
* ``same-unit excess``: the same themes; family × street-or-buurt × 12-week windows (two offsets)
  ranked by count minus the unit's own mean per 12 weeks.
* ``place excess (no theme)``: the same without themes: all signals of a street or buurt.
* ``signalen per signal``: Signalen's context rule per signal — signals of the same theme within 50 m
  in the previous 12 weeks; each signal with ≥ 3 such earlier ones is a group of itself plus those,
  ranked by size, a group dropped when half of it is in an earlier one.
* ``STP scan (all)`` and ``STP scan (family)``: Kulldorff's space-time permutation scan
  (`benchmarks.detection_stp`) over all signals, and per theme family, ranked by Monte Carlo p-value.

Each method runs in a forked child: its time and its peak memory (the child's maximum resident set,
which includes the records it inherits, ≈ 60–90 MB at 20,000 signals) are its own.

Null towns: towns without planted questions; reports the share of towns whose highest score reaches
1 and 2 (the score promises at most 10 % and 1 %) and the share with any question at all.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def generate(town: str, size: int, seed: int, folder: Path, null: str | None = None) -> Path:
    """Generate a town folder unless it exists; returns it."""
    if (folder / "truth.json").exists():
        return folder
    command = [sys.executable, "-m", "benchmarks.towns.generate", "--town", town, "--size",
               str(size), "--seed", str(seed), "--out", str(folder)]  # fmt: skip
    if null:
        command += ["--null", null]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    return folder


def load(folder: Path) -> tuple[list[Any], dict[str, Any]]:
    from wijkverbinder.cli.detect import _read_signals

    records = _read_signals(folder / "signals.csv")[0]
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    return records, truth


def seeds() -> dict[str, tuple[str, ...]]:
    from wijkverbinder.core.taxonomy import load_taxonomy

    return dict(load_taxonomy().seeds())


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measured(method: Any, *args: Any) -> tuple[Any, float, float, float]:
    """``method(*args)`` in a forked child: (result, seconds, peak MB, peak MB above the parent)."""
    before = _rss_mb()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read)
        start = time.perf_counter()
        result = method(*args)
        payload = pickle.dumps((result, time.perf_counter() - start))
        with os.fdopen(write, "wb") as out:
            out.write(payload)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as source:
        payload = source.read()
    _, status, usage = os.wait4(pid, 0)
    if status != 0 or not payload:
        raise RuntimeError(f"{getattr(method, '__name__', method)} failed in its child")
    result, seconds = pickle.loads(payload)  # noqa: S301 - written by our own child above
    peak = usage.ru_maxrss / 1024
    return result, seconds, peak, peak - before


def run_detector(records: list[Any]) -> tuple[list[list[str]], list[float]]:
    from wijkverbinder.core.detection import detect

    result = detect(records, seeds=seeds(), seed=0)
    groups = [list(q.signal_ids) for q in result.questions]
    return groups, [q.score for q in result.questions]


# --- baselines ---------------------------------------------------------------------------------


def keyword_families(records: list[Any]) -> list[str | None]:
    """The professional's theme family, else the family of the first seed word found in the text."""
    words = sorted(
        ((w.lower(), code.split(".")[0]) for code, ws in seeds().items() for w in ws),
        key=lambda pair: -len(pair[0]),
    )
    out: list[str | None] = []
    for record in records:
        if record.theme:
            out.append(record.theme.split(".")[0])
            continue
        text = record.text.lower()
        out.append(next((family for word, family in words if word in text), None))
    return out


def _unit(record: Any) -> str:
    street = (record.street or "").strip().lower()
    return f"{record.neighbourhood}|{street}" if street else f"{record.neighbourhood}|"


def baseline_keywords_street(records: list[Any], families: list[str | None]) -> list[list[str]]:
    origin = min(r.date.toordinal() for r in records)
    groups: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for record, family in zip(records, families, strict=True):
        if family is None:
            continue
        window = (record.date.toordinal() - origin) // 60
        groups[(family, _unit(record), window)].append(record.id)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def baseline_same_unit(records: list[Any], families: list[str | None]) -> list[list[str]]:
    origin = min(r.date.toordinal() for r in records)
    span = max(r.date.toordinal() for r in records) - origin + 1
    width = 84
    scored: list[tuple[float, list[str]]] = []
    for offset in (0, width // 2):
        groups: dict[tuple[str, str, int], list[str]] = defaultdict(list)
        totals: dict[tuple[str, str], int] = defaultdict(int)
        for record, family in zip(records, families, strict=True):
            if family is None:
                continue
            window = (record.date.toordinal() - origin + offset) // width
            groups[(family, _unit(record), window)].append(record.id)
            totals[(family, _unit(record))] += 1
        for (family, unit, _), ids in groups.items():
            mean = totals[(family, unit)] * width / span
            scored.append((len(ids) - mean, ids))
    scored.sort(key=lambda pair: (-pair[0], pair[1][0]))
    return _dedupe_groups([ids for _, ids in scored])


def baseline_place_excess(records: list[Any], families: list[str | None]) -> list[list[str]]:
    """Like `baseline_same_unit` but blind to themes: every signal of a street (or buurt)."""
    return baseline_same_unit(records, ["*"] * len(records))


def _dedupe_groups(groups: list[list[str]]) -> list[list[str]]:
    taken: set[str] = set()
    kept = []
    for ids in groups:
        if sum(i in taken for i in ids) >= 0.5 * len(ids):
            continue
        kept.append(ids)
        taken.update(ids)
    return kept


def baseline_signalen(records: list[Any], families: list[str | None]) -> list[list[str]]:
    """Signalen's context rule per signal: same theme, ≤ 50 m, previous 12 weeks (not chained)."""
    by_theme: dict[str, list[int]] = defaultdict(list)
    for index, (record, family) in enumerate(zip(records, families, strict=True)):
        if family is not None and record.lat is not None:
            by_theme[record.theme or family].append(index)
    groups: list[list[str]] = []
    for members in by_theme.values():
        lat = np.array([records[i].lat for i in members])
        lon = np.array([records[i].lon for i in members])
        day = np.array([records[i].date.toordinal() for i in members])
        order = np.argsort(day, kind="stable")
        lat, lon, day = lat[order], lon[order], day[order]
        ids = [records[members[int(i)]].id for i in order]
        y, x = lat * 111_320.0, lon * 111_320.0 * np.cos(np.radians(lat))
        low = 0
        for j in range(len(day)):
            while day[low] < day[j] - 84:
                low += 1
            near = np.flatnonzero((x[low:j] - x[j]) ** 2 + (y[low:j] - y[j]) ** 2 <= 2500.0)
            if len(near) >= 3:
                groups.append([ids[low + int(n)] for n in near] + [ids[j]])
    groups.sort(key=lambda g: (-len(g), g[-1]))
    return _dedupe_groups(groups)


# --- scoring -----------------------------------------------------------------------------------


def found_by(group: set[str], planted: dict[str, Any]) -> bool:
    ids = set(planted["signal_ids"])
    return len(ids & group) >= 0.6 * len(ids) and len(group) <= 2.5 * len(ids)


def recall_precision(groups: list[list[str]], planted: list[dict[str, Any]]) -> tuple[float, float]:
    k = len(planted)
    top = [set(g) for g in groups[: int(1.5 * k)]]
    found = sum(any(found_by(g, p) for g in top) for p in planted)
    hits = sum(any(found_by(g, p) for p in planted) for g in top[:k])
    return found / k, hits / k


def baseline_stp_all(
    records: list[Any], families: list[str | None], replications: int = 99
) -> list[list[str]]:
    from benchmarks.detection_stp import stp_scan

    return stp_scan(records, None, replications=replications)[0]


def baseline_stp_family(
    records: list[Any], families: list[str | None], replications: int = 99
) -> list[list[str]]:
    from benchmarks.detection_stp import stp_scan

    return stp_scan(records, families, replications=replications)[0]


def evaluate_town(folder: Path, replications: int = 99) -> dict[str, Any]:
    records, truth = load(folder)
    planted = truth["planted"]
    (groups, _), seconds, peak, extra = measured(run_detector, records)
    row: dict[str, Any] = {"detector": (*recall_precision(groups, planted), seconds, peak, extra)}
    families = keyword_families(records)
    for name, method in (
        ("keywords×street×60d", baseline_keywords_street),
        ("same-unit excess", baseline_same_unit),
        ("place excess (no theme)", baseline_place_excess),
        ("signalen per signal", baseline_signalen),
        ("STP scan (all)", baseline_stp_all),
        ("STP scan (family)", baseline_stp_family),
    ):
        more = (replications,) if name.startswith("STP") else ()
        found, seconds, peak, extra = measured(method, records, families, *more)
        row[name] = (*recall_precision(found, planted), seconds, peak, extra)
    missed = [
        p
        for p in planted
        if not any(found_by(set(g), p) for g in groups[: int(1.5 * len(planted))])
    ]
    row["missed"] = [f"{p['id']} {p['kind']} {p['scope']} n={len(p['signal_ids'])}" for p in missed]
    return row


def evaluate_null(folder: Path) -> dict[str, Any]:
    records, _ = load(folder)
    start = time.perf_counter()
    _, scores = run_detector(records)
    seconds = time.perf_counter() - start
    return {"max_score": max(scores, default=-math.inf), "questions": len(scores), "s": seconds}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--towns", default="kort,verhaal,rommelig,gemengd")
    parser.add_argument("--null", default="homogeneous,overdispersed,trending")
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--stp-replications", type=int, default=99)
    parser.add_argument("--workdir", type=Path, default=ROOT / "var" / "towns")
    args = parser.parse_args()
    for town in filter(None, args.towns.split(",")):
        folder = generate(
            town, args.size, args.seed, args.workdir / f"{town}-{args.size}-s{args.seed}"
        )
        row = evaluate_town(folder, args.stp_replications)
        for name, value in row.items():
            if name == "missed":
                print(f"  missed: {'; '.join(value)}")
            else:
                print(f"{town:9} s{args.seed} {name:23} recall@1.5K {value[0]:.2f}  precision@K "
                      f"{value[1]:.2f}  {value[2]:6.1f} s  peak {value[3]:5.0f} MB")  # fmt: skip
        sys.stdout.flush()
    for model in filter(None, args.null.split(",")):
        maxima = []
        for run in range(args.runs):
            seed = 1000 + run
            folder = generate(
                "kort", args.size, seed, args.workdir / f"null-{model}-{args.size}-s{seed}", model
            )
            maxima.append(evaluate_null(folder))
        top = np.array([m["max_score"] for m in maxima])
        print(f"null {model:14} towns {len(top)}  P(max≥1) {np.mean(top >= 1):.2f}  P(max≥2) {np.mean(top >= 2):.2f}"
              f"  any question {np.mean([m['questions'] > 0 for m in maxima]):.2f}  median max {np.median(top):.2f}"
              f"  mean time {np.mean([m['s'] for m in maxima]):.1f} s")  # fmt: skip
        sys.stdout.flush()
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
