"""Keeping the weekly counts (`WeeklyCount`) in step with the signals.

After every write of signals (`intake.hooks.signals_changed`: create, edit, delete, theme, import,
retention, erasure) the rows of the touched buurten between the first and the last touched week are
recomputed from the signals (one query) and replaced, under a lock on the team so that two
writers do not interleave. `rebuild` does the same for everything (`wijkverbinder
refresh-analysis`). Deleted signals do not count.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, timedelta

from django.db import transaction
from django.db.models import F, QuerySet

from wijkverbinder.accounts.models import Team
from wijkverbinder.analysis.models import CountsVersion, WeeklyCount
from wijkverbinder.intake.hooks import Touched
from wijkverbinder.intake.models import Signal

BATCH = 2000
KEYS = 5


def week_of(day: date) -> date:
    """The Monday of the ISO week of `day`."""
    return day - timedelta(days=day.weekday())


def household_key(household: str, signal_id: int) -> str:
    """A short key of a household (8 hex characters of a hash of its pseudonym); a signal without
    a household is a household of its own (`#` and its id). A collision of two keys can only make
    a cell look smaller, so it is hidden rather than shown."""
    if not household:
        return f"#{signal_id}"
    return hashlib.sha256(household.encode()).hexdigest()[:8]


def _rows(signals: QuerySet[Signal], team_id: int) -> Iterable[WeeklyCount]:
    cells: dict[tuple[int, str, date], tuple[list[int], set[str]]] = {}
    found = signals.filter(deleted_at__isnull=True).values_list(
        "neighbourhood_id", "theme", "observed_on", "household", "id"
    )
    for buurt_id, theme, day, household, pk in found.order_by().iterator(chunk_size=BATCH):
        count, keys = cells.setdefault((buurt_id, theme, week_of(day)), ([0], set()))
        count[0] += 1
        keys.add(household_key(household, pk))
    for (buurt_id, theme, week), (count, keys) in cells.items():
        yield WeeklyCount(
            team_id=team_id,
            neighbourhood_id=buurt_id,
            theme=theme,
            week=week,
            signals=count[0],
            households=len(keys),
            keys=",".join(sorted(keys)[:KEYS]),
        )


def refresh(touched: Touched) -> int:
    """Recompute the rows of the touched buurten and weeks; returns how many rows now exist."""
    buurten = {cell[0] for cell in touched.cells}
    weeks = [week_of(cell[2]) for cell in touched.cells]
    first, last = min(weeks), max(weeks)
    with transaction.atomic():
        Team.objects.select_for_update().filter(pk=touched.team_id).first()
        WeeklyCount.objects.filter(
            team_id=touched.team_id, neighbourhood_id__in=buurten, week__range=(first, last)
        ).delete()
        signals = Signal.objects.filter(
            team_id=touched.team_id,
            neighbourhood_id__in=buurten,
            observed_on__range=(first, last + timedelta(days=6)),
        )
        made = WeeklyCount.objects.bulk_create(_rows(signals, touched.team_id), batch_size=BATCH)
        _bump(touched.team_id)
    return len(made)


def _bump(team_id: int) -> None:
    """The team's counts changed: a new version (inside the same transaction)."""
    if not CountsVersion.objects.filter(team_id=team_id).update(version=F("version") + 1):
        CountsVersion.objects.create(team_id=team_id, version=1)


def rebuild(*, teams: Iterable[Team] | None = None) -> int:
    """Recompute every row (of these teams); returns the number of rows written."""
    chosen = list(Team.objects.all() if teams is None else teams)
    written = 0
    for team in chosen:
        with transaction.atomic():
            Team.objects.select_for_update().filter(pk=team.pk).first()
            WeeklyCount.objects.filter(team=team).delete()
            rows = _rows(Signal.objects.filter(team=team), team.pk)
            written += len(WeeklyCount.objects.bulk_create(rows, batch_size=BATCH))
            _bump(team.pk)
    return written


def recomputed(team: Team) -> set[tuple[int, str, date, int, int, str]]:
    """The rows as they should be, from the signals (for checks and tests)."""
    return {
        (r.neighbourhood_id, r.theme, r.week, r.signals, r.households, r.keys)
        for r in _rows(Signal.objects.filter(team=team), team.pk)
    }


def stored(team: Team) -> set[tuple[int, str, date, int, int, str]]:
    """The rows as maintained."""
    return set(
        WeeklyCount.objects.filter(team=team).values_list(
            "neighbourhood_id", "theme", "week", "signals", "households", "keys"
        )
    )
