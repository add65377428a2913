"""`wijkverbinder import-areas FILE.geojson [--year YEAR]`: import area GeoJSON (CBS, PDOK, own file).

Property variants and the year are described in `core.areas_geojson`; the message names the year's
origin and what happened to population figures.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandParser

from wijkverbinder.areas.services import import_areas
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.management.base import ProjectCommand, refusal, unreadable


class Command(ProjectCommand):
    help = (
        "Importeer gemeenten, wijken of buurten uit GeoJSON (CBS Wijk- en Buurtkaart, PDOK, of een "
        "eigen gebiedenbestand met cbsCode)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="GeoJSON FeatureCollection (WGS84)")
        parser.add_argument(
            "--year",
            type=int,
            default=None,
            help="grensjaar, als de gebieden zelf geen 'jaar' hebben (gaat voor een jaar in de "
            "naam of metadata van het bestand)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise unreadable(path, exc) from exc
        try:
            report = import_areas(data=data, default_year=options["year"])
        except DomainError as exc:
            lines = [exc.message, *[f"  - {d}" for d in exc.details[:50]]]
            if len(exc.details) > 50:
                lines.append(f"  … en nog {len(exc.details) - 50}")
            raise refusal("\n".join(lines)) from exc
        self.stdout.write(self.style.SUCCESS(report.describe()))
