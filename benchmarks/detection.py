"""Detection benchmark: planted collective questions in synthetic towns, against two baselines.

    python benchmarks/detection.py --sizes 20000,100000,1000000
    python benchmarks/detection.py --quick        # one small town, under a minute

For each size a town is generated (`wijkverbinder.core.synthetic`) and written as intake CSV. Every
method then runs in its own subprocess, end to end from the CSV (wijkverbinder through the real
`wijkverbinder detect` command), reporting wall time and its own peak RSS (ru_maxrss). A planted
question counts as found when one output group holds ≥ 60 % of its signals and is at most 2.5 × its
size, looking only at the top 1.5 × (number planted) of the ranked output. Ratios are against
baseline (a), measured in the same run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

METHODS = ("wijkverbinder", "signalen", "hdbscan")
LABELS = {
    "wijkverbinder": "wijkverbinder",
    "signalen": "(a) Signalen 50 m/12 wk",
    "hdbscan": "(b) HDBSCAN tekst+plek+tijd",
}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _load(csv_path: Path) -> list[Any]:
    from wijkverbinder.cli.detect import _read_signals

    return _read_signals(csv_path)[0]


def _themes(records: list[Any], seeds: dict[str, list[str]]) -> list[str | None]:
    from wijkverbinder.core.detection.themes import assign_themes, prepare_classifier

    classifier = prepare_classifier(records, seeds, None, max_training=10_000, seed=0)
    return assign_themes(records, classifier).themes


def run_case(method: str, csv_path: Path, seeds_path: Path, out: Path, seed: int) -> dict[str, Any]:
    """Run one method in this process; returns timing and memory (called in the subprocess)."""
    start = time.perf_counter()
    seeds = json.loads(seeds_path.read_text(encoding="utf-8"))
    if method == "wijkverbinder":
        from wijkverbinder.cli.detect import run

        raw = out.with_suffix(".raw.json")
        code = run(
            [str(csv_path), "--output", str(raw), "--seeds", str(seeds_path), "--seed", str(seed)]
        )
        seconds = time.perf_counter() - start
        questions = json.loads(raw.read_text(encoding="utf-8"))["collective_questions"]
        groups = [q["signal_ids"] for q in questions]
        if code:
            raise SystemExit(code)
    elif method == "incremental":
        return _incremental(csv_path, seeds, seed)
    else:
        base = importlib.import_module("detection_baselines")

        records = _load(csv_path)
        if method == "signalen":
            groups = base.signalen_rule(records, _themes(records, seeds))
        else:
            groups = base.hdbscan_text_place_time(records, seed)
        seconds = time.perf_counter() - start
    out.write_text(json.dumps({"groups": groups}), encoding="utf-8")
    return {"seconds": seconds, "peak_mb": _peak_mb()}


def _incremental(
    csv_path: Path, seeds: dict[str, list[str]], seed: int, held_back: int = 200
) -> dict[str, Any]:
    from wijkverbinder.core.detection import IncrementalDetector

    records = sorted(_load(csv_path), key=lambda r: (r.date, r.id))
    detector = IncrementalDetector(records[:-held_back], seeds=seeds, seed=seed)
    timings = []
    for record in records[-held_back:]:
        start = time.perf_counter()
        detector.add(record)
        timings.append((time.perf_counter() - start) * 1000.0)
    timings.sort()
    return {
        "median_ms": statistics.median(timings),
        "p95_ms": timings[int(0.95 * len(timings)) - 1],
        "max_ms": timings[-1],
        "peak_mb": _peak_mb(),
    }


def recall(groups: list[list[str]], planted: list[dict[str, Any]]) -> tuple[int, int]:
    """(found, planted) under the scorer's rule."""
    top = [set(g) for g in groups[: int(1.5 * len(planted))]]
    found = 0
    for question in planted:
        ids = set(question["signal_ids"])
        found += any(
            len(ids & group) >= 0.6 * len(ids) and len(group) <= 2.5 * len(ids) for group in top
        )
    return found, len(planted)


def _child(method: str, folder: Path, seed: int, timeout: float) -> dict[str, Any] | None:
    out = folder / f"{method}.json"
    command = [
        sys.executable,
        __file__,
        "--case",
        method,
        "--folder",
        str(folder),
        "--seed",
        str(seed),
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
        return None
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if method != "incremental":
        planted = json.loads((folder / "planted.json").read_text(encoding="utf-8"))["planted"]
        groups = json.loads(out.read_text(encoding="utf-8"))["groups"]
        result["found"], result["planted"] = recall(groups, planted)
    return result


def _prepare(size: int, folder: Path, seed: int) -> None:
    from wijkverbinder.core.synthetic import (
        SYNTHETIC_SEEDS,
        generate_town,
        write_csv,
        write_planted,
    )

    folder.mkdir(parents=True, exist_ok=True)
    town = generate_town(size, seed=seed)
    write_csv(town.signals, folder / "signals.csv")
    write_planted(town.planted, folder / "planted.json")
    seeds = {code: list(words) for code, words in SYNTHETIC_SEEDS.items()}
    (folder / "seeds.json").write_text(json.dumps(seeds), encoding="utf-8")


def _row(
    size: int, method: str, result: dict[str, Any] | None, base: dict[str, Any] | None, limit: float
) -> str:
    if result is None:
        return f"{size:>9,} | {LABELS[method]:<28} | did not finish within {limit:.0f} s"
    rec = result["found"] / result["planted"]
    text = (
        f"{size:>9,} | {LABELS[method]:<28} | {rec:6.3f} ({result['found']:>3}/{result['planted']:<3})"
        f" | {result['seconds']:7.1f} s | {result['peak_mb']:7.0f} MB"
    )
    if base is not None and base is not result:
        base_rec = base["found"] / base["planted"]
        ratio = f"{rec / base_rec:5.2f}×" if base_rec else "   ∞×"
        text += (
            f" | {ratio} | {result['seconds'] / base['seconds']:6.2f}×"
            f" | {result['peak_mb'] / base['peak_mb']:5.2f}×"
        )
    return text


def _print_table(lines: list[str], incremental: list[tuple[int, dict[str, Any] | None]]) -> None:
    print(
        "\nsignals   | method                       | recall (found/planted) | time      "
        "| peak RSS   | recall/(a) | time/(a) | mem/(a)"
    )
    print("-" * 122)
    print("\n".join(lines))
    print("\nincremental add (one signal, update its questions; 200 newest signals added):")
    for size, timing in incremental:
        if timing is None:
            print(f"{size:>9,} | did not finish")
        else:
            print(
                f"{size:>9,} | median {timing['median_ms']:.1f} ms | p95 {timing['p95_ms']:.1f} ms"
                f" | max {timing['max_ms']:.1f} ms | peak RSS {timing['peak_mb']:.0f} MB"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,100000,1000000")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hdbscan-max", type=int, default=100_000)
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--case", choices=(*METHODS, "incremental"))
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    if args.case:
        folder = args.folder
        result = run_case(
            args.case,
            folder / "signals.csv",
            folder / "seeds.json",
            folder / f"{args.case}.json",
            args.seed,
        )
        print(json.dumps(result))
        return 0
    sizes = [10_000] if args.quick else [int(s) for s in args.sizes.split(",")]
    timeout = 60.0 if args.quick else args.timeout
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="wv-bench-"))
    lines: list[str] = []
    incremental: list[tuple[int, dict[str, Any] | None]] = []
    for size in sizes:
        folder = workdir / str(size)
        _prepare(size, folder, args.seed)
        results: dict[str, dict[str, Any] | None] = {}
        for method in METHODS:
            if method == "hdbscan" and size > args.hdbscan_max:
                continue
            results[method] = _child(method, folder, args.seed, timeout)
        base = results.get("signalen")
        lines.extend(_row(size, m, r, base, timeout) for m, r in results.items())
        incremental.append((size, _child("incremental", folder, args.seed, timeout)))
    _print_table(lines, incremental)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
