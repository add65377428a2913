"""Is this process ready for users? Migrations applied, database reachable, redaction loaded.

`/gezondheid/gereed` reports the three checks; `HealthMiddleware` keeps users out (503 with
`Retry-After`) while a server process that armed the gate (`arm()`, done by the WSGI entry point)
is not ready yet. The redaction engine is loaded in a background thread (`start_warm_up()`);
`serve` waits for it before it opens its port. Once all checks have passed, the gate stays open:
a database that goes away later shows in `/gezondheid/gereed` (the load balancer's probe), not in
every request.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from django.utils.translation import gettext as _

from wijkverbinder.core.redaction import engine
from wijkverbinder.intake.warmup import warm_up

logger = logging.getLogger("wijkverbinder.operations")

RETRY_AFTER_SECONDS = 5
_RECHECK_SECONDS = 1.0


@dataclass
class _Gate:
    armed: bool = False
    open: bool = False
    migrated: bool = False
    warming: threading.Thread | None = None
    checked_at: float = 0.0


_lock = threading.Lock()
_gate = _Gate()


@dataclass(frozen=True, slots=True)
class Check:
    """One readiness check: its name, whether it passed, and a short Dutch explanation."""

    name: str
    ok: bool
    detail: str


def database_check(alias: str = DEFAULT_DB_ALIAS) -> Check:
    """The database answers a trivial query."""
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        return Check("database", False, _("not reachable (%s)") % type(exc).__name__)
    return Check("database", True, _("reachable"))


def migrations_check(alias: str = DEFAULT_DB_ALIAS) -> Check:
    """Every migration of the installed code is applied (remembered once it is)."""
    if _gate.migrated:
        return Check("migraties", True, _("all applied"))
    try:
        executor = MigrationExecutor(connections[alias])
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as exc:
        return Check("migraties", False, _("unknown (%s)") % type(exc).__name__)
    if pending:
        return Check("migraties", False, _("%d not applied") % len(pending))
    _gate.migrated = True
    return Check("migraties", True, _("all applied"))


def redaction_check() -> Check:
    """The redaction engine of this process is loaded (starts loading it when it is not)."""
    status = engine.status()
    if status.loaded:
        return Check("redactie", True, _("loaded in %.1f s") % (status.load_seconds or 0.0))
    if status.error:
        return Check("redactie", False, _("could not be loaded (%s)") % status.error)
    start_warm_up()
    return Check("redactie", False, _("loading"))


def checks() -> list[Check]:
    """All readiness checks, in a fixed order."""
    return [database_check(), migrations_check(), redaction_check()]


def _after_fork_in_child() -> None:
    """The warm-up thread does not survive a fork (a WSGI server that preloads, then forks)."""
    global _lock  # noqa: PLW0603
    _lock = threading.Lock()
    _gate.warming = None
    if _gate.armed:
        start_warm_up()


def _warm_up_quietly() -> None:
    started = time.perf_counter()
    try:
        warm_up()
    except Exception as exc:  # reported by redaction_check() and the gate, never swallowed silently
        logger.error("Redactie kon niet worden geladen: %s", type(exc).__name__)
        return
    logger.info("Proces gereed voor redactie na %.1f s.", time.perf_counter() - started)


def start_warm_up() -> None:
    """Load the redaction engine (and the theme classifier) in a background thread, once."""
    with _lock:
        if _gate.warming is not None or engine.status().loaded:
            return
        _gate.warming = threading.Thread(target=_warm_up_quietly, name="warm-up", daemon=True)
        _gate.warming.start()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def arm() -> None:
    """Keep users out of this process until it is ready, and start getting ready."""
    _gate.armed = True
    start_warm_up()


def gate_open() -> bool:
    """True when users may be served (always, in a process that did not arm the gate)."""
    if _gate.open or not _gate.armed:
        return True
    now = time.monotonic()
    if now - _gate.checked_at < _RECHECK_SECONDS:
        return False
    _gate.checked_at = now
    if all(check.ok for check in (redaction_check(), migrations_check())):
        _gate.open = True
        logger.info("Gereed: gebruikers worden toegelaten.")
    return _gate.open


def wait_until_ready() -> list[Check]:
    """Wait for the warm-up thread, then return the checks that fail (empty: ready)."""
    start_warm_up()
    if _gate.warming is not None:
        _gate.warming.join()
    failed = [check for check in checks() if not check.ok]
    if not failed:
        _gate.open = True
    return failed
