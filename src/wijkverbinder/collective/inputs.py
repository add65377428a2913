"""What detection reads from the database: a team's live signals as `SignalRecord`s, and the few
facts per signal the app needs to describe a question (household, date, street, role).

A theme the team confirmed or a file supplied is given to detection as fixed; a theme that was only
suggested is left open, so detection uses the team's current classifier (`intake.themes`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from wijkverbinder.accounts.models import Team
from wijkverbinder.areas.models import Neighbourhood, Street
from wijkverbinder.core.records import SignalRecord
from wijkverbinder.intake.models import Signal

_OWN = (
    "id",
    "observed_on",
    "text",
    "neighbourhood_id",
    "street_id",
    "lat",
    "lon",
    "role",
    "household",
    "theme",
    "theme_origin",
    "source",
)
_BUURT, _STREET = _OWN.index("neighbourhood_id"), _OWN.index("street_id")


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


class _Facts(Mapping[int, SignalFacts]):
    """Facts by signal id, made from the loaded rows only when asked (a run needs them for the few
    signals in questions, not for all of a large team's)."""

    def __init__(
        self,
        rows: dict[int, tuple[Any, ...]],
        buurten: dict[int, tuple[str, str]],
        streets: dict[int, str],
    ) -> None:
        self._rows, self._buurten, self._streets = rows, buurten, streets

    def __getitem__(self, key: int) -> SignalFacts:
        row = dict(zip(_OWN, self._rows[key], strict=True))
        street_id = row["street_id"]
        return SignalFacts(
            household=row["household"] or "",
            observed_on=row["observed_on"],
            neighbourhood_id=row["neighbourhood_id"],
            neighbourhood_name=self._buurten[row["neighbourhood_id"]][1],
            street_id=street_id,
            street=self._streets.get(street_id, "") if street_id is not None else "",
            role=row["role"] or "",
        )

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[int]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@dataclass(frozen=True)
class TeamSignals:
    """The records for detection and the facts by signal id."""

    records: list[SignalRecord]
    facts: Mapping[int, SignalFacts]
    neighbourhood_ids: dict[str, int]  # buurt code → id

    @property
    def all_themes_fixed(self) -> bool:
        """Whether every signal has a theme detection takes as given (no classifier needed)."""
        return all(record.theme for record in self.records)


_SUGGESTED = Signal.ThemeOrigin.SUGGESTED


def _names(rows: list[tuple[Any, ...]]) -> tuple[dict[int, tuple[str, str]], dict[int, str]]:
    """The buurten (id → code, name) and streets (id → name) of the rows, one query each."""
    buurten: dict[int, tuple[str, str]] = {
        pk: (code, name)
        for pk, code, name in Neighbourhood.objects.filter(
            pk__in={row[_BUURT] for row in rows}
        ).values_list("pk", "code", "name")
    }
    streets: dict[int, str] = dict(
        Street.objects.filter(pk__in={row[_STREET] for row in rows} - {None}).values_list(
            "pk", "name"
        )
    )
    return buurten, streets


def team_signals(team: Team) -> TeamSignals:
    """The team's live (not deleted) signals, oldest first.

    Made for a large team (20,000 signals): the signals' own columns as tuples in one plain fetch
    (no joins, no model instances or dicts; `iterator()` on PostgreSQL outside a transaction would
    declare a cursor WITH HOLD, which makes the server materialise the whole result first), and the
    team's few buurten and streets looked up apart.
    """
    rows = list(
        Signal.objects.filter(team=team, deleted_at__isnull=True)
        .order_by("observed_on", "id")
        .values_list(*_OWN)
    )
    buurten, streets = _names(rows)
    records, by_id = [], {}
    for row in rows:
        (pk, observed_on, text, buurt_id, street_id, lat, lon, role, household, theme, origin,
         source) = row  # fmt: skip
        records.append(
            SignalRecord(
                str(pk),
                observed_on,
                text,
                buurten[buurt_id][0],
                streets.get(street_id) if street_id is not None else None,
                lat,
                lon,
                role or None,
                household or None,
                theme if theme and origin != _SUGGESTED else None,
                source or None,
            )
        )
        by_id[pk] = row
    codes = {code: pk for pk, (code, _name) in buurten.items()}
    return TeamSignals(records, _Facts(by_id, buurten, streets), codes)


def facts_of(signal_ids: Iterable[int]) -> dict[int, SignalFacts]:
    """Facts of some signals (live ones only), for decisions outside a detection run; made the same
    way as a run's facts."""
    rows = list(
        Signal.objects.filter(pk__in=list(signal_ids), deleted_at__isnull=True).values_list(*_OWN)
    )
    facts = _Facts({row[0]: row for row in rows}, *_names(rows))
    return dict(facts.items())


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
