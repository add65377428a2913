"""Writing while another process writes: wait and try again when SQLite says the database is busy.

SQLite lets one writer at a time. A second writer waits up to its busy timeout and then fails with
"database is locked"; in WAL mode a transaction that read first and then wants to write fails at
once when another commit came in between. Large imports write in one transaction of a few seconds,
so two imports (or an import and a web request) can meet. `retry_when_busy` runs a whole atomic
block again after a pause, a few times, and only for that error; the block is rolled back each
time, so nothing is written twice. PostgreSQL waits for row locks itself and never needs this.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from django.db import OperationalError, transaction

T = TypeVar("T")
logger = logging.getLogger(__name__)
#: pauses between attempts (seconds): about a minute in all
PAUSES = (0.2, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0)


def is_busy(error: OperationalError) -> bool:
    """True for SQLite's "database is locked" / "database table is locked"."""
    return "locked" in str(error).lower()


def retry_when_busy(work: Callable[[], T], *, pauses: tuple[float, ...] = PAUSES) -> T:
    """Run `work` in a transaction; when the database is busy, roll back, wait and run it again."""
    for pause in (*pauses, None):
        try:
            with transaction.atomic():
                return work()
        except OperationalError as error:
            if pause is None or not is_busy(error) or transaction.get_connection().in_atomic_block:
                raise
            logger.info("database bezet, nieuwe poging over %.1f s", pause)
            time.sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover
