"""Test helpers of the wijkanalyse: many signals of Wijkteam W at once, straight into the table
(fast), with the weekly counts rebuilt afterwards."""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone

from wijkverbinder.accounts.models import Team
from wijkverbinder.analysis.counts import rebuild
from wijkverbinder.analysis.tables import refresh_all
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.intake.models import Signal

MARKER = "ZZTEKSTW"


def recent(weeks_ago: int = 2) -> date:
    """A Wednesday `weeks_ago` complete weeks back (inside the last 12 weeks for 1–11)."""
    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday())
    return monday - timedelta(weeks=weeks_ago) + timedelta(days=2)


def add_signals(
    buurt: str,
    *,
    households: int,
    per_household: int = 1,
    theme: str = "overlast.geluid",
    weeks_ago: int = 2,
    team: str = "Wijkteam W",
    prefix: str = "hh",
) -> None:
    """`households` households each giving `per_household` signals in `buurt`."""
    owner = Team.objects.get(name=team)
    place = Neighbourhood.objects.get(code=buurt)
    Signal.objects.bulk_create(
        Signal(
            team=owner,
            neighbourhood=place,
            observed_on=recent(weeks_ago + (n % 3)),
            theme=theme,
            text=f"{MARKER} geluid",
            household=f"{prefix}-{buurt}-{h}",
        )
        for h in range(households)
        for n in range(per_household)
    )


def rebuilt() -> None:
    """Rebuild the weekly counts and the suppressed tables (the helpers above bypass the services
    and their hooks), as `wijkverbinder refresh-analysis` does."""
    rebuild()
    refresh_all()
