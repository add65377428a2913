"""Benchmark: importing 100,000 Signalen meldingen (datawarehouse ZIP) on the embedded default.

Run: `python benchmarks/import_signals.py [--rows 100000] [--workers N] [--serial-rows 10000]`.
Builds a throw-away SQLite database under a temporary folder with the demo municipality, writes a
Signalen datawarehouse export as Signalen does (a ZIP with `signals.csv`, `categories.csv` and
`locations.csv` holding a history of earlier categories and locations, `lat`/`lng` swapped, the
category names of Signalen's own list, varied Dutch texts, some with personal data) over Wijk W,
and imports it through `intake.imports.import_signals` (unzip, join, parse, place by point, dedup,
redact, suggest themes where the category is unknown, bulk insert). Prints the time against a
baseline measured in the same run: parsing the ZIP only (unzip, join, check every field, no
database, no redaction); and, as a second baseline, the same import with one worker. Detection,
a background task after an import, is timed on its own. Target: 100,000 rows in ≤ 60 s.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import resource
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

import yaml

SIGNALS = [
    "id", "signal_uuid", "source", "text", "text_extra", "incident_date_start",
    "incident_date_end", "created_at", "updated_at", "operational_date", "expire_date", "image",
    "upload", "extra_properties", "category_assignment_id", "location_id", "reporter_id",
    "status_id", "priority", "priority_created_at", "parent", "type", "type_created_at",
    "directing_departments_assignment_id",
]  # fmt: skip
CATEGORIES = [
    "id", "main", "sub", "departments", "created_at", "updated_at", "extra_properties",
    "_signal_id", "deadline", "deadline_factor_3",
]  # fmt: skip
LOCATIONS = [
    "id", "lat", "lng", "stadsdeel", "buurt_code", "address", "address_text", "created_at",
    "updated_at", "extra_properties", "_signal_id", "address_street", "address_number",
    "address_postalcode", "address_city", "area_code", "area_name",
]  # fmt: skip
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
SOURCES = ("online", "Telefoon – ASC", "Telefoon – CCA", "Interne melding", "app")
STAMP = "{day} 10:41:43.012139+01"


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


def _categories() -> list[tuple[str, str]]:
    """(main, sub) names from Signalen's category list, plus a few it does not know."""
    from wijkverbinder.core.taxonomy import MAPPING_FILE

    items = yaml.safe_load(MAPPING_FILE.read_text(encoding="utf-8"))["categories"]
    names = {item["slug"]: item["name"] for item in items}
    pairs = [
        (names.get(item["parent"], item["name"]), item["name"]) for item in items if item["parent"]
    ]
    return [*pairs, ("Wonen", "Leegstand"), ("Overig", "Overig (nieuw)")]


def _csv(header: list[str], rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode()


def _points() -> list[tuple[str, float, float]]:
    """(street, lat, lon) in the inner part of Wijk W's buurten (never on a shifted border)."""
    from wijkverbinder.portal.demo import cast

    points = []
    for buurt in cast.NEIGHBOURHOODS:
        if buurt.district != "WK990101":
            continue
        col, row = buurt.cell
        for index, street in enumerate(buurt.streets):
            lat = cast.ORIGIN[0] + (row + 0.3 + 0.1 * index) * cast.CELL[0]
            lon = cast.ORIGIN[1] + (col + 0.3 + 0.1 * index) * cast.CELL[1]
            points.append((street, lat, lon))
    return points


def _text(
    rng: random.Random, phrases: list[str], names: Sequence[str], phones: Sequence[str]
) -> str:
    detail = (
        f"Al {rng.randrange(2, 40)} {rng.choice(('dagen', 'weken'))}, vooral op {rng.choice(DAYS)}."
    )
    first, second = rng.choice(phrases), rng.choice(phrases)
    return f"{first} {detail} {second}".format(name=rng.choice(names), phone=rng.choice(phones))


def datawarehouse_zip(rows: int, seed: int = 7) -> bytes:
    """A Signalen datawarehouse export of `rows` meldingen over Wijk W of the demo."""
    from wijkverbinder.portal.demo.phrases import BACKGROUND_PHRASES, CLUSTER_PHRASES, NAMES, PHONES

    rng = random.Random(seed)
    phrases = [
        p for group in (*CLUSTER_PHRASES.values(), *BACKGROUND_PHRASES.values()) for p in group
    ]
    categories, points = _categories(), _points()
    end = date(2026, 10, 31)
    signals, cats, locs = [], [], []
    for index in range(rows):
        signal_id, day = 100_000 + index, end - timedelta(days=rng.randrange(540))
        stamp = STAMP.format(day=day.isoformat())
        history = [rng.choice(categories) for _ in range(1 + (index % 4 == 0))]
        for offset, (main, sub) in enumerate(history):
            cats.append(
                [signal_id * 2 + offset, main, sub, "ASC", stamp, stamp, "null", signal_id, "", ""]
            )
        places = [rng.choice(points) for _ in range(1 + (index % 5 == 0))]
        for offset, (street, lat, lon) in enumerate(places):
            number = rng.randrange(1, 80)
            address = f"{street} {number}, Verbindendam"
            locs.append([signal_id * 2 + offset, lon, lat, "W", "", "{}", address, stamp, stamp,
                         "null", signal_id, street, number, "", "Verbindendam", "", ""])  # fmt: skip
        signals.append([
            signal_id, uuid.UUID(int=rng.getrandbits(128), version=4), rng.choice(SOURCES),
            _text(rng, phrases, NAMES, PHONES), "", stamp, "", stamp, stamp, "", "", "", "",
            "null", cats[-1][0], locs[-1][0], signal_id, signal_id, "normal", stamp, "", "SIG",
            stamp, "",
        ])  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("signals.csv", _csv(SIGNALS, signals))
        archive.writestr("categories.csv", _csv(CATEGORIES, cats))
        archive.writestr("locations.csv", _csv(LOCATIONS, locs))
    return out.getvalue()


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the redaction workers)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed_import(data: bytes, workers: int) -> tuple[float, int, float]:
    """Seconds, new signals and CPU seconds of one import; detection (a background task) is
    paused here."""
    from wijkverbinder.accounts.models import User
    from wijkverbinder.intake import hooks
    from wijkverbinder.intake.imports import import_signals
    from wijkverbinder.intake.models import Signal

    Signal.objects.all().delete()
    user = User.objects.get(username="joost")
    started, cpu = time.perf_counter(), _cpu()
    with hooks.paused():
        report = import_signals(user=user, data=data, filename="signalen.zip", workers=workers)
    assert report.rejected_rows == 0, report.rejected[:3]
    return time.perf_counter() - started, report.created, _cpu() - cpu


def _timed_parse(data: bytes) -> tuple[float, int]:
    from django.conf import settings

    from wijkverbinder.core.intake_formats import ParseOptions, parse_bytes

    started = time.perf_counter()
    parsed = parse_bytes(data, options=ParseOptions(text_max=settings.SIGNAL_TEXT_MAX))
    assert not parsed.errors, parsed.errors[:3]
    return time.perf_counter() - started, len(parsed.rows)


def _timed_detection() -> float:
    from wijkverbinder.accounts.models import Team
    from wijkverbinder.collective.services import run_detection

    started = time.perf_counter()
    run_detection(team=Team.objects.get(name="Wijkteam W"))
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--serial-rows", type=int, default=10_000, help="0: no 1-worker baseline")
    parser.add_argument("--no-detection", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wv-bench-") as folder:
        _setup(Path(folder))
        from wijkverbinder.intake.warmup import warm_up

        data = datawarehouse_zip(args.rows)
        warm = time.perf_counter()
        warm_up()  # the redaction engine and the seed classifier, as `serve` does at start-up
        warm = time.perf_counter() - warm
        parse_s, parsed = _timed_parse(data)
        serial = (
            _timed_import(datawarehouse_zip(args.serial_rows, seed=8), 1)
            if args.serial_rows
            else None
        )
        import_s, created, import_cpu = _timed_import(data, args.workers)
        detect_s = None if args.no_detection else _timed_detection()
    met = created >= 100_000 and import_s <= 60
    print(
        f"Signalen datawarehouse ZIP, {len(data) / 1e6:.1f} MB, {args.rows:,} meldingen; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(
        f"import ({args.workers} workers): {created:,} signals in {import_s:.1f} s = {created / import_s * 60:,.0f} rows/min (target 100,000 in ≤ 60 s: {'met' if met else 'not met'})"
    )
    print(f"  CPU time of the import, all processes: {import_cpu:.0f} s")
    print(
        f"baseline parse only: {parsed:,} rows in {parse_s:.1f} s; import / parse-only = {import_s / parse_s:.1f}×"
    )
    if serial:
        print(
            f"baseline import with 1 worker: {serial[1]:,} rows at {serial[1] / serial[0] * 60:,.0f} rows/min; speed-up of {args.workers} workers {created / import_s / (serial[1] / serial[0]):.2f}×"
        )
    if detect_s is not None:
        print(f"detection afterwards (background task) over {created:,} signals: {detect_s:.1f} s")
    print(f"(warm-up of redaction engine and seed classifier, not counted: {warm:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
