"""Command line: generate an evaluation town, or check a generated folder.

python -m benchmarks.towns.generate --town kort --size 20000 --out var/towns/kort20k
python -m benchmarks.towns.generate --town verhaal --size 20000 --null overdispersed --out DIR
python -m benchmarks.towns.generate --check DIR
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from benchmarks.towns.background import NULL_MODELS
from benchmarks.towns.check import check_folder
from benchmarks.towns.hands import TOWNS, writer_for
from benchmarks.towns.town import Spec, generate


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.towns.generate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--town", choices=TOWNS, help="the hand that writes the texts")
    parser.add_argument("--size", type=int, default=20_000, help="number of signals")
    parser.add_argument("--out", type=Path, help="folder for signals.csv and truth.json")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--null", choices=NULL_MODELS, help="a town without planted questions")
    parser.add_argument("--no-season", action="store_true", help="planted towns: no seasons")
    parser.add_argument("--trend", action="store_true", help="planted towns: volume doubles")
    parser.add_argument(
        "--planted", type=int, help="number of planted questions (default: by size)"
    )
    parser.add_argument("--check", type=Path, metavar="DIR", help="check a generated folder")
    return parser


def _check(folder: Path) -> int:
    report = check_folder(folder)
    counts = report.counts
    rows = max(counts["rows"], 1)
    shares = ", ".join(
        f"{name} {counts[name] / rows:.1%}"
        for name in (
            "mor",
            "no_household",
            "theme_filled",
            "no_street",
            "no_point",
            "buurt_only",
            "no_buurt",
        )
    )
    print(f"{folder}: {counts['rows']} rijen; {shares}")
    for error in report.errors:
        print(f"  FOUT {error}")
    print("in orde" if not report.errors else f"{counts['errors']} fouten")
    return 0 if not report.errors else 1


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.check:
        return _check(args.check)
    if not args.town or not args.out:
        parser.error("--town en --out zijn nodig (of --check DIR)")
    if args.size < 500:
        parser.error("--size moet minstens 500 zijn")
    spec = Spec(
        town=args.town,
        size=args.size,
        seed=args.seed,
        null=args.null,
        season=not args.no_season,
        trend=args.trend,
        planted=args.planted,
    )
    began = time.perf_counter()
    truth = generate(spec, writer_for(args.town), args.out)
    seconds = time.perf_counter() - began
    planted, decoys = truth["planted"], truth["decoys"]
    assert isinstance(planted, list)
    assert isinstance(decoys, list)
    print(
        f"{args.out}: {args.size} signalen, {len(planted)} geplante vragen, "
        f"{len(decoys)} lokmeldingen, {seconds:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
