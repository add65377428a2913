"""Hooks for apps above intake: callbacks run after signals are imported or saved.

`intake` is a lower layer and must not import the apps that react to new signals (for example
`collective`, which re-runs detection). Those apps append their callbacks here in
`AppConfig.ready()`; intake calls them after the transaction commits (`transaction.on_commit`).
`paused()` switches them off for a block (the demo loader runs detection once at the end instead).
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

from django.db import transaction

if TYPE_CHECKING:
    from wijkverbinder.accounts.models import Team
    from wijkverbinder.intake.models import Signal

T = TypeVar("T")

after_import: list[Callable[[Team], None]] = []
after_signal_saved: list[Callable[[Signal], None]] = []

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
