"""What detection reads from the database: a team's live signals as `SignalRecord`s, and the few
facts per signal the app needs to describe a question (household, date, street, role).

A theme the team confirmed or a file supplied is given to detection as fixed; a theme that was only
suggested is left open, so detection uses the team's current classifier (`intake.themes`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from wijkverbinder.accounts.models import Team
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.intake.models import Signal

FIELDS = (
    "id",
    "observed_on",
    "text",
    "neighbourhood_id",
    "neighbourhood__code",
    "neighbourhood__name",
    "street_id",
    "street__name",
    "lat",
    "lon",
    "role",
    "household",
    "theme",
    "theme_origin",
    "source",
)


@dataclass(frozen=True, slots=True)
class SignalFacts:
    """Per signal: what the app needs to count households and describe a question."""

    household: str
    observed_on: date
    neighbourhood_id: int
    neighbourhood_name: str
    street_id: int | None
    street: str
    role: str


@dataclass(frozen=True)
class TeamSignals:
    """The records for detection and the facts by signal id."""

    records: list[SignalRecord]
    facts: dict[int, SignalFacts]
    neighbourhood_ids: dict[str, int]  # buurt code → id


def _record(row: dict[str, Any]) -> SignalRecord:
    fixed = row["theme"] and row["theme_origin"] != Signal.ThemeOrigin.SUGGESTED
    return SignalRecord(
        id=str(row["id"]),
        date=row["observed_on"],
        text=row["text"],
        neighbourhood=row["neighbourhood__code"],
        street=row["street__name"],
        lat=row["lat"],
        lon=row["lon"],
        role=row["role"] or None,
        household=row["household"] or None,
        theme=row["theme"] if fixed else None,
        source=row["source"] or None,
    )


def team_signals(team: Team) -> TeamSignals:
    """The team's live (not deleted) signals, oldest first."""
    rows = (
        Signal.objects.filter(team=team, deleted_at__isnull=True)
        .order_by("observed_on", "id")
        .values(*FIELDS)
    )
    records, facts, codes = [], {}, {}
    for row in rows.iterator(chunk_size=5000):
        records.append(_record(row))
        facts[row["id"]] = _facts(row)
        codes[row["neighbourhood__code"]] = row["neighbourhood_id"]
    return TeamSignals(records, facts, codes)


def _facts(row: dict[str, Any]) -> SignalFacts:
    return SignalFacts(
        household=row["household"] or "",
        observed_on=row["observed_on"],
        neighbourhood_id=row["neighbourhood_id"],
        neighbourhood_name=row["neighbourhood__name"],
        street_id=row["street_id"],
        street=row["street__name"] or "",
        role=row["role"] or "",
    )


def facts_of(signal_ids: Iterable[int]) -> dict[int, SignalFacts]:
    """Facts of some signals (live ones only), for decisions outside a detection run."""
    rows = Signal.objects.filter(pk__in=list(signal_ids), deleted_at__isnull=True).values(*FIELDS)
    return {row["id"]: _facts(row) for row in rows}


def numbers(facts: Iterable[SignalFacts]) -> dict[str, Any]:
    """Households (repeat reports of one household count once; none given counts as its own),
    signal count, period, streets (most signals first), signals per role and sides present."""
    items = list(facts)
    named = {f.household for f in items if f.household}
    roles = Counter(f.role for f in items if f.role)
    streets = Counter(f.street for f in items if f.street)
    return {
        "households": len(named) + sum(1 for f in items if not f.household),
        "households_known": all(f.household for f in items),
        "signal_count": len(items),
        "start": min((f.observed_on for f in items), default=None),
        "end": max((f.observed_on for f in items), default=None),
        "streets": [name for name, _ in sorted(streets.items(), key=lambda s: (-s[1], s[0]))],
        "role_counts": dict(sorted(roles.items())),
        "sides": [side for side in ("affected", "causing") if roles.get(side)],
    }
