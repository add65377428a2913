"""`wijkverbinder effect TRAJECT_ID --user USER [--moment start|eerste_bijeenkomst|overdracht] [--json]`.

The measured effect of one trajectory of the user's teams (issue 15). Another team's or an unknown
id is refused like a page would (it does not exist for this user); bad input exits with status 2
and a Dutch message, and nothing is changed.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import CommandParser

from wijkverbinder.accounts.models import User
from wijkverbinder.common.audit import log_access
from wijkverbinder.common.errors import DomainError, NotFoundError
from wijkverbinder.common.management.base import ProjectCommand, refusal
from wijkverbinder.trajectories import effect, selectors
from wijkverbinder.trajectories.history import OBJECT_TYPE


class Command(ProjectCommand):
    help = "Het gemeten effect van een traject: meldingen voor en na een moment, met interval."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("traject", help="de id (uuid) van het traject")
        parser.add_argument(
            "--user", required=True, help="gebruiker; alleen trajecten van haar teams"
        )
        parser.add_argument(
            "--moment",
            choices=effect.MOMENTS,
            default="",
            help="meten vanaf dit moment (standaard: het laatste dat er was)",
        )
        parser.add_argument("--json", action="store_true", help="als JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(username=options["user"], is_active=True).first()
        if user is None:
            raise refusal(f"Gebruiker {options['user']!r} bestaat niet.")
        try:
            trajectory = selectors.get_trajectory_for_user(user=user, public_id=options["traject"])
            result = effect.measure_effect(trajectory=trajectory, moment=options["moment"])
        except NotFoundError as exc:
            log_access(
                user=user,
                action="view",
                object_type=OBJECT_TYPE,
                result="not_found",
                channel="cli",
            )
            raise refusal(exc.message) from exc
        except DomainError as exc:
            raise refusal(exc.message) from exc
        log_access(
            user=user,
            action="view",
            object_type=OBJECT_TYPE,
            object_id=trajectory.uuid,
            channel="cli",
        )
        if options["json"]:
            document = effect.effect_document(trajectory, result)
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
            return
        place = effect.place_of(trajectory)
        self.stdout.write(f"{trajectory.title} ({place.level} {place.name})")
        self.stdout.write(
            f"Gemeten vanaf de {effect.MOMENT_LABELS[result.moment_kind]} ({result.moment:%d-%m-%Y})"
        )
        self.stdout.write(result.wording)
        if result.ratio is not None and result.low is not None and result.high is not None:
            ratio, low, high = (
                f"{v:.2f}".replace(".", ",") for v in (result.ratio, result.low, result.high)
            )
            self.stdout.write(
                f"Verhouding na/voor t.o.v. vergelijkbare plekken: {ratio} "
                f"(90 %-interval {low}–{high})"
            )
        self.stdout.write(
            f"Meldingen op de plek: {result.signals_before} in {result.weeks_before} weken ervoor, "
            f"{result.signals_after} in {result.weeks_after} weken erna; "
            f"{result.comparison_places} vergelijkbare plekken."
        )
