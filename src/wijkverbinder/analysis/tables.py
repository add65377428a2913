"""The maintained, already suppressed tables of the wijkanalyse (`AnalysisTable`, `AnalysisCell`).

Computing the suppressed cube of a gemeente (`cube_data.compute_cube`) takes seconds at a million
signals (docs/wijkanalyse.md), so no page does it: the background task (`analysis.tasks`) computes
the cubes of the three periods after writes of signals (debounced) and stores the numbers a page
shows, per area and theme a row with the signals per time key (the 13 blocks of four weeks, the
period `P`, the year `Y`, the year before `V`). A hidden cell is stored as null: an unsuppressed
number of a hidden cell is never stored, so no page can show it. Pages read a few rows
(`analysis.reading`).

Concurrency: one refresh per gemeente at a time over all workers (a PostgreSQL advisory lock held
over computing and writing; a second worker does not wait but queues a follow-up). The write
replaces the gemeente's tables of the set of teams in one transaction (under the same lock), so a
reader sees the old tables or the new ones, never half of them and never two; and tables computed
from older counts than the stored ones do not replace them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.selectors import neighbourhoods_for_teams
from wijkverbinder.analysis.cube_data import compute_cube, window
from wijkverbinder.analysis.models import AnalysisCell, AnalysisTable, CountsVersion
from wijkverbinder.analysis.scope import area_for_teams
from wijkverbinder.areas.models import Municipality
from wijkverbinder.common import locks
from wijkverbinder.common.errors import NotFoundError
from wijkverbinder.core.analysis.cube import Cube

#: the periods of the pages (`selectors.PERIODS`), in blocks of four weeks
PERIOD_BLOCKS = (3, 6, 13)
BATCH = 2000
Values = dict[str, int | None]


def teams_key(team_ids: Iterable[int]) -> str:
    """The key of a set of teams: their ids, sorted, comma-separated."""
    return ",".join(str(pk) for pk in sorted(set(team_ids)))


def team_ids_of(key: str) -> list[int]:
    """The team ids of a key."""
    return [int(part) for part in key.split(",") if part]


def versions_of(team_ids: Iterable[int]) -> str:
    """The versions of the teams' weekly counts as one string (`3.17,8.2`)."""
    ids = sorted(set(team_ids))
    found = dict(CountsVersion.objects.filter(team_id__in=ids).values_list("team_id", "version"))
    return ",".join(f"{pk}.{found.get(pk, 0)}" for pk in ids)


def _parsed(versions: str) -> dict[str, int]:
    return {
        part.split(".")[0]: int(part.split(".")[1]) for part in versions.split(",") if "." in part
    }


def not_older(stored: str, mine: str) -> bool:
    """Whether counts at `stored` are at least as new as at `mine` for every team."""
    old, new = _parsed(stored), _parsed(mine)
    return old.keys() == new.keys() and all(old[k] >= new[k] for k in new)


@dataclass(frozen=True)
class Computed:
    """One period's table, computed and not yet stored."""

    period_blocks: int
    window_end: date
    first_week: date | None
    cells: list[tuple[str, str, Values]]


def cells_of(cube: Cube) -> list[tuple[str, str, Values]]:
    """The shown numbers of a suppressed cube per (area, theme): hidden cells are None."""
    grouped: dict[tuple[str, str], Values] = defaultdict(dict)
    for area, theme, time in set(cube.signals) | cube.hidden:
        grouped[(area, theme)][str(time)] = cube.value(area, theme, time)
    return [(area, theme, values) for (area, theme), values in grouped.items()]


def compute(
    *, team_ids: list[int], municipality: Municipality, today: date | None = None
) -> tuple[str, list[Computed]]:
    """The versions read (before the counts) and the tables of the three periods."""
    versions = versions_of(team_ids)
    area = area_for_teams(teams=Team.objects.filter(pk__in=team_ids), code=municipality.code)
    out = []
    for blocks in PERIOD_BLOCKS:
        span = window(blocks, today)
        cube, first = compute_cube(team_ids=team_ids, area=area, span=span)
        out.append(Computed(blocks, span.end, first, cells_of(cube)))
    return versions, out


def store(*, key: str, municipality_id: int, versions: str, computed: list[Computed]) -> bool:
    """Replace the tables of (teams, gemeente) in one transaction; False when the stored ones
    are already as new (another worker was first)."""
    with transaction.atomic():
        locks.in_transaction(locks.Kind.ANALYSIS_TABLE, municipality_id)
        existing = list(
            AnalysisTable.objects.select_for_update().filter(
                teams_key=key, municipality_id=municipality_id
            )
        )
        ends = {c.period_blocks: c.window_end for c in computed}
        if len(existing) == len(computed) and all(
            not_older(t.versions, versions)
            and t.window_end >= ends.get(t.period_blocks, t.window_end)
            for t in existing
        ):
            return False
        AnalysisTable.objects.filter(pk__in=[t.pk for t in existing]).delete()
        now = timezone.now()
        for item in computed:
            table = AnalysisTable.objects.create(
                teams_key=key,
                municipality_id=municipality_id,
                period_blocks=item.period_blocks,
                window_end=item.window_end,
                first_week=item.first_week,
                versions=versions,
                built_at=now,
            )
            AnalysisCell.objects.bulk_create(
                (
                    AnalysisCell(table=table, area=area, theme=theme, values=values)
                    for area, theme, values in item.cells
                ),
                batch_size=BATCH,
            )
    return True


def up_to_date(*, key: str, municipality_id: int, today: date | None = None) -> bool:
    """Whether the stored tables are there for every period, of the current counts and week."""
    versions = versions_of(team_ids_of(key))
    found = AnalysisTable.objects.filter(teams_key=key, municipality_id=municipality_id)
    current = {
        blocks
        for blocks, end, stored in found.values_list("period_blocks", "window_end", "versions")
        if stored == versions and end == window(blocks, today).end
    }
    return current == set(PERIOD_BLOCKS)


def refresh(*, key: str, municipality_id: int, wait: bool = True, today: date | None = None) -> str:
    """Compute and store the tables of (teams, gemeente) unless they are up to date.

    Returns `done`, `current` (nothing to do or another worker stored them first), `busy` (another
    worker refreshes this gemeente now; only with `wait=False`) or `gone` (no such gemeente, or
    no team of the key works in it)."""
    municipality = Municipality.objects.filter(pk=municipality_id).first()
    team_ids = team_ids_of(key)
    if municipality is None or not team_ids:
        return "gone"
    with locks.held(locks.Kind.ANALYSIS_TABLE, municipality_id, wait=wait) as mine:
        if not mine:
            return "busy"
        if up_to_date(key=key, municipality_id=municipality_id, today=today):
            return "current"
        try:
            versions, computed = compute(team_ids=team_ids, municipality=municipality, today=today)
        except NotFoundError:
            AnalysisTable.objects.filter(teams_key=key, municipality_id=municipality_id).delete()
            return "gone"
        stored = store(
            key=key, municipality_id=municipality_id, versions=versions, computed=computed
        )
    return "done" if stored else "current"


def municipalities_of(team_ids: Iterable[int]) -> list[int]:
    """The gemeenten whose buurten the teams work in."""
    buurten = neighbourhoods_for_teams(Team.objects.filter(pk__in=list(team_ids)))
    return sorted(set(buurten.values_list("district__municipality_id", flat=True)))


def refresh_all(*, teams: Iterable[Team] | None = None) -> int:
    """Compute every table (each team's own, and every stored set of teams); for
    `wijkverbinder refresh-analysis`. Returns the number of tables computed."""
    chosen = list(Team.objects.all() if teams is None else teams)
    ids = {team.pk for team in chosen}
    jobs = {(teams_key([pk]), m) for pk in ids for m in municipalities_of([pk])}
    for key, municipality_id in AnalysisTable.objects.values_list("teams_key", "municipality_id"):
        if ids & set(team_ids_of(key)):
            jobs.add((key, municipality_id))
    done = 0
    for key, municipality_id in sorted(jobs):
        if refresh(key=key, municipality_id=municipality_id) == "done":
            done += len(PERIOD_BLOCKS)
    return done
