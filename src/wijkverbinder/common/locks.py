"""Named locks across processes and machines: PostgreSQL advisory locks on (kind, key).

`held(kind, key)` holds a session lock for the duration of a block, e.g. one detection run per team
over all workers; `wait=False` does not wait and yields whether the lock was taken. A process that
dies loses its connection and with it its locks, so a killed worker never leaves a lock behind.
`in_transaction(kind, key)` takes a lock that ends with the current transaction.

SQLite (the embedded default: one machine) holds `held` as an exclusive `flock` on a file per
(kind, key) in a `locks` folder next to the database file, so `serve`'s worker thread and a command
in another process exclude each other too; the kernel drops the lock when a process dies.
`in_transaction` is a no-op there: SQLite has one writer at a time (IMMEDIATE transactions).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum
from pathlib import Path

from django.db import connection


class Kind(IntEnum):
    """The first key of an advisory lock: what is locked. Numbers are stable (other processes)."""

    DETECTION_RUN = 1601
    DETECTION_QUEUE = 1602
    ANALYSIS_TABLE = 1501
    ANALYSIS_QUEUE = 1502


def _postgres() -> bool:
    return connection.vendor == "postgresql"


def lock_file(kind: Kind, key: int) -> Path:
    """The file SQLite's lock (kind, key) is held on: next to the database file, or in the temp
    folder for an in-memory database (the tests')."""
    name = str(connection.settings_dict["NAME"])
    if name.startswith("file:") or name == ":memory:" or "mode=memory" in name:
        digest = hashlib.sha256(name.encode()).hexdigest()[:12]
        folder = Path(tempfile.gettempdir()) / f"wijkverbinder-locks-{digest}"
    else:
        folder = Path(name).resolve().parent / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{int(kind)}-{key}.lock"


@contextmanager
def _file_held(kind: Kind, key: int, *, wait: bool) -> Iterator[bool]:
    descriptor = os.open(lock_file(kind, key), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)


@contextmanager
def held(kind: Kind, key: int, *, wait: bool = True) -> Iterator[bool]:
    """Hold the lock (kind, key) for the block; with `wait=False` yield False when it is taken."""
    if not _postgres():
        with _file_held(kind, key, wait=wait) as got:
            yield got
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
