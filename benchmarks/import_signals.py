"""Benchmark: importing 100,000 signals on the embedded default (SQLite), end to end.

Run: `python benchmarks/import_signals.py [--rows 100000] [--workers N]`. Builds a throw-away
database under a temporary folder with the demo municipality, writes a file of our own CSV format
over the demo's streets (varied Dutch texts, some with personal data), and imports it through
`intake.imports.import_signals` (parse, place, deduplicate, redact, pseudonymise, suggest themes,
bulk insert). Prints rows per minute against two baselines measured in the same run: parsing the
file only, and the same import with one worker (serial redaction). Target: 100,000 rows < 60 s.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

DAYS = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "feestdagen",
)
HEADER = [
    "id",
    "date",
    "text",
    "neighbourhood",
    "street",
    "lat",
    "lon",
    "role",
    "household",
    "theme",
    "source",
]


def _setup(folder: Path) -> None:
    os.environ["WIJKVERBINDER_VAR"] = str(folder)
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkverbinder.config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from wijkverbinder.portal.demo.build import build_demo

    build_demo()


def _file(rows: int, seed: int = 7) -> bytes:
    from wijkverbinder.portal.demo import cast
    from wijkverbinder.portal.demo.phrases import BACKGROUND_PHRASES, CLUSTER_PHRASES, NAMES, PHONES

    rng = random.Random(seed)
    phrases = [p for group in CLUSTER_PHRASES.values() for p in group]
    phrases += [p for group in BACKGROUND_PHRASES.values() for p in group]
    places = [
        (b.code, s) for b in cast.NEIGHBOURHOODS if b.district == "WK990101" for s in b.streets
    ]
    end = date(2026, 10, 31)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for index in range(rows):
        code, street = rng.choice(places)
        # two phrasings plus a detail: nearly every text is unique, as in real files
        detail = f"Al {rng.randrange(2, 40)} {rng.choice(('dagen', 'weken', 'maanden'))}, vooral op {rng.choice(DAYS)}."
        first, second = rng.choice(phrases), rng.choice(phrases)
        text = f"{first} {detail} {second}".format(name=rng.choice(NAMES), phone=rng.choice(PHONES))
        day = end - timedelta(days=rng.randrange(540))
        writer.writerow(
            [
                f"b{index}",
                day.isoformat(),
                text,
                code,
                street,
                "",
                "",
                "affected",
                f"hh-{rng.randrange(rows // 3)}",
                "",
                "huisbezoek",
            ]
        )
    return out.getvalue().encode()


def _timed_import(data: bytes, workers: int) -> tuple[float, int]:
    """Seconds and rows of one import. Detection, a background task after an import, is paused
    here and timed on its own (`_timed_detection`)."""
    from wijkverbinder.accounts.models import User
    from wijkverbinder.intake import hooks
    from wijkverbinder.intake.imports import import_signals
    from wijkverbinder.intake.models import Signal

    Signal.objects.all().delete()
    user = User.objects.get(username="joost")
    started = time.perf_counter()
    with hooks.paused():
        report = import_signals(user=user, data=data, filename="bench.csv", workers=workers)
    return time.perf_counter() - started, report.created


def _timed_detection() -> float:
    from wijkverbinder.accounts.models import Team
    from wijkverbinder.collective.services import run_detection

    started = time.perf_counter()
    run_detection(team=Team.objects.get(name="Wijkteam W"))
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--serial-rows", type=int, default=20_000, help="rows for the one-worker baseline"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wv-bench-") as folder:
        _setup(Path(folder))
        from wijkverbinder.core.intake_formats import parse_bytes
        from wijkverbinder.intake.warmup import warm_up

        data = _file(args.rows)
        started = time.perf_counter()
        warm_up()  # the redaction engine and the seed classifier, as `serve` does at start-up
        warm = time.perf_counter() - started
        started = time.perf_counter()
        parsed = parse_bytes(data)
        parse_s = time.perf_counter() - started
        assert not parsed.errors, parsed.errors[:3]
        serial_data = _file(args.serial_rows, seed=8)
        serial_s, serial_n = _timed_import(serial_data, workers=1)
        import_s, created = _timed_import(data, workers=args.workers)
        detect_s = _timed_detection()
    per_min = created / import_s * 60
    serial_per_min = serial_n / serial_s * 60
    parse_per_min = len(parsed.rows) / parse_s * 60
    print(
        f"import of {created:,} rows ({args.workers} workers): {import_s:.1f} s = {per_min:,.0f} rows/min "
        f"(target: 100,000 rows < 60 s → {'met' if created >= 100_000 and import_s < 60 else 'not met'})"
    )
    print(
        f"baseline parse only ({len(parsed.rows):,} rows): {parse_s:.1f} s = {parse_per_min:,.0f} rows/min; "
        f"import/parse time ratio {import_s / parse_s:.1f}×"
    )
    print(
        f"baseline import with 1 worker ({serial_n:,} rows): {serial_per_min:,.0f} rows/min; "
        f"speed-up of {args.workers} workers {per_min / serial_per_min:.2f}×"
    )
    print(f"detection afterwards (background task) over {created:,} signals: {detect_s:.1f} s")
    print(f"(warm-up of redaction engine and seed classifier, not counted: {warm:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
