"""`wijkverbinder import-addresses FILE.csv`: the address table for placing signals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from wijkverbinder.areas.services import import_addresses
from wijkverbinder.common.errors import DomainError


class Command(BaseCommand):
    help = (
        "Importeer adressen (postcode + huisnummer → straat en buurt): eigen CSV "
        "(postcode,huisnummer,toevoeging,straat,buurtcode[,lat,lon]) of BAG-adressen van NLExtract."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            report = import_addresses(data=path.read_bytes())
        except OSError as exc:
            raise CommandError(f"Kan {path} niet lezen: {exc.strerror}.") from exc
        except DomainError as exc:
            shown = [f"  - {d}" for d in exc.details[:50]]
            more = [f"  … en nog {len(exc.details) - 50}"] if len(exc.details) > 50 else []
            raise CommandError("\n".join([exc.message, *shown, *more])) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Adressen ingelezen ({report.format}): {report.created} nieuw, {report.updated} bijgewerkt."
            )
        )
