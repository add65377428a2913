"""Many clients at once against a real server process (SQLite file or the PostgreSQL test database):
no errors, no partial rows, no duplicates; two simultaneous CLI imports of one file both succeed.

The 60-second figures with 20 writers come from `benchmarks/concurrency.py`; this is the short form.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.db import connection

from wijkverbinder.common.loadtest import LoadServer, check_rows, run_load, warm_up

pytestmark = pytest.mark.django_db(transaction=True)


def _database_url() -> str:
    """The PostgreSQL test database for the server process; empty for SQLite (its own file)."""
    if connection.vendor != "postgresql":
        return ""
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgres://{s['USER']}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LoadServer]:
    with LoadServer(var_dir=tmp_path / "var", database_url=_database_url(), threads=8) as running:
        warm_up(running)
        yield running


def _csv(path: Path, rows: int) -> Path:
    day = date.today() - timedelta(days=3)
    lines = ["id,date,text,neighbourhood,street,lat,lon,role,household,theme,source"]
    lines += [
        f"imp-{n},{day},Overlast van zwerfafval bij de containers {n},BU99010103,Molenstraat,,,,,,"
        for n in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_concurrent_writers_log_ins_and_imports(server: LoadServer, tmp_path: Path) -> None:
    data = _csv(tmp_path / "signalen.csv", 30)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        imports = [
            pool.submit(
                server.cli, "import-signals", str(data), "--user", "ingrid", "--workers", "1"
            )
            for _ in range(2)
        ]  # two simultaneous CLI imports of one file, while the writers below post signals
        result = run_load(server, writers=8, seconds=6)
        runs = [future.result() for future in imports]
    assert result.failed == 0, result.errors
    assert result.statuses[201] >= 8
    assert result.logins >= 1
    counts = check_rows(server, _database_url())
    assert counts["stored"] == len(result.created) + 1  # + the warm-up signal
    assert counts["distinct"] == counts["stored"]  # no duplicates
    assert counts["without_edit"] == 0  # no partial rows
    assert counts["logged"] == counts["stored"]
    assert [run.returncode for run in runs] == [0, 0], [run.stderr[-500:] for run in runs]
    reports = " ".join(sorted(run.stdout for run in runs))
    assert "30 nieuwe signalen, 0 al aanwezig" in reports
    assert "0 nieuwe signalen, 30 al aanwezig" in reports
