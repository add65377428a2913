"""Two imports at once (two threads, two database connections) both succeed, on SQLite and on
PostgreSQL: the one write transaction waits or runs again when the other writes, and rows both
files hold are stored once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from django.db import connections

from wijkverbinder.accounts.models import User
from wijkverbinder.intake.imports import import_signals
from wijkverbinder.intake.models import Signal, SignalImport
from wijkverbinder.portal.demo.build import build_demo

HEADER = "id,date,text,neighbourhood,street\n"


def _file(prefix: str, shared: int, own: int) -> bytes:
    rows = [
        f"gedeeld-{i},2026-09-01,Harde muziek bij nummer {i},BU99010102,Kastanjelaan"
        for i in range(shared)
    ]
    rows += [
        f"{prefix}-{i},2026-09-02,Afval naast de container {i},BU99010101,Havenstraat"
        for i in range(own)
    ]
    return (HEADER + "\n".join(rows) + "\n").encode()


@pytest.mark.django_db(transaction=True)
def test_two_imports_at_once_both_succeed() -> None:
    build_demo()
    users = {name: User.objects.get(username=name) for name in ("fatima", "joost")}
    outcome: dict[str, Any] = {}
    start = threading.Barrier(2)

    def run(name: str) -> None:
        try:
            start.wait()
            outcome[name] = import_signals(user=users[name], data=_file(name, 200, 300))
        except Exception as error:
            outcome[name] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(name,)) for name in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    failures = {name: value for name, value in outcome.items() if isinstance(value, Exception)}
    assert not failures
    assert Signal.objects.count() == 200 + 300 + 300
    assert sum(report.created for report in outcome.values()) == 800
    assert sum(report.duplicates for report in outcome.values()) == 200
    assert SignalImport.objects.count() == 2


@pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")), reason="about SQLite files only")
def test_two_imports_wait_for_a_long_write_lock_on_a_sqlite_file(tmp_path: Path) -> None:
    """A real database file, as the embedded default has: the write lock is held for 6 s (longer
    than SQLite waits by itself), then both imports go in."""
    probe = subprocess.run(
        [sys.executable, "-m", "wijkverbinder.intake.tests.sqlite_probe", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr[-2000:]
    outcome = json.loads(probe.stdout.strip().splitlines()[-1])
    assert sorted([outcome["fatima"], outcome["joost"]]) == [300, 500], outcome  # shared rows once
    assert outcome["signals"] == 800
    assert outcome["seconds"] >= 6
