"""`wijkverbinder detect-questions [--team TEAM]`: detect collective questions now.

Runs detection in this process for one team (name or short name) or for every team with signals,
and prints what changed per team. Each run holds the team's detection lock (`tasks.detect_now`), so
it waits for a run of a worker or another command for the same team and never runs beside it.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.db.models import Q

from wijkverbinder.accounts.models import Team
from wijkverbinder.collective.tasks import detect_now
from wijkverbinder.common.management.base import ProjectCommand, refusal


class Command(ProjectCommand):
    help = "Zoek gemeenschappelijke vragen in de signalen van een team (of van alle teams)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--team", help="naam of korte naam van het team (standaard: alle teams)"
        )
        parser.add_argument("--seed", type=int, default=0, help="startwaarde voor herhaalbaarheid")

    def handle(self, *args: Any, **options: Any) -> None:
        name = options["team"]
        if name:
            teams = list(Team.objects.filter(Q(name=name) | Q(slug=name)))
            if not teams:
                raise refusal(f"Team {name!r} bestaat niet.")
        else:
            teams = list(Team.objects.filter(signals__isnull=False).distinct().order_by("name"))
        for team in teams:
            summary = detect_now(team, trigger="command", seed=options["seed"])
            if summary is None:  # not reached: detect_now waits for the lock
                raise CommandError(f"Detectie voor {team.name} loopt al.")
            self.stdout.write(
                f"{team.name}: {summary.found} vragen gevonden, {summary.created} nieuw, "
                f"{summary.updated} bijgewerkt, {summary.stale} niet meer gevonden, "
                f"{summary.reopened} heropend."
            )
