"""`wijkverbinder retention [--dry-run]`: apply the retention periods now and report.

Run it daily from cron or a systemd timer in production; the embedded default runs it itself
(`serve`, every `RETENTION_INTERVAL_HOURS`). See docs/privacy.md.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser

from wijkverbinder.common.management.base import ProjectCommand
from wijkverbinder.privacy.retention import apply_retention

KINDS = {
    "signal": "signalen (tekst, pseudoniem, huisnummer, punt)",
    "collective_question": "gemeenschappelijke vragen (voorbeeldteksten, notitie)",
    "trajectory": "afgesloten trajecten (alle teksten)",
    "signal_import": "imports (bestandsnaam)",
}


class Command(ProjectCommand):
    help = "Verwijder teksten en pseudoniemen waarvan de bewaartermijn voorbij is."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="alleen tellen wat verwijderd zou worden"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        report = apply_retention(dry_run=options["dry_run"], username="wijkverbinder retention")
        verb = "Zou verwijderen" if report.dry_run else "Verwijderd"
        self.stdout.write(f"{verb} ({report.seconds:.1f} s):")
        for kind, label in KINDS.items():
            self.stdout.write(f"  {report.counts.get(kind, 0):>8}  {label}")
        kept = sum(row["count"] for row in report.tombstones)
        self.stdout.write(f"Anonieme tellingen bewaard voor {kept} signalen.")
