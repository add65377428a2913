"""Which area a wijkanalyse is about, and the team-scoped buurten its numbers come from.

An area is a gemeente (`GM…`), wijk (`WK…`) or buurt (`BU…`) with at least one buurt of the teams;
anything else raises `NotFoundError` (404), so another team's area is not revealed. The counts of a
page always come from all the teams' buurten of the area's gemeente (one cube per gemeente), so
that every page hides the same cells (`core.analysis.cube`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.selectors import neighbourhoods_for_teams
from wijkverbinder.areas.models import District, Municipality, Neighbourhood
from wijkverbinder.common.errors import DomainError, NotFoundError

LEVELS = {"GM": "gemeente", "WK": "wijk", "BU": "buurt"}
NOT_FOUND = "Dit gebied bestaat niet of hoort niet bij uw team."


@dataclass(frozen=True)
class Area:
    """The area of a page and the buurten of its gemeente the teams work in."""

    level: str  # gemeente | wijk | buurt
    code: str
    name: str
    municipality: Municipality
    district: District | None
    neighbourhood: Neighbourhood | None
    buurten: tuple[Neighbourhood, ...]  # the teams' buurten of the whole gemeente

    @property
    def own_buurten(self) -> tuple[Neighbourhood, ...]:
        """The teams' buurten inside the area itself."""
        if self.neighbourhood is not None:
            return (self.neighbourhood,)
        if self.district is not None:
            return tuple(b for b in self.buurten if b.district_id == self.district.pk)
        return self.buurten

    @property
    def map_buurten(self) -> tuple[Neighbourhood, ...]:
        """The buurten on the map: the area's own, or for a buurt the buurten of its wijk."""
        if self.neighbourhood is not None:
            wijk = self.neighbourhood.district_id
            return tuple(b for b in self.buurten if b.district_id == wijk)
        return self.own_buurten

    @property
    def total_code(self) -> str:
        """The area whose total closes the map's table (for a buurt: its wijk)."""
        if self.neighbourhood is not None:
            return self.neighbourhood.district.code
        return self.code

    @property
    def population(self) -> int | None:
        """Inhabitants of the area's buurten of the teams (None when unknown for any of them)."""
        counts = [b.population for b in self.own_buurten]
        if not counts or any(c is None for c in counts):
            return None
        return sum(c for c in counts if c is not None)


def area_for_teams(*, teams: QuerySet[Team], code: str) -> Area:
    """The area with this CBS code as the teams see it, or `NotFoundError`."""
    code = code.strip().upper()
    level = LEVELS.get(code[:2])
    # the geometry is read only for the map (`presentation.map_svg`): a gemeente has hundreds
    visible = (
        neighbourhoods_for_teams(teams).select_related("district__municipality").defer("geometry")
    )
    if level is None or not code[2:].isalnum():
        raise NotFoundError(NOT_FOUND)
    if level == "buurt":
        found = visible.filter(code=code).order_by("-year").first()
    elif level == "wijk":
        found = visible.filter(district__code=code).order_by("-district__year").first()
    else:
        found = visible.filter(district__municipality__code=code).order_by("-year").first()
    if found is None:
        raise NotFoundError(NOT_FOUND)
    municipality = found.district.municipality
    buurten = tuple(
        visible.filter(district__municipality=municipality).order_by("district__name", "name")
    )
    if level == "buurt":
        return Area(level, found.code, found.name, municipality, found.district, found, buurten)
    if level == "wijk":
        district = found.district
        return Area(level, district.code, district.name, municipality, district, None, buurten)
    return Area(level, municipality.code, municipality.name, municipality, None, None, buurten)


def teams_in_area(*, code: str, slug: str = "") -> QuerySet[Team]:
    """The team whose wijkanalyse the command line asks for: the named one, or the only team that
    works in the area. `DomainError` with a Dutch message otherwise."""
    teams = Team.objects.all()
    if slug:
        teams = teams.filter(slug=slug)
        if not teams.exists():
            raise DomainError(f"Team {slug!r} bestaat niet.", code="unknown_team")
    working = [team.pk for team in teams if _works_in(team, code.strip().upper())]
    if not working:
        raise DomainError(
            f"Gebied {code!r} bestaat niet of geen team werkt erin.", code="unknown_area"
        )
    if len(working) > 1:
        names = ", ".join(Team.objects.filter(pk__in=working).values_list("slug", flat=True))
        raise DomainError(
            f"Meer teams werken in {code}: kies er een met --team ({names}).", code="choose_team"
        )
    return Team.objects.filter(pk__in=working)


def _works_in(team: Team, code: str) -> bool:
    try:
        area_for_teams(teams=Team.objects.filter(pk=team.pk), code=code)
    except NotFoundError:
        return False
    return True
