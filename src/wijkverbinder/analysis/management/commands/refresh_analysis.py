"""`wijkverbinder refresh-analysis [--team SLUG]`: rebuild the wijkanalyse's weekly counts and
compute its suppressed tables (which the background task otherwise keeps after writes)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser

from wijkverbinder.accounts.models import Team
from wijkverbinder.analysis.counts import rebuild
from wijkverbinder.analysis.tables import refresh_all
from wijkverbinder.common.management.base import ProjectCommand, refusal


class Command(ProjectCommand):
    help = (
        "De weektellingen van de wijkanalyse opnieuw opbouwen uit de signalen en de tabellen "
        "met verborgen kleine aantallen opnieuw berekenen (beide worden ook na elk signaal en "
        "elke import bijgewerkt)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--team", default="", help="alleen dit team (korte naam)")

    def handle(self, *args: Any, **options: Any) -> None:
        teams = None
        if options["team"]:
            teams = list(Team.objects.filter(slug=options["team"]))
            if not teams:
                raise refusal(f"Team {options['team']!r} bestaat niet.")
        rows = rebuild(teams=teams)
        made = refresh_all(teams=teams)
        self.stdout.write(f"Wijkanalyse bijgewerkt: {rows} weektellingen, {made} tabellen.")
