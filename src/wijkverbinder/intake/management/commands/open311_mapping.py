"""`wijkverbinder open311-mapping FEED --name NAME [--output FILE]`: start a mapping file.

Reads the services named in an Open311 feed (`requests.json`/`.xml`, or the server's
`services.json`/`.xml`) and writes a mapping file with each service code and name and the theme
wijkverbinder would give it now (from an existing mapping or Signalen's categories; empty: the
classifier decides). Edit the themes and put the file in the folder of `OPEN311_MAPPINGS_DIR`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import CommandParser

from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.management.base import ProjectCommand, refusal, unreadable
from wijkverbinder.core.intake_formats.open311 import Open311XmlError, services_in
from wijkverbinder.core.intake_formats.service_mapping import template
from wijkverbinder.core.intake_formats.text_input import decode
from wijkverbinder.core.numbers import counted
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.intake.imports import service_mappings


class Command(ProjectCommand):
    help = "Maak een Open311-koppeling (dienst → thema) uit een Open311-bestand, om aan te vullen."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("feed", type=Path, help="requests.json/.xml of services.json/.xml")
        parser.add_argument("--name", required=True, help="naam van de bron, bijv. utrecht")
        parser.add_argument(
            "--output", type=Path, help="doelbestand (standaard OPEN311_MAPPINGS_DIR/NAME.yaml)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,39}", options["name"]):
            raise refusal("Gebruik voor --name alleen kleine letters, cijfers, - en _.")
        try:
            decoded = decode(options["feed"].read_bytes())
        except OSError as exc:
            raise unreadable(options["feed"], exc) from exc
        if decoded is None:
            raise refusal("Het bestand is geen tekst (JSON of XML).")
        try:
            services = services_in(decoded.text)
            mappings = service_mappings()
        except (Open311XmlError, json.JSONDecodeError) as exc:
            raise refusal(f"Geen Open311-bestand: {exc}") from exc
        except DomainError as exc:
            raise refusal(exc.message) from exc
        if not services:
            raise refusal("Geen diensten (service_code of service_name) in het bestand.")
        taxonomy = load_taxonomy()
        chosen = mappings.choose((c for c, _ in services), (n for _, n in services))
        rows = []
        for code, name in services:
            known = chosen.lookup(code, name) if chosen else None
            signalen = taxonomy.find_signalen(name) or taxonomy.find_signalen(code)
            rows.append((code, name, known if known is not None else (signalen or "")))
        target = (
            options["output"] or Path(settings.OPEN311_MAPPINGS_DIR) / f"{options['name']}.yaml"
        )
        if target.exists():
            raise refusal(f"{target} bestaat al; kies met --output een ander bestand.")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(template(options["name"], rows), encoding="utf-8")
        self.stdout.write(
            self.style.SUCCESS(
                f"{counted(len(rows), 'dienst', 'diensten')} geschreven naar {target}; "
                "vul de thema's aan."
            )
        )
