"""Many clients at once against a real `wijkverbinder serve`: the harness of the concurrency test and
of `benchmarks/concurrency.py`.

`LoadServer` starts the server in its own process on its own database (an SQLite file in a fresh
folder, or a PostgreSQL database named by `database_url`), with the demo's areas, teams and personas
and an API key for Fatima. `run_load` then lets `writers` threads post signals to `/api/v1/signalen`
for `seconds` (each thread on its own keep-alive connection; one of them logs in and out through the
log-in form instead), and counts answers by status. `check_rows` reads the database afterwards: every
201 is exactly one stored signal, with its edit record and its access-log entry (no partial rows, no
duplicates). Plain Python: only the server process runs Django.
"""

# ruff: noqa: S603  (runs our own command line with fixed arguments)
from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

SETUP = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
from wijkverbinder.portal.demo.build import build_demo
build_demo()
from wijkverbinder.accounts.services import create_token
print(create_token(username="fatima", name="belasting", days=1))
"""
#: buurten of the demo's Wijkteam W with one of their streets (portal/demo/cast.py)
BUURTEN = (
    ("BU99010101", "Havenstraat"),
    ("BU99010102", "Rozenstraat"),
    ("BU99010103", "Molenstraat"),
    ("BU99010104", "Kerkstraat"),
    ("BU99010105", "Merelstraat"),
    ("BU99010106", "Parklaan"),
)
TEXTS = (
    "Buren klagen over geluidsoverlast 's avonds laat in de straat",
    "Bewoner maakt zich zorgen over zwerfafval bij de containers",
    "Jongeren hangen rond bij het speeltuintje en er is overlast",
    "Hondenpoep op de stoep, meerdere bewoners ergeren zich",
    "Parkeerproblemen bij de school, auto's op de stoep",
)
PASSWORD = "wijk-W-demo-2025"  # noqa: S105  (the demo personas' password, portal/demo/cast.py)


@dataclass
class LoadResult:
    """What `run_load` saw."""

    writers: int
    seconds: float
    statuses: Counter[int] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    logins: int = 0

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())

    @property
    def failed(self) -> int:
        return self.requests - self.statuses[201] - self.logins

    @property
    def throughput(self) -> float:
        return self.statuses[201] / self.seconds if self.seconds else 0.0


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LoadServer:
    """`wijkverbinder serve` in its own process (a context manager)."""

    def __init__(self, *, var_dir: Path, database_url: str = "", threads: int = 8) -> None:
        self.var_dir = var_dir
        self.port = free_port()
        self.env = {
            **os.environ,
            "WIJKVERBINDER_VAR": str(var_dir),
            "WIJKVERBINDER_MODE": "embedded",
            "DATABASE_URL": database_url,
            "DEMO_AUTOLOAD": "false",
            "SERVE_THREADS": str(threads),
            "API_RATE_USER": "100000/minute",
            "API_RATE_TOKEN": "100000/minute",
            "LOG_LEVEL": "WARNING",
            "DJANGO_SETTINGS_MODULE": "wijkverbinder.config.settings",
        }
        self.token = ""
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def sqlite_path(self) -> Path:
        return self.var_dir / "wijkverbinder.sqlite3"

    def cli(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        """Run `wijkverbinder ARGS` against this server's database."""
        command = [sys.executable, "-m", "wijkverbinder.cli", *args]
        return subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def __enter__(self) -> LoadServer:
        self.var_dir.mkdir(parents=True, exist_ok=True)
        setup = subprocess.run(
            [sys.executable, "-c", SETUP],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
        self.token = setup.stdout.strip().splitlines()[-1]
        command = [sys.executable, "-m", "wijkverbinder.cli", "serve", "--no-demo"]
        command += ["--host", "127.0.0.1", "--port", str(self.port)]
        self.log = (self.var_dir / "serve.log").open("wb")
        self.process = subprocess.Popen(
            command, env=self.env, stdout=self.log, stderr=subprocess.STDOUT
        )
        self._wait_until_up()
        return self

    def _wait_until_up(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                connection.request("GET", "/inloggen/")
                if connection.getresponse().status == 200:
                    return
            time.sleep(0.3)
        raise RuntimeError("wijkverbinder serve kwam niet op")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.log.close()


_RUNS = iter(range(1_000_000))


def _signal_body(run: str, writer: int, number: int) -> dict[str, Any]:
    buurt, street = BUURTEN[(writer * 7 + number) % len(BUURTEN)]
    return {
        "datum": (date.today() - timedelta(days=(writer + number) % 60)).isoformat(),
        "tekst": TEXTS[(writer + number) % len(TEXTS)],
        "buurtcode": buurt,
        "straat": street,
        "externId": f"belasting-{run}-{writer}-{number}",
        "huishouden": f"9901AB {writer * 1000 + number % 40}",
    }


def _post_signals(
    port: int, token: str, writer: int, deadline: float, result: LoadResult, *, run: str
) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
    number = 0
    while time.monotonic() < deadline:
        body = _signal_body(run, writer, number)
        try:
            connection.request("POST", "/api/v1/signalen", json.dumps(body), headers)
            response = connection.getresponse()
            payload = response.read()
        except (OSError, http.client.HTTPException) as exc:
            result.statuses[0] += 1
            result.errors.append(f"{type(exc).__name__}: {exc}")
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            continue
        result.statuses[response.status] += 1
        if response.status == 201:
            result.created.append(body["externId"])
        elif len(result.errors) < 20:
            result.errors.append(f"{response.status}: {payload[:300]!r}")
        number += 1


def _log_in_and_out(port: int, deadline: float, result: LoadResult) -> None:
    """Log-in form, home page, log-out, again and again (sessions and the lock-out table)."""
    while time.monotonic() < deadline:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        connection.request("GET", "/inloggen/")
        page = connection.getresponse()
        html = page.read().decode()
        cookie = (page.getheader("Set-Cookie") or "").split(";")[0]
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        form = (
            f"username=fatima&password={PASSWORD}&csrfmiddlewaretoken={found[1] if found else ''}"
        )
        headers = {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}
        connection.request("POST", "/inloggen/", form, headers)
        answer = connection.getresponse()
        answer.read()
        ok = answer.status == 302 and "sessionid" in (answer.getheader("Set-Cookie") or "")
        result.statuses[answer.status] += 1
        if ok:
            result.logins += 1
        elif len(result.errors) < 20:
            result.errors.append(f"log-in {answer.status}")


def _run_id() -> str:
    return f"{os.getpid()}-{int(time.time())}-{next(_RUNS)}"


def warm_up(server: LoadServer) -> None:
    """One signal, so the server has built its redaction engine and classifier before a timed run."""
    result = LoadResult(writers=1, seconds=0)
    _post_signals(server.port, server.token, 0, time.monotonic() + 0.001, result, run=_run_id())
    if result.statuses[201] != 1:
        raise RuntimeError(f"opwarmen mislukt: {result.errors}")


def run_load(
    server: LoadServer, *, writers: int, seconds: float, logins: bool = True
) -> LoadResult:
    """`writers` clients at once for `seconds` (see the module docstring)."""
    result = LoadResult(writers=writers, seconds=seconds)
    deadline = time.monotonic() + seconds
    run = _run_id()
    threads = [
        threading.Thread(
            target=_post_signals,
            args=(server.port, server.token, writer, deadline, result),
            kwargs={"run": run},
        )
        for writer in range(writers - 1 if logins and writers > 1 else writers)
    ]
    if logins and writers > 1:
        threads.append(
            threading.Thread(target=_log_in_and_out, args=(server.port, deadline, result))
        )
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - started
    return result


CHECKS = {
    "stored": "SELECT COUNT(*) FROM intake_signal WHERE external_id LIKE 'belasting-%'",
    "distinct": "SELECT COUNT(DISTINCT external_id) FROM intake_signal "
    "WHERE external_id LIKE 'belasting-%'",
    "without_edit": "SELECT COUNT(*) FROM intake_signal s WHERE external_id LIKE 'belasting-%' "
    "AND NOT EXISTS (SELECT 1 FROM intake_signaledit e "
    "WHERE e.signal_id = s.id AND e.action = 'create')",
    "logged": "SELECT COUNT(*) FROM common_accesslogentry "
    "WHERE object_type = 'signal' AND action = 'create' AND channel = 'api'",
}


def check_rows(server: LoadServer, database_url: str = "") -> dict[str, int]:
    """Counts from the server's database (see `CHECKS`)."""
    with _connect(server, database_url) as connection:
        cursor = connection.cursor()
        out = {}
        for name, sql in CHECKS.items():
            cursor.execute(sql)
            out[name] = int(cursor.fetchone()[0])
        return out


@contextlib.contextmanager
def _connect(server: LoadServer, database_url: str) -> Iterator[Any]:
    if not database_url:
        connection: Any = sqlite3.connect(server.sqlite_path)
    else:
        import psycopg

        connection = psycopg.connect(database_url)
    try:
        yield connection
    finally:
        connection.close()
