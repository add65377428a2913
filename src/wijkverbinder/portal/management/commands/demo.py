"""`wijkverbinder demo`: load the fictional demo municipality Verbindendam (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser
from django.utils import translation

from wijkverbinder.accounts.models import Membership
from wijkverbinder.common.management.base import ProjectCommand, refusal
from wijkverbinder.portal.demo import cast, scale
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


class Command(ProjectCommand):
    help = "Laad de fictieve demogemeente Verbindendam met wijk W, teams en persona's."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--no-signals", action="store_true", help="alleen gebieden, teams en gebruikers"
        )
        parser.add_argument(
            "--scale",
            action="store_true",
            help=(
                "in plaats van de demo: meetgemeente Schaalstad (250.000 inwoners, 50 teams, "
                "1 miljoen signalen over 3 jaar), voor belastingstests op PostgreSQL"
            ),
        )
        parser.add_argument(
            "--signals",
            type=int,
            default=scale.SIGNALS,
            metavar="N",
            help="met --scale: aantal signalen (standaard %(default)s)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["scale"]:
            self._scale(options["signals"])
            return
        report = build_demo(with_signals=not options["no_signals"])
        if report.created:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demogemeente {cast.MUNICIPALITY_NAME} geladen: {report.neighbourhoods} buurten, "
                    f"{report.users} gebruikers, {report.signals} signalen, "
                    f"{report.trajectories} traject in stap 3 (bewoners verbinden) en "
                    f"{report.handed_over} overgedragen traject."
                )
            )
        else:
            self.stdout.write(
                f"Demogemeente {cast.MUNICIPALITY_NAME} was al geladen; niets veranderd."
            )
        self.stdout.write("\n".join(login_lines()))

    def _scale(self, signals: int) -> None:
        if signals < 1:
            raise refusal("--signals moet minstens 1 zijn.")
        if scale.exists():
            self.stdout.write(f"{scale.MUNICIPALITY_NAME} was al geladen; niets veranderd.")
            return
        report = scale.build_scale(signals=signals, progress=self.stdout.write)
        self.stdout.write(
            self.style.SUCCESS(
                f"{scale.MUNICIPALITY_NAME} geladen in {report.seconds} s: {report.teams} teams, "
                f"{report.neighbourhoods} buurten, {report.streets} straten, {report.signals} "
                f"signalen, {report.questions} vragen, {report.trajectories} trajecten."
            )
        )
        self.stdout.write(
            f"Inloggen: schaal01 … schaal{report.teams:02d} (coördinatoren), "
            f"wachtwoord {scale.PASSWORD}"
        )
