"""Load test of a wijkteam's working day with locust, against a real `wijkverbinder serve` on loopback.

    python benchmarks/load.py --database-url postgres://…/schaalstad --smoke
    python benchmarks/load.py --database-url … --users 20 --seconds 600

The database holds Schaalstad (`wijkverbinder demo --scale`). The script starts `wijkverbinder serve`
on 127.0.0.1 (no worker thread: detection tasks wait in the queue, at most one per team), waits
until `/gezondheid/gereed` answers, and lets `--users` professionals work at once, each logged in
as the coordinator of one of the 50 teams: mostly reading (signal list, filtered and paged, a
signal, the questions and one question, trajectories, the start page, the API lists) and now and
then writing a signal through the API (redacted and stored, detection queued). Think time 0.5–2 s.

`--servers N` starts N server processes (users spread over them), `--workers N` as many
`db_worker`s, which run the detection that new signals queue. `--smoke`: 20 users for 60 s. The run
is bounded (`--seconds`, then every user stops). Reports per page the number of requests, failures,
median, p95 and max in ms; the servers' CPU time per request (user + system of the serve
processes, from /proc), the workers' CPU time, and memory when ready and every 10 s.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# locust patches the standard library for gevent when imported (time.sleep then yields to the users)
from locust import HttpUser, between, task
from locust.env import Environment

BIN = Path(sys.executable).parent / "wijkverbinder"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
PASSWORD = "schaalstad-meten"  # noqa: S105 - the fictional accounts of `demo --scale`
TEAMS = 50
HOSTS: list[str] = []  # one per server process; users are spread over them
THEMES = ("overlast.geluid", "overlast.buren", "leefbaarheid.afval", "welzijn.eenzaamheid")
_numbers = itertools.count()
OFF_PAGES = ("/inloggen/", "/tweestapsverificatie/")  # where a user lands who is not let in


class Professional(HttpUser):
    """A coordinator of one team through a working day: mostly reading, sometimes a new signal."""

    wait_time = between(0.5, 2.0)

    def on_start(self) -> None:
        number = next(_numbers)
        self.team = number % TEAMS + 1
        if HOSTS:
            self.client.base_url = HOSTS[number % len(HOSTS)]
        page = self.client.get("/inloggen/", name="/inloggen/")
        found = CSRF.search(page.text)
        self.client.post(
            "/inloggen/",
            {"username": f"schaal{self.team:02d}", "password": PASSWORD,
             "csrfmiddlewaretoken": found[1] if found else ""},
            name="/inloggen/ (POST)",
        )  # fmt: skip
        self.csrf = self.client.cookies.get("csrftoken", "")
        listed = self.client.get("/api/v1/signalen?pageSize=50", name="/api/v1/signalen").json()
        self.signals = [row["id"] for row in listed.get("results", [])]
        self.places = [
            (row["buurtcode"], row.get("straat") or "")
            for row in listed.get("results", [])
            if row.get("buurtcode")
        ]
        questions = self.client.get(
            "/api/v1/gemeenschappelijke-vragen", name="/api/v1/gemeenschappelijke-vragen"
        ).json()
        self.questions = [row["id"] for row in questions.get("results", [])]

    def _page(self, url: str, name: str) -> None:
        """GET a page of the app; a redirect to the log-in or two-factor page counts as a failure
        (the status alone would say 200: the user would be measuring the log-in page)."""
        with self.client.get(url, name=name, catch_response=True) as response:
            landed = response.url or ""
            if response.status_code == 200 and any(part in landed for part in OFF_PAGES):
                response.failure(f"niet de pagina maar {landed}")

    @task(6)
    def signal_list(self) -> None:
        self._page("/signalen/", "/signalen/")

    @task(2)
    def signal_list_filtered(self) -> None:
        since = (date.today() - timedelta(days=90)).isoformat()
        self._page(
            f"/signalen/?thema={random.choice(THEMES)}&vanaf={since}", "/signalen/?thema&vanaf"
        )

    @task(2)
    def signal_list_later_page(self) -> None:
        self._page(f"/signalen/?pagina={random.randint(2, 40)}", "/signalen/?pagina")

    @task(3)
    def signal_detail(self) -> None:
        if self.signals:
            self._page(f"/signalen/{random.choice(self.signals)}/", "/signalen/<id>/")

    @task(4)
    def question_list(self) -> None:
        self._page("/gemeenschappelijke-vragen/", "/gemeenschappelijke-vragen/")

    @task(2)
    def question_detail(self) -> None:
        if self.questions:
            self._page(
                f"/gemeenschappelijke-vragen/{random.choice(self.questions)}/",
                "/gemeenschappelijke-vragen/<id>/",
            )

    @task(2)
    def trajectories(self) -> None:
        self._page("/trajecten/", "/trajecten/")

    @task(1)
    def start_page(self) -> None:
        self._page("/", "/")

    @task(3)
    def api_signals(self) -> None:
        self.client.get("/api/v1/signalen", name="/api/v1/signalen")

    @task(1)
    def api_questions(self) -> None:
        self.client.get(
            "/api/v1/gemeenschappelijke-vragen", name="/api/v1/gemeenschappelijke-vragen"
        )

    @task(1)
    def api_trajectories(self) -> None:
        self.client.get("/api/v1/trajecten", name="/api/v1/trajecten")

    @task(1)
    def new_signal(self) -> None:
        if not self.places:
            return
        buurt, street = random.choice(self.places)
        body = {
            "datum": date.today().isoformat(),
            "tekst": "Bewoners hebben last van harde muziek in de avond.",
            "buurtcode": buurt,
            "straat": street,
            "rol": "affected",
            "bron": "huisbezoek",
        }
        self.client.post(
            "/api/v1/signalen",
            data=json.dumps(body),
            headers={"Content-Type": "application/json", "X-CSRFToken": self.csrf,
                     "Referer": self.client.base_url + "/"},
            name="/api/v1/signalen (POST)",
        )  # fmt: skip


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _ready(port: int) -> bool:
    """Whether the server answers 200 on its readiness probe."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as probe:
            probe.sendall(b"GET /gezondheid/gereed HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            return b" 200 " in probe.recv(64).split(b"\r\n", 1)[0]
    except OSError:
        return False


def _fresh_statistics(database_url: str) -> None:
    """Analyse the database first when its signals have never been analysed.

    A bulk-loaded or restored database has no planner statistics until autovacuum gets to it (and
    never when autovacuum is off): PostgreSQL then reads a team's whole 20,000 signals for each
    page of the list. Production runs with autovacuum; measuring without statistics measures the
    wrong plans.
    """
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        row = connection.execute(
            "SELECT coalesce(last_analyze, last_autoanalyze) FROM pg_stat_user_tables"
            " WHERE relname = 'intake_signal'"
        ).fetchone()
        if row is not None and row[0] is None:
            print("statistieken ontbreken: VACUUM (ANALYZE) …", file=sys.stderr)
            connection.execute("VACUUM (ANALYZE)")


def _start_server(database_url: str, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "PORT": str(port),
        "TASKS_WORKER_IN_SERVE": "false",
        "DEMO_AUTOLOAD": "false",
        "LOG_LEVEL": "WARNING",
    }
    server = subprocess.Popen(
        [str(BIN), "serve", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if _ready(port):
            return server
        time.sleep(1)
    server.kill()
    raise SystemExit("de server werd niet gereed")


def _start_worker(database_url: str, number: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"}
    return subprocess.Popen(
        [str(BIN), "db_worker", "--worker-id", f"last{number}", "--queue-name", "*"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True, help="PostgreSQL met Schaalstad")
    parser.add_argument("--smoke", action="store_true", help="20 gebruikers, 60 s")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--port", type=int, default=8716, help="first port; one per server")
    parser.add_argument("--servers", type=int, default=1, help="serve processes (users spread)")
    parser.add_argument("--workers", type=int, default=0, help="db_worker processes (detection)")
    args = parser.parse_args()
    users, seconds = (20, 60.0) if args.smoke else (args.users, args.seconds)
    ports = [args.port + n for n in range(args.servers)]
    _fresh_statistics(args.database_url)
    servers = [_start_server(args.database_url, port) for port in ports]
    workers = [_start_worker(args.database_url, n) for n in range(args.workers)]
    HOSTS[:] = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        report = _run([s.pid for s in servers], [w.pid for w in workers], HOSTS[0], users, seconds)
    finally:
        _stop(servers + workers)
    print(json.dumps(report, indent=1, ensure_ascii=False))


def _run(
    pids: list[int], workers: list[int], host: str, users: int, seconds: float
) -> dict[str, Any]:
    env = Environment(user_classes=[Professional], host=host)
    runner = env.create_local_runner()
    rss_before = [round(_rss_mb(pid)) for pid in pids]
    runner.start(users, spawn_rate=users)

    # measure from when every user has logged in and read its first lists (20 password checks at
    # once take seconds of CPU; they are not part of the working day)
    def started() -> int:  # looked up each time: the runner replaces the entries when it starts
        entry = env.stats.entries.get(("/api/v1/gemeenschappelijke-vragen", "GET"))
        return entry.num_requests if entry is not None else 0

    deadline = time.monotonic() + 300
    while started() < users and time.monotonic() < deadline:
        time.sleep(0.5)
    time.sleep(2)
    env.stats.reset_all()
    cpu_before = sum(_cpu_seconds(pid) for pid in pids)
    worker_cpu_before = sum(_cpu_seconds(pid) for pid in workers)
    rss = [[round(_rss_mb(pid)) for pid in pids]]
    until = time.monotonic() + seconds
    while time.monotonic() < until:  # memory every 10 s: does it level off?
        time.sleep(min(10.0, max(until - time.monotonic(), 0.0)))
        rss.append([round(_rss_mb(pid)) for pid in pids])
    cpu = sum(_cpu_seconds(pid) for pid in pids) - cpu_before
    worker_cpu = sum(_cpu_seconds(pid) for pid in workers) - worker_cpu_before
    runner.quit()
    total = env.stats.total
    pages = {
        name: {
            "requests": entry.num_requests,
            "failures": entry.num_failures,
            "p50_ms": entry.get_response_time_percentile(0.5),
            "p95_ms": entry.get_response_time_percentile(0.95),
            "max_ms": round(entry.max_response_time or 0),
        }
        for (name, _method), entry in sorted(env.stats.entries.items())
        if entry.num_requests
    }
    return {
        "users": users,
        "seconds": seconds,
        "requests": total.num_requests,
        "failures": total.num_failures,
        "errors": [
            f"{e.method} {e.name}: {e.error} ×{e.occurrences}" for e in env.stats.errors.values()
        ][:10],
        "p95_ms": total.get_response_time_percentile(0.95),
        "requests_per_s": round(total.num_requests / seconds, 1),
        "server_cpu_ms_per_request": round(1000 * cpu / max(total.num_requests, 1), 1),
        "servers": len(pids),
        "workers": len(workers),
        "worker_cpu_s": round(worker_cpu, 1),
        "server_rss_mb": {"ready": rss_before, "every_10_s": rss},
        "load_average": os.getloadavg(),
        "pages": pages,
    }


if __name__ == "__main__":
    main()
