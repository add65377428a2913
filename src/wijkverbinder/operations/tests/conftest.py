"""Fixtures of the operations tests: a fresh readiness gate, an engine that is still loading."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from wijkverbinder.core.redaction import engine
from wijkverbinder.operations import readiness


@pytest.fixture
def gate() -> Iterator[readiness._Gate]:
    """The readiness gate of this process as a server would have it, restored afterwards."""
    saved = readiness._gate
    readiness._gate = readiness._Gate()
    yield readiness._gate
    readiness._gate = saved


@pytest.fixture
def engine_loaded() -> None:
    """The redaction engine of this process, loaded."""
    engine.get_engine(timeout=-1)


@pytest.fixture
def engine_loading() -> Iterator[None]:
    """The redaction engine as while another thread is still loading it (its lock held)."""
    engine.get_engine(timeout=-1)
    saved = dict(engine._state)
    engine._state.pop("engine")
    engine._lock.acquire()
    yield
    engine._state.clear()
    engine._state.update(saved)
    engine._lock.release()
    for thread in threading.enumerate():  # a warm-up started by a check must not outlive the test
        if thread.name == "warm-up":
            thread.join(timeout=120)
