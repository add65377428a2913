"""`wijkverbinder import-signals FILE [FILE …] [--team TEAM] [--user USER] [--skip-invalid]
[--report FILE] [--mapping NAME] [--detect]`.

Formats are recognised from the content (`docs/intake.md`); several files are the tables of one
Signalen datawarehouse export. A file with bad rows is refused whole with a Dutch list of row,
column and reason; with `--skip-invalid` the good rows go in and every error is written to a
report (CSV: bestand, rij, kolom, reden). The command returns as soon as the signals are stored:
detection of collective questions is queued (run by `serve` or `db_worker`), or run here with
`--detect`. Progress bar on a terminal.
"""

from __future__ import annotations

import contextlib
import csv
import sys
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import CommandParser
from tqdm import tqdm

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.common.errors import DomainError
from wijkverbinder.common.management.base import ProjectCommand, refusal, unreadable
from wijkverbinder.common.task_worker import uses_database_queue
from wijkverbinder.intake import hooks
from wijkverbinder.intake.imports import ImportRefusedError, ImportReport, import_signals
from wijkverbinder.intake.services import team_for

SHOWN_ERRORS = 50


class _Bar:
    """Adapts the import's progress (stage, done, total) to a tqdm bar of the redaction."""

    def __init__(self) -> None:
        self.bar = tqdm(
            total=None,
            unit=" rijen",
            desc="Persoonsgegevens verwijderen",
            disable=not sys.stderr.isatty(),
        )

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != "redacting":
            return
        if self.bar.total != total:
            self.bar.reset(total=total)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        self.bar.close()


class Command(ProjectCommand):
    help = (
        "Importeer signalen: eigen CSV, Signalen (datawarehouse-ZIP of de tabellen samen, TDO, "
        "gekoppelde CSV, API-JSON) of Open311 (JSON of XML)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", type=Path, nargs="+", metavar="FILE")
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
        parser.add_argument(
            "--mapping", default="", help="Open311-koppeling (naam); standaard gekozen op de codes"
        )
        parser.add_argument(
            "--detect",
            action="store_true",
            help="gemeenschappelijke vragen nu zoeken, in plaats van via de wachtrij",
        )

    def _user(self, username: str | None, team: Team | None) -> User:
        if username:
            found = User.objects.filter(username=username).first()
            if found is None:
                raise refusal(f"Gebruiker {username!r} bestaat niet.")
            return found
        candidates = User.objects.filter(memberships__role="admin")
        if team is not None:
            candidates = candidates.filter(memberships__team=team)
        admins = list(candidates.distinct()[:2])
        if len(admins) != 1:
            raise refusal("Geef met --user aan op wiens naam de import staat.")
        return admins[0]

    def _team(self, name: str | None) -> Team | None:
        if not name:
            return None
        team = Team.objects.filter(name=name).first() or Team.objects.filter(slug=name).first()
        if team is None:
            raise refusal(f"Team {name!r} bestaat niet.")
        return team

    def _read(self, paths: list[Path]) -> list[tuple[str, bytes]]:
        files = []
        for path in paths:
            try:
                files.append((path.name, path.read_bytes()))
            except OSError as exc:
                raise unreadable(path, exc) from exc
        return files

    def handle(self, *args: Any, **options: Any) -> None:
        paths: list[Path] = options["files"]
        files = self._read(paths)
        team = self._team(options["team"])
        user = self._user(options["user"], team)
        bar = _Bar()
        try:
            with hooks.paused() if options["detect"] else contextlib.nullcontext():
                report = import_signals(
                    user=user,
                    files=files,
                    team=team,
                    skip_invalid=options["skip_invalid"],
                    workers=options["workers"],
                    mapping=options["mapping"],
                    progress=bar,
                )
        except ImportRefusedError as exc:
            raise refusal(_refusal(exc)) from exc
        except DomainError as exc:
            raise refusal(exc.message) from exc
        finally:
            bar.close()
        self._tell(report, paths[0], options, team_for(user=user, team=team))

    def _tell(self, report: ImportReport, path: Path, options: dict[str, Any], team: Team) -> None:
        for note in report.notes:
            self.stdout.write(f"  ({note})")
        self.stdout.write(self.style.SUCCESS(report.describe()))
        if report.rejected:
            target = options["report"] or path.with_name(path.name + ".afgekeurd.csv")
            with target.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["bestand", "rij", "kolom", "reden"])
                writer.writerows([e.file, e.row, e.column, e.reason] for e in report.rejected)
            self.stdout.write(f"Afgekeurde rijen staan in {target}.")
        if not report.created:
            return
        if options["detect"]:
            call_command("detect_questions", team=team.slug, stdout=self.stdout)
        elif uses_database_queue():
            self.stdout.write(
                "Het zoeken naar gemeenschappelijke vragen staat in de wachtrij: wijkverbinder "
                "serve (of db_worker) voert het uit. Nu meteen: gebruik --detect."
            )


def _refusal(exc: ImportRefusedError) -> str:
    lines = [exc.message, *[f"  - {line}" for line in exc.details[:SHOWN_ERRORS]]]
    if len(exc.details) > SHOWN_ERRORS:
        lines.append(f"  … en nog {len(exc.details) - SHOWN_ERRORS}.")
    if exc.skippable:
        lines.append("Gebruik --skip-invalid om de goede rijen te importeren.")
    return "\n".join(lines)
