"""Django's SQLite backend with retries where a statement may still meet the write lock.

SQLite admits one writer at a time. The settings make every transaction `BEGIN IMMEDIATE` (the write
lock is taken at the start, so a reader never has to upgrade to a writer halfway, which fails at once
in WAL mode) and give each connection a busy timeout (SQLite itself waits and retries). When a
statement still answers "database is locked" after that wait and no transaction is open on the
connection — `BEGIN IMMEDIATE` itself, or a single statement in autocommit mode — nothing has been
written yet, so it is safe to try again: this backend does so a few times with a growing, jittered
pause. Inside an open transaction the error is raised as usual (the transaction is rolled back).
"""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.db.backends.sqlite3 import base, operations

from wijkverbinder.common import log_guard

logger = logging.getLogger(__name__)

T = TypeVar("T")

RETRIES = 5
FIRST_PAUSE = 0.05  # seconds; doubles per attempt, with jitter


def is_locked(error: BaseException) -> bool:
    """Whether an sqlite3 error means another connection holds the lock."""
    text = str(error).lower()
    return "database is locked" in text or "database table is locked" in text


def retry_when_locked(connection: sqlite3.Connection, statement: Callable[[], T]) -> T:
    """Run `statement`; on a lock error outside a transaction, wait and run it again."""
    pause = FIRST_PAUSE
    for attempt in range(RETRIES + 1):
        try:
            return statement()
        except sqlite3.OperationalError as error:
            if attempt == RETRIES or connection.in_transaction or not is_locked(error):
                raise
            logger.info("SQLite bezet; poging %d opnieuw na %.2f s", attempt + 2, pause)
            time.sleep(pause * (1 + random.random()))
            pause *= 2
    raise AssertionError("unreachable")  # pragma: no cover


class RetryingCursor(base.SQLiteCursorWrapper):
    """A cursor whose statements are retried when they meet the lock outside a transaction."""

    def execute(self, query: str, params: Any = None) -> Any:
        run = super().execute
        return retry_when_locked(self.connection, lambda: run(query, params))

    def executemany(self, query: str, param_list: Iterable[Any]) -> Any:
        run = super().executemany
        rows = list(param_list)
        return retry_when_locked(self.connection, lambda: run(query, rows))


class DatabaseOperations(operations.DatabaseOperations):
    """`flush` (empty every table: the test suite after each live-server test, or an administrator
    wiping the database) first lifts the access log's append-only triggers; `migrate`'s
    post_migrate handler, which the flush runs, puts them back (`common/apps.py`)."""

    def sql_flush(self, style: Any, tables: Any, **kwargs: Any) -> list[str]:
        statements: list[str] = super().sql_flush(style, tables, **kwargs)
        if not statements:
            return statements
        return [*log_guard.statements("sqlite", create=False), *statements]


class DatabaseWrapper(base.DatabaseWrapper):
    """The SQLite backend with `RetryingCursor` and the flush above."""

    ops_class = DatabaseOperations

    def create_cursor(self, name: str | None = None) -> RetryingCursor:
        cursor: RetryingCursor = self.connection.cursor(factory=RetryingCursor)
        return cursor
