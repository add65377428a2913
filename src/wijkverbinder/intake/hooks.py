"""Hooks for apps above intake: callbacks run after signals are imported or saved.

`intake` is a lower layer and must not import the apps that react to new signals (for example
`collective`, which re-runs detection). Those apps append their callbacks here in
`AppConfig.ready()`; intake calls them after the transaction commits (`transaction.on_commit`).
`paused()` switches them off for a block (the demo loader runs detection once at the end instead).

`after_signals_changed` gets every place and week whose counts a write may have changed — before
and after an edit, a deletion, an import, retention or erasure — as `Touched` (the wijkanalyse keeps
its weekly counts with it). It is not paused: counts must follow every write; the demo loader calls
it once per import like any import.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from django.db import transaction

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from wijkverbinder.accounts.models import Team
    from wijkverbinder.intake.models import Signal

T = TypeVar("T")


@dataclass(frozen=True)
class Touched:
    """The team's (buurt id, theme, date observed) cells a write may have changed."""

    team_id: int
    cells: frozenset[tuple[int, str, date]]


after_import: list[Callable[[Team], None]] = []
after_signal_saved: list[Callable[[Signal], None]] = []
after_signals_changed: list[Callable[[Touched], None]] = []

_state = threading.local()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Do not run any hook inside this block (in this thread)."""
    previous = getattr(_state, "paused", False)
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = previous


def _run(callbacks: list[Callable[[T], None]], value: T) -> None:
    if getattr(_state, "paused", False):
        return
    for callback in list(callbacks):
        transaction.on_commit(functools.partial(callback, value))


def imported(team: Team) -> None:
    """Signals were imported for `team` (runs the `after_import` callbacks on commit)."""
    _run(after_import, team)


def signal_saved(signal: Signal) -> None:
    """One signal was created (runs the `after_signal_saved` callbacks on commit)."""
    _run(after_signal_saved, signal)


def signals_changed(team_id: int, cells: Iterable[tuple[int, str, date]]) -> None:
    """Signals in these cells were written; runs `after_signals_changed` on commit (never paused)."""
    touched = Touched(team_id, frozenset(cells))
    if not touched.cells:
        return
    for callback in list(after_signals_changed):
        transaction.on_commit(functools.partial(callback, touched))


def cell_of(signal: Signal) -> tuple[int, str, date]:
    """The (buurt id, theme, date observed) of a signal, as `signals_changed` takes it."""
    return (signal.neighbourhood_id, signal.theme, signal.observed_on)


def signals_changed_in(signals: QuerySet[Signal]) -> None:
    """`signals_changed` for the cells of these signals, per team (call it before the write)."""
    cells: dict[int, set[tuple[int, str, date]]] = {}
    rows = signals.values_list("team_id", "neighbourhood_id", "theme", "observed_on")
    for team_id, neighbourhood_id, theme, observed_on in rows:
        cells.setdefault(team_id, set()).add((neighbourhood_id, theme, observed_on))
    for team_id, team_cells in cells.items():
        signals_changed(team_id, team_cells)
