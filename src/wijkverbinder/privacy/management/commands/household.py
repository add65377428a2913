"""`wijkverbinder household (--postcode P --house-number N | --pseudonym X) (--export FILE | --erase [--dry-run])`.

A resident's request by household: write what is stored to FILE (`.json` or `.pdf`), or erase it
with a report. For the privacy officer; written to the access log under `--user`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import CommandParser
from django.template.loader import render_to_string

from wijkverbinder.accounts.models import User
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.management.base import ProjectCommand, refusal
from wijkverbinder.diagnosis.pdf import render_pdf
from wijkverbinder.privacy import households


class Command(ProjectCommand):
    help = "Inzage in of wissen van alle gegevens van één huishouden (verzoek van een bewoner)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--postcode", default="", help="postcode van het huishouden (alleen om het te vinden)"
        )
        parser.add_argument("--house-number", default="", help="huisnummer, met --postcode")
        parser.add_argument("--pseudonym", default="", help="of: het pseudoniem van het huishouden")
        parser.add_argument(
            "--user", required=True, help="de functionaris die het verzoek afhandelt"
        )
        parser.add_argument("--export", type=Path, help="bestand .json of .pdf voor de inzage")
        parser.add_argument(
            "--erase", action="store_true", help="alle signalen van het huishouden wissen"
        )
        parser.add_argument("--dry-run", action="store_true", help="bij --erase: alleen tellen")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["user"]).first()
        if user is None:
            raise refusal(f"Gebruiker {options['user']!r} bestaat niet.")
        try:
            pseudonym = households.pseudonym_for(
                household=f"{options['postcode']} {options['house_number']}".strip(),
                pseudonym=options["pseudonym"],
            )
        except DomainError as exc:
            raise refusal(exc.message) from exc
        if options["erase"]:
            report = households.erase_household(
                user=user, pseudonym=pseudonym, dry_run=options["dry_run"]
            )
            verb = "Zou wissen" if report.dry_run else "Gewist"
            self.stdout.write(
                f"{verb}: {report.signals} signalen, {report.edits} regels geschiedenis; "
                f"{report.questions} gemeenschappelijke vragen opnieuw bepaald; "
                f"teams: {', '.join(report.teams) or '—'}."
            )
            return
        if options["export"] is None:
            raise refusal("Geef --export BESTAND (.json of .pdf) of --erase.")
        export = households.export_household(user=user, pseudonym=pseudonym)
        target: Path = options["export"]
        if target.suffix.lower() == ".pdf":
            target.write_bytes(
                render_pdf(render_to_string("privacy/household_pdf.html", {"export": export}))
            )
        else:
            target.write_text(json.dumps(export, ensure_ascii=False, indent=2), encoding="utf-8")
        self.stdout.write(f"{len(export['signalen'])} signalen geschreven naar {target}.")
