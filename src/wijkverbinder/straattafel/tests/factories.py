"""Test data of `straattafel`: a straattafel of Wijkteam W in Rozenhof, with statements and votes."""

from __future__ import annotations

import datetime as dt
import random

from django.utils import timezone

from wijkverbinder.accounts.models import User
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.straattafel import participation, services
from wijkverbinder.straattafel.models import Straattafel
from wijkverbinder.trajectories.models import Trajectory

ROZENHOF = "BU99010102"
STATEMENTS = (
    "Na elf uur 's avonds moet het stil zijn in de straat.",
    "Jongeren moeten een eigen plek in de buurt hebben.",
    "Ik spreek mijn buren zelf aan als iets mij stoort.",
    "De gemeente moet vaker handhaven.",
    "Een buurtfeest brengt ons dichter bij elkaar.",
    "De speeltuin is goed onderhouden.",
    "Ik voel me veilig in de straat.",
    "Ik woon hier langer dan 10 jaar.",
)


def joost() -> User:
    return User.objects.get(username="joost")


def straattafel(
    *, trajectory: Trajectory | None = None, moderated: bool = True, **extra: object
) -> Straattafel:
    """An open straattafel (from an hour ago for two weeks) with the eight statements above."""
    now = timezone.now()
    extra.setdefault("opens_at", now - dt.timedelta(hours=1))
    extra.setdefault("closes_at", now + dt.timedelta(days=14))
    item = services.create_straattafel(
        user=joost(),
        neighbourhood=Neighbourhood.objects.filter(code=ROZENHOF).order_by("-year").first(),  # type: ignore[arg-type]
        title="Samen leven in de Kastanjelaan",
        question="Wat maakt wonen in de Kastanjelaan prettiger?",
        moderated=moderated,
        trajectory=trajectory,
        **extra,  # type: ignore[arg-type]
    )
    for index, text in enumerate(STATEMENTS):
        services.add_statement(user=joost(), straattafel=item, text=text, is_meta=index == 7)
    return item


def residents_vote(item: Straattafel, *, count: int = 24, seed: int = 1) -> list[str]:
    """`count` residents in two camps vote on every statement; returns their keys."""
    rng = random.Random(seed)
    keys = []
    for person in range(count):
        camp = person % 2
        key = None
        for number in range(len(STATEMENTS)):
            stance = (1 if number in (0, 3) else -1) if camp else (-1 if number in (0, 3) else 1)
            if number in (4, 6):
                stance = 1  # what binds: everybody agrees
            if rng.random() < 0.1:
                stance = 0
            cast = participation.cast_vote(
                straattafel=item,
                key=key,
                address=f"10.0.{person // 50}.{person}",
                statement_number=number,
                value=stance,
            )
            key = key or cast.new_key
        assert key is not None
        keys.append(key)
    return keys
