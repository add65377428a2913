"""Placing imported rows in the team's buurten: by CBS code, by the municipality's own code, by point.

Built once per import (`TeamAreas`); all rows of a file are placed at once (`locate_many`, one
vectorised point-in-polygon query), so placing 100,000 rows costs no query per row. The order:
a CBS buurt code must be one of the team's buurten; a municipality's own area code (Signalen's
`buurt_code` in Amsterdam: `AA01`) is matched with the `local_code` the area import kept, or with
the end of a CBS code when exactly one of the team's buurten ends with it (BU0363**AA01**); a code
that matches nothing falls back to the row's point, found by point-in-polygon. A refusal never names
another team's buurt.
"""

from __future__ import annotations

from collections import defaultdict

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.selectors import neighbourhoods_for_teams
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.areas.selectors import area_index
from wijkverbinder.core.intake_formats.types import PlaceQuery

NOT_OURS = "buurtcode {code} is onbekend of hoort niet bij het werkgebied van uw team"
OWN_CODE_UNKNOWN = (
    "gebiedscode {code!r} van de gemeente is onbekend: lees het gebiedenbestand van de gemeente "
    "in (met de eigen codes, zie docs/onboarding.md) of geef coördinaten"
)
#: the same words for "in no known buurt" and "in another team's buurt": a refusal never tells
#: where other teams work
OUTSIDE = "het punt ligt niet in een buurt van het werkgebied van uw team"
NOWHERE = OUTSIDE


class TeamAreas:
    """The team's buurten by CBS code and by own code, and the spatial index of all buurten."""

    def __init__(self, team: Team) -> None:
        buurten = list(neighbourhoods_for_teams(Team.objects.filter(pk=team.pk)).order_by("year"))
        self.by_code: dict[str, Neighbourhood] = {b.code: b for b in buurten}  # newest year wins
        self.by_local = {b.local_code.upper(): b for b in buurten if b.local_code}
        endings: dict[str, set[str]] = defaultdict(set)
        for code in self.by_code:
            endings[code[6:]].add(code)
        self.by_ending = {
            end: self.by_code[next(iter(codes))]
            for end, codes in endings.items()
            if len(codes) == 1
        }
        self.index = area_index()

    def locate_many(self, queries: list[PlaceQuery]) -> list[tuple[str | None, str | None]]:
        """Per query (CBS code, None), or (None, Dutch reason); points in one spatial query."""
        points = [(lat, lon) for _, _, lat, lon in queries if lat is not None and lon is not None]
        located = iter(self.index.locate_many(points))
        answers = []
        for code, local, lat, lon in queries:
            at = next(located) if lat is not None and lon is not None else None
            answers.append(self.locate(code, local, lat, lon, located=at))
        return answers

    def locate(
        self,
        code: str | None,
        local: str | None,
        lat: float | None,
        lon: float | None,
        *,
        located: str | None = None,
    ) -> tuple[str | None, str | None]:
        """(CBS code, None), or (None, Dutch reason); `located` is the point's buurt if known."""
        if code:
            return (code, None) if code in self.by_code else (None, NOT_OURS.format(code=code))
        if local:
            key = local.strip().upper()
            found = self.by_local.get(key) or self.by_ending.get(key)
            if found is not None:
                return found.code, None
            if lat is None or lon is None:
                return None, OWN_CODE_UNKNOWN.format(code=local)
        if lat is None or lon is None:
            return None, "plaats ontbreekt"
        located = located or self.index.locate(lat, lon)
        if located is None:
            return None, NOWHERE
        return (located, None) if located in self.by_code else (None, OUTSIDE)
