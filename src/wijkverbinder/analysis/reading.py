"""What a wijkanalyse page reads: the stored, suppressed table (`analysis.tables`), never a cube
computed in the request.

Four queries whatever the number of buurten: the teams, the versions of their counts, the table,
and its rows of the page (the map's buurten in the chosen theme; every theme of the area itself and
of the map's total). When the table is missing or older than the counts or the week, a refresh is
queued (`analysis.tasks`, deduplicated) and the page shows the last table with its date; with no
table at all it shows that the numbers are being computed, and no numbers.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Q

from wijkverbinder.analysis import tables, tasks
from wijkverbinder.analysis.cube_data import Window, window
from wijkverbinder.analysis.models import AnalysisCell, AnalysisTable
from wijkverbinder.analysis.scope import Area
from wijkverbinder.common.task_worker import uses_database_queue
from wijkverbinder.core.analysis.cube import YEAR_BLOCKS


@dataclass(frozen=True)
class StoredCube:
    """The shown numbers of the cells a page needs: `value` as `core.analysis.cube.Cube.value`."""

    period_blocks: int
    values: dict[tuple[str, str], tables.Values]

    @property
    def period_key(self) -> str:
        """The time key of the chosen period (`Y` when it is the year)."""
        return "Y" if self.period_blocks == YEAR_BLOCKS else "P"

    def value(self, area: str, theme: str, time: Hashable) -> int | None:
        """Signals in a cell: None when hidden, 0 when empty."""
        found = self.values.get((area, theme))
        if found is None:
            return 0
        return found.get(str(time), 0)

    def themes_at(self, area: str) -> set[str]:
        """The themes with signals in the area's year."""
        return {
            theme for (code, theme), values in self.values.items() if code == area and "Y" in values
        }


@dataclass(frozen=True)
class Snapshot:
    """A stored table as a page shows it."""

    cube: StoredCube
    span: Window
    first_week: date | None
    built_at: datetime
    current: bool  # False: newer signals or a newer week are being processed


def _table(key: str, area: Area, blocks: int) -> AnalysisTable | None:
    return AnalysisTable.objects.filter(
        teams_key=key, municipality=area.municipality, period_blocks=blocks
    ).first()


def read(
    *, team_ids: list[int], area: Area, blocks: int, theme: str, today: date | None = None
) -> Snapshot | None:
    """The stored table of the teams' gemeente for the page; None while it is computed for the
    first time. Queues a refresh when it is missing or outdated."""
    key = tables.teams_key(team_ids)
    versions = tables.versions_of(team_ids)
    table = _table(key, area, blocks)
    end = window(blocks, today).end
    current = table is not None and table.versions == versions and table.window_end == end
    if not current:
        tasks.enqueue_refresh(key, area.municipality.pk)
        if not uses_database_queue():  # the task ran at once (tests, ImmediateBackend)
            table = _table(key, area, blocks)
            current = table is not None
    if table is None:
        return None
    codes = [b.code for b in area.map_buurten]
    rows = AnalysisCell.objects.filter(table=table).filter(
        Q(area__in=sorted({area.code, area.total_code})) | Q(area__in=codes, theme=theme)
    )
    values = {
        (code, name): found for code, name, found in rows.values_list("area", "theme", "values")
    }
    return Snapshot(
        cube=StoredCube(blocks, values),
        span=Window(table.window_end, blocks),
        first_week=table.first_week,
        built_at=table.built_at,
        current=current,
    )
