"""Load test: 100 residents voting at once on one straattafel, against the real `wijkverbinder serve`.

    python benchmarks/straattafel_load.py [--residents 100] [--statements 12] [--think 3.0]

An equivalent of a locust run, with the standard library only, on loopback: a fresh embedded default
(SQLite in a temporary `WIJKVERBINDER_VAR`) gets the demo's structure and one open straattafel;
`wijkverbinder serve` starts in a subprocess; every resident is a thread with its own keep-alive
connection that votes on every statement through the residents' API (`POST /api/v1/deelnames/
{code}/stemmen`, key header after the first vote), reading each statement on average `--think` seconds (±50 %) before
voting (also the first: everybody opens the page at the same moment; 0 = as fast as possible, a stress test). All residents start together.

Reports per-vote latency (median, p95, max), errors by status, throughput, and checks that no vote
was lost: the database must hold exactly residents × statements current votes and as many vote
events. All residents come from 127.0.0.1, so the per-address limit (new participants per hour) is raised; the
per-participant limit stays at its default. The run is bounded: it stops after `--timeout` seconds.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BIN = Path(sys.executable).parent / "wijkverbinder"
SETUP = """
import datetime as dt
from django.utils import timezone
from wijkverbinder.portal.demo.build import build_demo
from wijkverbinder.accounts.models import User
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.straattafel import services
build_demo()
user = User.objects.get(username="joost")
now = timezone.now()
item = services.create_straattafel(
    user=user, neighbourhood=Neighbourhood.objects.get(code="BU99010102"),
    title="Belasting", question="Wat vindt u?", opens_at=now - dt.timedelta(hours=1),
    closes_at=now + dt.timedelta(days=1), moderated=False, participant_cap=5000)
for n in range({statements}):
    services.add_statement(user=user, straattafel=item, text=f"Stelling nummer {{n}} over de straat.")
print("CODE=" + item.code)
"""
COUNT = """
from wijkverbinder.straattafel.models import Vote, VoteEvent, Participant
print("COUNTS", Participant.objects.count(), Vote.objects.count(), VoteEvent.objects.count())
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def shell(env: dict[str, str], code: str) -> str:
    done = subprocess.run(
        [str(BIN), "shell", "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


class Resident(threading.Thread):
    def __init__(  # noqa: PLR0917
        self,
        port: int,
        code: str,
        statements: int,
        think: float,
        start: threading.Event,
        deadline: float,
    ) -> None:
        super().__init__(daemon=True)
        self.port, self.code, self.statements, self.think = port, code, statements, think
        self.start_signal, self.deadline = start, deadline
        self.latencies: list[float] = []
        self.rng = random.Random(id(self))
        self.slow: list[tuple[int, float, float]] = []
        self.t0 = 0.0
        self.errors: dict[str, int] = {}

    def run(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        key = ""
        self.start_signal.wait()
        self.t0 = time.perf_counter()
        for number in range(self.statements):
            if self.think:  # reading the statement before voting
                time.sleep(self.rng.uniform(0.5 * self.think, 1.5 * self.think))
            if time.monotonic() > self.deadline:
                self.errors["timeout"] = self.errors.get("timeout", 0) + 1
                break
            body = json.dumps({"stelling": number, "stem": (number % 3) - 1})
            headers = {"Content-Type": "application/json"}
            if key:
                headers["Deelnemer-Sleutel"] = key
            began = time.perf_counter()
            try:
                connection.request("POST", f"/api/v1/deelnames/{self.code}/stemmen", body, headers)
                response = connection.getresponse()
                payload = response.read()
            except (OSError, http.client.HTTPException) as error:
                self.errors[type(error).__name__] = self.errors.get(type(error).__name__, 0) + 1
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                continue
            self.latencies.append(time.perf_counter() - began)
            if self.latencies[-1] > 1:
                self.slow.append((number, round(began - self.t0, 1), round(self.latencies[-1], 1)))
            if response.status != 201:
                self.errors[str(response.status)] = self.errors.get(str(response.status), 0) + 1
                continue
            key = key or json.loads(payload)["deelnemerSleutel"]
        connection.close()


def wait_until_up(port: int, code: str, server: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        if server.poll() is not None:
            raise SystemExit("wijkverbinder serve stopte onverwacht.")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", f"/api/v1/deelnames/{code}")
            status = connection.getresponse().status
            connection.close()  # an idle probe would hold one of the server's connections
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("wijkverbinder serve kwam niet op tijd op.")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_until_idle(pid: int) -> None:
    """Wait for the start-up work (migrations, warming the redaction engine) to finish."""
    for _ in range(120):
        before = cpu_seconds(pid)
        time.sleep(2)
        if cpu_seconds(pid) - before < 0.1:
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=100)
    parser.add_argument("--statements", type=int, default=12)
    parser.add_argument("--think", type=float, default=3.0, help="mean seconds between votes")
    parser.add_argument("--timeout", type=float, default=300.0)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="straattafel-load-")
    env = {
        **os.environ,
        "WIJKVERBINDER_VAR": folder,
        "DEMO_AUTOLOAD": "false",
        "STRAATTAFEL_JOINS_PER_ADDRESS_HOUR": "100000",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)  # the embedded default: SQLite
    subprocess.run([str(BIN), "migrate", "-v", "0"], env=env, check=True)
    code = shell(env, SETUP.format(statements=args.statements)).split("CODE=")[1].split()[0]
    port = free_port()
    server = subprocess.Popen(
        [str(BIN), "serve", "--no-demo", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(port, code, server)
        wait_until_idle(server.pid)
        cpu_before = cpu_seconds(server.pid)
        start = threading.Event()
        began = time.monotonic()
        residents = [
            Resident(port, code, args.statements, args.think, start, began + args.timeout)
            for _ in range(args.residents)
        ]
        for resident in residents:
            resident.start()
        began = time.perf_counter()
        start.set()
        for resident in residents:
            resident.join()
        elapsed = time.perf_counter() - began
        cpu = cpu_seconds(server.pid) - cpu_before
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies = sorted(x for r in residents for x in r.latencies)
    errors: dict[str, int] = {}
    for resident in residents:
        for kind, count in resident.errors.items():
            errors[kind] = errors.get(kind, 0) + count
    counts = shell(env, COUNT).split("COUNTS")[1].split()
    expected = args.residents * args.statements
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
    print(f"bewoners {args.residents}, stellingen {args.statements}, bedenktijd {args.think} s")
    print(
        f"stemmen verstuurd {len(latencies)} in {elapsed:.1f} s ({len(latencies) / elapsed:.0f}/s)"
    )
    print(
        f"latentie per stem: mediaan {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, p99 {latencies[int(0.99 * (len(latencies) - 1))] * 1000:.0f} ms, "
        f"max {latencies[-1] * 1000:.0f} ms; boven 1 s: {sum(1 for x in latencies if x > 1)}"
    )
    print(f"fouten: {sum(errors.values())} {errors if errors else ''}")
    slow = [item for r in residents for item in r.slow]
    if slow:
        print(f"trage stemmen (stelling, begon na s, duurde s): {slow[:5]}")
    print(
        f"CPU van de server: {cpu:.1f} s, {cpu / max(len(latencies), 1) * 1000:.1f} ms per stem "
        f"(capaciteit ≈ {len(latencies) / cpu:.0f} stemmen/s per kern); belasting van de machine "
        f"{os.getloadavg()[0]:.1f} op {os.cpu_count()} kernen"
    )
    print(
        f"in de database: deelnemers {counts[0]}, stemmen {counts[1]}, stemgebeurtenissen "
        f"{counts[2]} (verwacht {args.residents}, {expected}, {expected}) -> "
        f"{'geen stem verloren' if int(counts[1]) == expected == int(counts[2]) else 'STEMMEN VERLOREN'}"
    )


if __name__ == "__main__":
    main()
