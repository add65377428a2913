"""`wijkverbinder rapport AREA_CODE --pdf FILE [--csv FILE] [--trends-csv FILE] [--team SLUG]
[--periode P] [--thema T]`: the wijkrapportage of a gemeente, wijk or buurt as PDF, and its
aggregated tables as CSV. Errors are Dutch and end with exit status 2; nothing is written then."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandParser
from django.utils import translation

from wijkverbinder.analysis import exports, presentation, tables
from wijkverbinder.analysis.scope import teams_in_area
from wijkverbinder.analysis.selectors import (
    PERIODS,
    Filters,
    theme_problem,
    wijkanalyse_for_teams,
)
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.common.management.base import ProjectCommand, refusal
from wijkverbinder.diagnosis.pdf import render_pdf


class Command(ProjectCommand):
    help = "De wijkrapportage van een gemeente, wijk of buurt als PDF (en de tabellen als CSV)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("area_code", metavar="GEBIEDSCODE", help="CBS-code: GM…, WK… of BU…")
        parser.add_argument("--pdf", type=Path, required=True, help="het PDF-bestand")
        parser.add_argument("--csv", type=Path, help="de tabel per buurt als CSV")
        parser.add_argument("--trends-csv", type=Path, help="de trends per thema als CSV")
        parser.add_argument("--team", default="", help="het team (korte naam), als er meer zijn")
        parser.add_argument("--periode", default="12-weken", choices=list(PERIODS))
        parser.add_argument("--thema", default="", help="hoofdthema of thema (leeg: alle)")

    def handle(self, *args: Any, **options: Any) -> None:
        translation.activate("nl")
        if theme_problem(options["thema"]):
            raise refusal(theme_problem(options["thema"]))
        filters = Filters(options["periode"], options["thema"])
        teams = self._teams(options["area_code"], options["team"])
        tables.refresh_all(teams=teams)  # a report is never older than the counts
        try:
            found = wijkanalyse_for_teams(teams=teams, code=options["area_code"], filters=filters)
        except NotFoundError as exc:
            raise refusal(f"Gebied {options['area_code']!r}: {exc.message}") from exc
        for target in (options["pdf"], options["csv"], options["trends_csv"]):
            if target is not None and not target.parent.is_dir():
                raise refusal(f"De map van {str(target)!r} bestaat niet.")
        options["pdf"].write_bytes(render_pdf(presentation.report_html(found, for_pdf=True)))
        written = [str(options["pdf"])]
        if options["csv"] is not None:
            options["csv"].write_text(exports.map_csv(found), encoding="utf-8")
            written.append(str(options["csv"]))
        if options["trends_csv"] is not None:
            options["trends_csv"].write_text(exports.trends_csv(found), encoding="utf-8")
            written.append(str(options["trends_csv"]))
        self.stdout.write(f"Wijkrapportage {found.area.name} geschreven: {', '.join(written)}.")

    def _teams(self, code: str, slug: str) -> Any:
        try:
            return teams_in_area(code=code, slug=slug)
        except DomainError as exc:
            raise refusal(exc.message) from exc
