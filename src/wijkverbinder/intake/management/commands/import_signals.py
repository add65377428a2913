"""`wijkverbinder import-signals FILE [--team TEAM] [--user USER] [--skip-invalid] [--report FILE]`.

Formats are recognised automatically (own CSV, Signalen CSV, Open311 JSON). A file with bad rows is
refused whole with a Dutch list of row, column and reason; with `--skip-invalid` the good rows go in
and the rejected rows are written to a report (CSV: row, column, reason). Progress bar on a terminal.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.common.errors import DomainError
from wijkverbinder.intake.imports import ImportRefusedError, import_signals

SHOWN_ERRORS = 50


def _advance(bar: tqdm[Any]) -> Callable[[int], None]:
    def advance(count: int) -> None:
        bar.update(count)

    return advance


class Command(BaseCommand):
    help = "Importeer signalen uit een eigen CSV, een Signalen-CSV-export of Open311-JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--team",
            help="naam of korte naam van het team (nodig als de gebruiker in meer teams zit)",
        )
        parser.add_argument(
            "--user", help="gebruiker op wiens naam de import staat (standaard: de enige beheerder)"
        )
        parser.add_argument(
            "--skip-invalid", action="store_true", help="goede rijen importeren, foute overslaan"
        )
        parser.add_argument(
            "--report",
            type=Path,
            help="bestand voor de afgekeurde rijen (standaard FILE.afgekeurd.csv)",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="processen voor het verwijderen van persoonsgegevens",
        )

    def _user(self, username: str | None, team: Team | None) -> User:
        if username:
            found = User.objects.filter(username=username).first()
            if found is None:
                raise CommandError(f"Gebruiker {username!r} bestaat niet.")
            return found
        candidates = User.objects.filter(memberships__role="admin")
        if team is not None:
            candidates = candidates.filter(memberships__team=team)
        admins = list(candidates.distinct()[:2])
        if len(admins) != 1:
            raise CommandError("Geef met --user aan op wiens naam de import staat.")
        return admins[0]

    def _team(self, name: str | None) -> Team | None:
        if not name:
            return None
        team = Team.objects.filter(name=name).first() or Team.objects.filter(slug=name).first()
        if team is None:
            raise CommandError(f"Team {name!r} bestaat niet.")
        return team

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Kan {path} niet lezen: {exc.strerror}.") from exc
        team = self._team(options["team"])
        user = self._user(options["user"], team)
        bar = tqdm(
            total=None,
            unit=" rijen",
            desc="Persoonsgegevens verwijderen",
            disable=not sys.stderr.isatty(),
        )
        try:
            report = import_signals(
                user=user,
                data=data,
                filename=path.name,
                team=team,
                skip_invalid=options["skip_invalid"],
                workers=options["workers"],
                progress=_advance(bar),
            )
        except ImportRefusedError as exc:
            lines = [exc.message, *[f"  - {line}" for line in exc.details[:SHOWN_ERRORS]]]
            if len(exc.details) > SHOWN_ERRORS:
                lines.append(
                    f"  … en nog {len(exc.details) - SHOWN_ERRORS}. Gebruik --skip-invalid om de goede rijen te importeren."
                )
            raise CommandError("\n".join(lines)) from exc
        except DomainError as exc:
            raise CommandError(exc.message) from exc
        finally:
            bar.close()
        self.stdout.write(
            self.style.SUCCESS(
                f"Ingelezen ({report.format}): {report.created} nieuwe signalen, {report.duplicates} al aanwezig, "
                f"{len(report.rejected)} rijen afgekeurd."
            )
        )
        if report.rejected:
            target = options["report"] or path.with_name(path.name + ".afgekeurd.csv")
            with target.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["rij", "kolom", "reden"])
                writer.writerows([e.row, e.column, e.reason] for e in report.rejected)
            self.stdout.write(f"Afgekeurde rijen staan in {target}.")
