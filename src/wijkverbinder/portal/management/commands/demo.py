"""`wijkverbinder demo`: load the fictional demo municipality Verbindendam (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import translation

from wijkverbinder.accounts.models import Membership
from wijkverbinder.portal.demo import cast
from wijkverbinder.portal.demo.build import build_demo


def login_lines() -> list[str]:
    """The demo log-ins, one line each, with the role in Dutch ('coördinator')."""
    with translation.override("nl"):
        roles = {value: str(label) for value, label in Membership.Role.choices}
    return [
        f"  {p.username:<8} {p.first_name} {p.last_name} – {p.profession} "
        f"({p.team}, {roles.get(p.role, p.role)})"
        for p in cast.PERSONAS
    ] + [f"  wachtwoord voor alle demo-accounts: {cast.DEMO_PASSWORD}"]


class Command(BaseCommand):
    help = "Laad de fictieve demogemeente Verbindendam met wijk W, teams en persona's."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--no-signals", action="store_true", help="alleen gebieden, teams en gebruikers"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        report = build_demo(with_signals=not options["no_signals"])
        if report.created:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demogemeente {cast.MUNICIPALITY_NAME} geladen: {report.neighbourhoods} buurten, "
                    f"{report.users} gebruikers, {report.signals} signalen, "
                    f"{report.trajectories} traject in stap 3 (bewoners verbinden)."
                )
            )
        else:
            self.stdout.write(
                f"Demogemeente {cast.MUNICIPALITY_NAME} was al geladen; niets veranderd."
            )
        self.stdout.write("\n".join(login_lines()))
