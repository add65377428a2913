"""Benchmark: many writers at once against a real `wijkverbinder serve` (issue 10).

Run: `nice python benchmarks/concurrency.py [--writers 20] [--seconds 60] [--postgres URL]`.
For each database (the embedded SQLite file, and PostgreSQL when `--postgres` or `DATABASE_URL`
names one — it is migrated and filled with the demo's areas and personas, so use a database of
your own) the server runs in its own process with 8 threads. Baseline: one writer for a quarter of
the time; then `writers` clients for `seconds` (one of them logs in and out through the form, the
others post signals with API keys). Prints requests, errors (anything but 201 and the log-ins'
302), signals per second, the ratio to the baseline, and the database check: every 201 is one
stored signal with its edit record and access-log entry, no duplicates.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from wijkverbinder.common.loadtest import LoadServer, check_rows, run_load, warm_up


def measure(label: str, database_url: str, writers: int, seconds: float) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        with LoadServer(var_dir=Path(folder), database_url=database_url) as server:
            warm_up(server)
            base = run_load(server, writers=1, seconds=max(seconds / 4, 5), logins=False)
            load = run_load(server, writers=writers, seconds=seconds)
            counts = check_rows(server, database_url)
        ratio = load.throughput / base.throughput if base.throughput else 0.0
        print(
            f"{label}: {writers} schrijvers × {load.seconds:.0f} s → {load.requests} verzoeken "
            f"({load.statuses[201]} signalen, {load.logins} log-ins), {load.failed} fouten, "
            f"{load.throughput:.1f} signalen/s; basis 1 schrijver {base.throughput:.1f}/s "
            f"(×{ratio:.2f})"
        )
        expected = len(load.created) + len(base.created) + 1
        print(
            f"  database: {counts['stored']} opgeslagen (verwacht {expected}), "
            f"{counts['stored'] - counts['distinct']} dubbel, {counts['without_edit']} zonder "
            f"bewerkingsregel, {counts['logged']} in het toegangslog"
        )
        if load.errors:
            print("  eerste fouten:", *load.errors[:5], sep="\n    ")
        return (
            load.failed == 0
            and counts["stored"] == expected == counts["distinct"] == counts["logged"]
            and counts["without_edit"] == 0
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--postgres", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    ok = True
    if args.only != "postgres":
        ok &= measure("SQLite", "", args.writers, args.seconds)
    if args.postgres and args.only != "sqlite":
        ok &= measure("PostgreSQL", args.postgres, args.writers, args.seconds)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
