"""`wijkverbinder import-addresses FILE [--skip-invalid] [--report FILE]`: the address table.

Our own CSV (`postcode,huisnummer,toevoeging,straat,buurtcode[,lat,lon]`) or NLExtract's BAG exports
(`bagadres`, `bagadres-full`, `bagadresplus`). A file with bad rows is refused whole; with
`--skip-invalid` the good rows go in and the bad ones are written to a report (CSV: rij, reden).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from django.core.management.base import CommandParser

from wijkverbinder.areas.address_services import import_addresses
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.management.base import ProjectCommand, refusal, unreadable

SHOWN = 50


class Command(ProjectCommand):
    help = (
        "Importeer adressen (postcode + huisnummer → straat en buurt): eigen CSV "
        "(postcode,huisnummer,toevoeging,straat,buurtcode[,lat,lon]) of BAG-adressen van NLExtract "
        "(bagadres, bagadres-full, bagadresplus)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--skip-invalid", action="store_true", help="goede rijen importeren, foute overslaan"
        )
        parser.add_argument(
            "--report",
            type=Path,
            help="bestand voor de afgekeurde rijen (standaard FILE.afgekeurd.csv)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise unreadable(path, exc) from exc
        try:
            report = import_addresses(data=data, skip_invalid=options["skip_invalid"])
        except DomainError as exc:
            # a refusal of the whole file (wrong columns, not text) is named once, and skipping
            # rows would not help it; refused rows are listed, with the way past them
            details = [d for d in exc.details if d not in exc.message]
            shown = [f"  - {d}" for d in details[:SHOWN]]
            more = [f"  … en nog {len(details) - SHOWN}"] if len(details) > SHOWN else []
            rows_refused = any(d.startswith("rij ") for d in details)
            hint = (
                ["Gebruik --skip-invalid om de goede rijen te importeren."] if rows_refused else []
            )
            raise refusal("\n".join([exc.message, *shown, *more, *hint])) from exc
        for note in report.notes:
            self.stdout.write(f"  ({note})")
        self.stdout.write(self.style.SUCCESS(report.describe()))
        if report.rejected:
            target = options["report"] or path.with_name(path.name + ".afgekeurd.csv")
            with target.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["rij", "reden"])
                writer.writerows(report.rejected)
            self.stdout.write(f"Afgekeurde rijen staan in {target}.")
