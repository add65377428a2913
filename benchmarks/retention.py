"""Benchmark: one retention run over a million signals (issue 10: ≤ 10 minutes).

Run: `nice python benchmarks/retention.py [--signals 1000000] [--postgres URL]`. Builds a throw-away
SQLite database under a temporary folder (or uses the PostgreSQL database given, which it migrates
and empties of signals first: use a database of your own), with the demo's areas and teams, and
bulk-inserts `signals` signals, each with its "create" edit record, dated 2019–2021 and last changed
three years ago; 200 collective questions hold 100 signals each, a quarter of them still active
(their signals must stay). Then it times `privacy.retention.apply_retention` and checks that exactly
the signals outside active questions lost their text. Baseline, same data, same run: the plain
`UPDATE` that blanks the same columns of every signal without any check, history or tombstone.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

QUESTIONS, PER_QUESTION, ACTIVE_SHARE = 200, 100, 4


def _setup(folder: Path, database_url: str) -> None:
    os.environ["WIJKVERBINDER_VAR"] = str(folder)
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkverbinder.config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from wijkverbinder.portal.demo.build import build_demo

    build_demo()


def _fill(count: int) -> int:
    """Insert the signals, their edit records and the questions; returns how many must stay."""
    from django.db import connection, transaction
    from django.utils import timezone

    from wijkverbinder.accounts.models import Team
    from wijkverbinder.areas.models import Neighbourhood
    from wijkverbinder.collective.models import CollectiveQuestion
    from wijkverbinder.intake.bulk import insert_signals
    from wijkverbinder.intake.models import Signal, SignalEdit

    team = Team.objects.get(name="Wijkteam W")
    buurten = list(
        Neighbourhood.objects.filter(district__code="WK990101").values_list("pk", flat=True)
    )
    old = timezone.now() - timedelta(days=3 * 365)
    first = date(2019, 1, 1)
    themes = ("overlast.geluid", "overlast.afval", "veiligheid.jongeren", "verkeer.parkeren")
    rows = (
        {
            "team_id": team.pk,
            "observed_on": first + timedelta(days=i % 1000),
            "neighbourhood_id": buurten[i % len(buurten)],
            "text": f"Bewoner meldt overlast in de straat, melding {i}",
            "theme": themes[i % len(themes)],
            "household": f"{i % 50_000:020x}",
            "created_at": old,
            "updated_at": old,
        }
        for i in range(count)
    )
    with transaction.atomic():
        insert_signals(rows)
        table, edits = Signal._meta.db_table, SignalEdit._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {edits} (signal_id, at, action, changes, by_id) "  # noqa: S608
                f"SELECT id, created_at, 'create', '{{}}', NULL FROM {table}"
            )
    ids = list(
        Signal.objects.order_by("pk").values_list("pk", flat=True)[: QUESTIONS * PER_QUESTION]
    )
    kept = 0
    for number in range(QUESTIONS):
        question = CollectiveQuestion.objects.create(
            team=team, neighbourhood_id=buurten[0], theme=themes[0], title=f"Vraag {number}"
        )
        active = number % ACTIVE_SHARE == 0
        if not active:
            CollectiveQuestion.objects.filter(pk=question.pk).update(created_at=old)
        else:
            kept += PER_QUESTION
        question.signals.add(*ids[number * PER_QUESTION : (number + 1) * PER_QUESTION])
    return kept


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signals", type=int, default=1_000_000)
    parser.add_argument("--postgres", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        _setup(Path(folder), args.postgres)
        from django.db import connection

        from wijkverbinder.intake.models import Signal
        from wijkverbinder.privacy.retention import apply_retention

        if args.postgres:  # a database of your own: start without signals
            from wijkverbinder.collective.models import CollectiveQuestion
            from wijkverbinder.intake.models import SignalEdit

            for model in (SignalEdit, CollectiveQuestion.signals.through, Signal):
                model.objects.all()._raw_delete(connection.alias)
        started = time.perf_counter()
        kept = _fill(args.signals)
        print(
            f"{connection.vendor}: {args.signals:,} signalen aangemaakt in {time.perf_counter() - started:.0f} s"
        )
        started = time.perf_counter()
        report = apply_retention(username="benchmark")
        seconds = time.perf_counter() - started
        left = Signal.objects.exclude(text="").count()
        ok = report.counts["signal"] == args.signals - kept and left == kept
        table = Signal._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {table} SET text = 'x', household = 'h'")  # noqa: S608
            started = time.perf_counter()
            cursor.execute(f"UPDATE {table} SET text = '', household = '', lat = NULL, lon = NULL")  # noqa: S608
            baseline = time.perf_counter() - started
        print(
            f"retentie: {report.counts['signal']:,} signalen in {seconds:.1f} s "
            f"({seconds / 60:.2f} min; grens 10 min); {left:,} blijven (verwacht {kept:,}); "
            f"{len(report.tombstones)} anonieme tellingen"
        )
        print(
            f"basis (kale UPDATE zonder controles): {baseline:.1f} s; retentie ×{seconds / baseline:.1f}"
        )
        return 0 if ok and seconds <= 600 else 1


if __name__ == "__main__":
    raise SystemExit(main())
