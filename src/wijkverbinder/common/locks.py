"""Named locks across processes and machines: PostgreSQL advisory locks on (kind, key).

`held(kind, key)` holds a session lock for the duration of a block, e.g. one detection run per team
over all workers; `wait=False` does not wait and yields whether the lock was taken. A process that
dies loses its connection and with it its locks, so a killed worker never leaves a lock behind.
`in_transaction(kind, key)` takes a lock that ends with the current transaction.

SQLite needs none of this: the embedded default has one writer at a time (IMMEDIATE transactions)
and one worker thread, so both are no-ops there and `held` always yields True.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum

from django.db import connection


class Kind(IntEnum):
    """The first key of an advisory lock: what is locked. Numbers are stable (other processes)."""

    DETECTION_RUN = 1601
    DETECTION_QUEUE = 1602
    ANALYSIS_TABLE = 1501
    ANALYSIS_QUEUE = 1502


def _postgres() -> bool:
    return connection.vendor == "postgresql"


@contextmanager
def held(kind: Kind, key: int, *, wait: bool = True) -> Iterator[bool]:
    """Hold the lock (kind, key) for the block; with `wait=False` yield False when it is taken."""
    if not _postgres():
        yield True
        return
    with connection.cursor() as cursor:
        if wait:
            cursor.execute("SELECT pg_advisory_lock(%s, %s)", [int(kind), key])
            got = True
        else:
            cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [int(kind), key])
            got = bool(cursor.fetchone()[0])
    try:
        yield got
    finally:
        if got:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [int(kind), key])


def in_transaction(kind: Kind, key: int) -> None:
    """Take the lock (kind, key) until the current transaction ends (waits for it)."""
    if _postgres():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [int(kind), key])
