"""Several people at once, for the concurrency tests of every app: each job runs in its own thread
and so on its own database connection (SQLite's shared in-memory test database, or the PostgreSQL
test database), and all of them start together at a barrier.

A job gets its objects itself (as a request does) in `prepare`, then waits at the barrier and
writes in `act`: so every writer decides on what it read before any of them wrote, the moment
real collisions happen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from django.db import connections

from wijkverbinder.common.errors import DomainError

Job = tuple[Callable[[], Any], Callable[[Any], Any]]


def at_once(jobs: Sequence[Job], *, timeout: float = 120) -> list[Any]:
    """Run every (prepare, act) pair in its own thread; `act` starts for all at the same moment.

    Returns each job's result, or the exception it raised (the caller asserts on both).
    """
    outcome: list[Any] = [None] * len(jobs)
    start = threading.Barrier(len(jobs), timeout=timeout)

    def run(index: int) -> None:
        prepare, act = jobs[index]
        try:
            prepared = prepare()
            start.wait()
            outcome[index] = act(prepared)
        except Exception as error:  # reported to the caller
            outcome[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    assert not any(thread.is_alive() for thread in threads), "a writer did not finish"
    return outcome


def same(prepare: Callable[[], Any], act: Callable[[Any], Any], times: int = 2) -> list[Any]:
    """The same job `times` times at once: a double submit, or two people pressing one button."""
    return at_once([(prepare, act)] * times)


def failures(outcome: Sequence[Any]) -> list[BaseException]:
    """The exceptions among the outcomes."""
    return [item for item in outcome if isinstance(item, BaseException)]


def one_refusal(outcome: Sequence[Any], code: str) -> DomainError:
    """Exactly one job failed, refused with this stable code (its Dutch message for the user)."""
    (refusal,) = failures(outcome)
    assert isinstance(refusal, DomainError), refusal
    assert refusal.code == code, refusal.message
    assert refusal.message
    return refusal
