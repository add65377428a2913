"""Filling the wijkanalyse cube of a gemeente from the maintained weekly counts.

One query whatever the number of buurten: the weekly counts of the window, with their household
keys (the cube decides "fewer than five households" exactly from them). Run in the background
(`analysis.tables`); pages read the stored result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from wijkverbinder.analysis.counts import KEYS, week_of
from wijkverbinder.analysis.models import WeeklyCount
from wijkverbinder.analysis.scope import Area
from wijkverbinder.core.analysis.cube import YEAR_BLOCKS, Cube, WeekRow

BLOCK_DAYS = 28


@dataclass(frozen=True)
class Window:
    """The weeks a page covers: blocks of four weeks counted back from the last complete week."""

    end: date  # Monday of the last complete week
    period_blocks: int

    @property
    def blocks(self) -> int:
        """Blocks read: the year for the trend, and the period plus the year before it."""
        return max(YEAR_BLOCKS, self.period_blocks + YEAR_BLOCKS)

    @property
    def first_day(self) -> date:
        """The first day of the oldest block."""
        return self.end - timedelta(days=BLOCK_DAYS * self.blocks - 7)

    def age(self, day: date) -> int:
        """The block a day falls in (0 is the newest)."""
        return (self.end - week_of(day)).days // BLOCK_DAYS

    def block_start(self, age: int) -> date:
        """The first day of a block."""
        return self.end - timedelta(days=BLOCK_DAYS * (age + 1) - 7)

    def block_end(self, age: int) -> date:
        """The last day (Sunday) of a block."""
        return self.end + timedelta(days=6) - timedelta(days=BLOCK_DAYS * age)

    @property
    def period_end(self) -> date:
        """The last day of the chosen period (the Sunday of the last complete week)."""
        return self.block_end(0)

    @property
    def period_start(self) -> date:
        """The first day of the chosen period."""
        return self.block_start(self.period_blocks - 1)


def window(period_blocks: int, today: date | None = None) -> Window:
    """The window ending with the last complete week before `today`."""
    day = today or timezone.localdate()
    return Window(week_of(day) - timedelta(days=7), period_blocks)


def compute_cube(*, team_ids: list[int], area: Area, span: Window) -> tuple[Cube, date | None]:
    """The suppressed cube of the area's gemeente and the first week with any count: the heavy
    part, run by the background task (`analysis.tables`), never by a page."""
    by_id = {b.pk: b for b in area.buurten}
    rows = WeeklyCount.objects.filter(
        team_id__in=team_ids,
        neighbourhood_id__in=list(by_id),
        week__range=(span.first_day, span.end),
    ).values_list("neighbourhood_id", "theme", "week", "signals", "keys")
    cube = Cube(period_blocks=span.period_blocks)
    first: date | None = None
    # one row per buurt, theme and block instead of per week: the signals add up, and the five
    # smallest keys of the block's weeks' keys are the five smallest of the block's households
    blocks: dict[tuple[int, str, int], tuple[list[int], set[str]]] = {}
    for buurt_id, theme, week, signals, keys in rows.order_by().iterator(chunk_size=5000):
        first = week if first is None or week < first else first
        count, found = blocks.setdefault((buurt_id, theme, span.age(week)), ([0], set()))
        count[0] += signals
        if keys:
            found.update(keys.split(","))
    week_rows = []
    for (buurt_id, theme, age), (count, found) in blocks.items():
        buurt = by_id[buurt_id]
        week_rows.append(
            WeekRow(
                buurt.code,
                buurt.district.code,
                area.municipality.code,
                theme,
                age,
                count[0],
                tuple(sorted(found)[:KEYS]),
            )
        )
    cube.add(week_rows)
    cube.suppress()
    cube.seal()
    return cube, first
