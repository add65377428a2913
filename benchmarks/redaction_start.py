"""Benchmark: how long a process takes before it can redact, ours against deduce's own way.

Run: `nice python benchmarks/redaction_start.py [--runs 3] [--baseline]` (part of `make bench`). Every measurement runs
in a fresh process on a warm machine (files in the page cache); wall time and CPU time (user +
system of that process) are printed as medians, and as ratios against the baseline.

- `redact one line`: the real command, `echo … | wijkverbinder redact`, start to exit;
- `engine load`: loading the shared engine only (`core.redaction.engine.get_engine`);
- phases: import, tokenizer, lookup structures (the cache file), annotators, first text.

The baseline is deduce as we used it before issue 16: `Deduce()` with its full
configuration and its own cache of all lookup structures (built on first use, then loaded with the
garbage collector running), our switched-off annotators passed at run time. Its cache is built once
into `benchmarks/output/deduce-full-cache` by `--baseline` (minutes of CPU); once it is there, every
run compares with it and checks that both engines find exactly the same spans on the annotated
redaction set.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

OUTPUT = Path(__file__).parent / "output"
FULL_CACHE = OUTPUT / "deduce-full-cache"
LINE = "Mevrouw Jansen van de Kerkstraat 12 belde met 06-12345678 over haar buurman.\n"

_PHASES = r"""
import gc, json, sys, time
from pathlib import Path
mode, cache = sys.argv[1], sys.argv[2]
clock = time.process_time
out, t = {}, clock()
from wijkverbinder.core.redaction import lookup_cache
deduce = lookup_cache.import_deduce()
from deduce.deduce import _DeduceProcessorLoader
from deduce.lookup_structs import get_lookup_structs
out["import"], t = clock() - t, clock()
if mode == "ours":
    config = lookup_cache.reduced_config(deduce)
    folder, _ = lookup_cache.ensure_cache(deduce, config, lookup_cache.cache_root())
else:
    config = deduce.Deduce._initialize_config(load_base_config=True)
    folder = Path(cache)
package = Path(deduce.__file__).parent / "data" / "lookup"
tokenizer = deduce.Deduce._initialize_tokenizer(package)
out["tokenizer"], t = clock() - t, clock()
if mode == "ours":
    with lookup_cache.long_lived_objects():
        structures = get_lookup_structs(package, folder, tokenizer, deduce.__version__)
else:
    structures = get_lookup_structs(package, folder, tokenizer, deduce.__version__)
out["lookup structures"], t = clock() - t, clock()
extras = {"tokenizer": tokenizer, "ds": structures}
processors = _DeduceProcessorLoader().load(config=config, extras=extras)
out["annotators"], t = clock() - t, clock()
document = deduce.Deduce.__new__(deduce.Deduce)
document.processors, document.tokenizers = processors, {"default": tokenizer}
document.deidentify("Mevrouw Jansen belde met 06-12345678.", disabled={"redactor"})
out["first text"] = clock() - t
print(json.dumps(out))
"""

_BASELINE_LOAD = r"""
import sys
from wijkverbinder.core.redaction import lookup_cache
deduce = lookup_cache.import_deduce()
engine = deduce.Deduce(cache_path=sys.argv[1])
engine.deidentify("Mevrouw Jansen belde.", disabled=set(lookup_cache.DISABLED_PROCESSORS))
"""

_OURS_LOAD = r"""
from wijkverbinder.core.redaction import engine, redact
engine.get_engine(timeout=-1)
redact("Mevrouw Jansen belde.")
"""

_SAME_SPANS = r"""
import json, sys
from pathlib import Path
from wijkverbinder.core.redaction import engine, lookup_cache
from wijkverbinder.core.redaction.evaluation import load_cases
deduce = lookup_cache.import_deduce()
full = deduce.Deduce(cache_path=sys.argv[1])
disabled = set(lookup_cache.DISABLED_PROCESSORS)
cases = load_cases(Path(sys.argv[2]))
same = 0
for case in cases:
    ours = engine.get_engine(timeout=-1).deidentify(case.text, disabled={"redactor"}).annotations
    theirs = full.deidentify(case.text, disabled=disabled).annotations
    key = lambda a: (a.start_char, a.end_char, a.tag)
    same += sorted(map(key, ours)) == sorted(map(key, theirs))
print(json.dumps({"same": same, "total": len(cases)}))
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(argv: list[str], stdin: str = "") -> tuple[float, float, str]:
    """Wall and CPU seconds (user + system) of one child process, and its standard output."""
    before, started = _children_cpu(), time.perf_counter()
    done = subprocess.run(argv, input=stdin, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"{argv[:3]} failed: {done.stderr[-500:]}")
    return wall, _children_cpu() - before, done.stdout


def _median(runs: list[tuple[float, float, str]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def _row(label: str, ours: tuple[float, float], base: tuple[float, float] | None) -> None:
    wall, cpu = ours
    text = f"{label:28}{wall:8.2f} s wall {cpu:7.2f} s CPU"
    if base:
        text += f"   baseline {base[0]:7.2f} s wall {base[1]:7.2f} s CPU"
        text += f"   ratio {wall / base[0]:5.2f}x wall {cpu / base[1]:5.2f}x CPU"
    print(text)


def _ensure_full_cache() -> None:
    if (FULL_CACHE / "cache" / "lookup_structs.pickle").exists():
        return
    print(f"building deduce's full cache into {FULL_CACHE} (once; minutes of CPU) …", flush=True)
    FULL_CACHE.mkdir(parents=True, exist_ok=True)
    wall, cpu, _ = _timed([sys.executable, "-c", _BASELINE_LOAD, str(FULL_CACHE)])
    print(f"deduce's full cache built in {wall:.0f} s wall, {cpu:.0f} s CPU")


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--baseline", action="store_true", help="build deduce's full cache to compare with"
    )
    args = parser.parse_args()
    python, command = sys.executable, str(Path(sys.executable).with_name("wijkverbinder"))
    _timed([command, "redaction-cache"])  # ours is built at set-up; make sure it is there
    if args.baseline:
        _ensure_full_cache()
    args.baseline = (FULL_CACHE / "cache" / "lookup_structs.pickle").exists()
    if not args.baseline:
        print("no baseline: run with --baseline once to build deduce's full cache (minutes)")
    print(f"{args.runs} runs each, medians; CPU = user + system time of the measured process")

    runs = [_timed([command, "redact"], stdin=LINE) for _ in range(args.runs)]
    assert runs[0][2].startswith("Mevrouw [NAAM]"), runs[0][2]
    redact_line = _median(runs)
    ours_load = _median([_timed([python, "-c", _OURS_LOAD]) for _ in range(args.runs)])
    base_load = None
    if args.baseline:
        base_load = _median(
            [_timed([python, "-c", _BASELINE_LOAD, str(FULL_CACHE)]) for _ in range(args.runs)]
        )
    _row("redact one line (command)", redact_line, None)
    _row("engine load", ours_load, base_load)

    modes = ["ours", "deduce"] if args.baseline else ["ours"]
    phases = {
        mode: json.loads(_timed([python, "-c", _PHASES, mode, str(FULL_CACHE)])[2])
        for mode in modes
    }
    print("CPU seconds per phase (one run):")
    for phase in phases["ours"]:
        line = f"  {phase:26}{phases['ours'][phase]:7.2f} s"
        if args.baseline:
            line += f"   baseline {phases['deduce'][phase]:7.2f} s"
        print(line)
    if args.baseline:
        data = Path(__file__).parent.parent / "src/wijkverbinder/core/tests/data/redaction_set.yaml"
        same = json.loads(_timed([python, "-c", _SAME_SPANS, str(FULL_CACHE), str(data)])[2])
        print(f"same deduce spans as the full engine: {same['same']} of {same['total']} sentences")


if __name__ == "__main__":
    main()
