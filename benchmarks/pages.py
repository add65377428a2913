"""Server time per page of the load mix (benchmarks/load.py), in-process with Django's test client.

    DATABASE_URL=postgres://…/schaalstad python benchmarks/pages.py --rounds 20

Each round requests every page of the mix once as the coordinator of a different team
(schaal01..schaal50 of `wijkverbinder demo --scale`) and records the time of the request, the
number of SQL queries and the time spent in them, and the CPU time of this process (the Django
side without the database server; less sensitive to other load on the machine than the wall
time). Reports per page the median and p95 of the times, the median CPU time and query count.
`--profile PAGE` prints a cProfile of that page instead.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import statistics
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import date, timedelta
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkverbinder.config.settings")
os.environ.setdefault("DEMO_AUTOLOAD", "false")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

THEMES = ("overlast.geluid", "overlast.buren", "leefbaarheid.afval", "welzijn.eenzaamheid")


class Queries:
    """Counts the queries and their time while active."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0
        self.slowest: list[tuple[float, str]] = []

    def __call__(self, execute: Callable[..., Any], sql: str, *args: Any) -> Any:
        started = time.perf_counter()
        try:
            return execute(sql, *args)
        finally:
            spent = time.perf_counter() - started
            self.count += 1
            self.seconds += spent
            self.slowest.append((spent, sql[:300]))


def _pages(client: Client) -> dict[str, str]:
    signals = client.get("/api/v1/signalen?pageSize=50").json()["results"]
    questions = client.get("/api/v1/gemeenschappelijke-vragen").json()["results"]
    since = (date.today() - timedelta(days=90)).isoformat()
    pages = {
        "/signalen/": "/signalen/",
        "/signalen/?thema&vanaf": f"/signalen/?thema={random.choice(THEMES)}&vanaf={since}",
        "/signalen/?pagina": f"/signalen/?pagina={random.randint(2, 40)}",
        "/signalen/<id>/": f"/signalen/{random.choice(signals)['id']}/",
        "/gemeenschappelijke-vragen/": "/gemeenschappelijke-vragen/",
        "/trajecten/": "/trajecten/",
        "/": "/",
        "/api/v1/signalen": "/api/v1/signalen",
        "/api/v1/gemeenschappelijke-vragen": "/api/v1/gemeenschappelijke-vragen",
        "/api/v1/trajecten": "/api/v1/trajecten",
    }
    if questions:
        pages["/gemeenschappelijke-vragen/<id>/"] = (
            f"/gemeenschappelijke-vragen/{random.choice(questions)['id']}/"
        )
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--only", default="", help="only the pages whose name contains this")
    parser.add_argument("--profile", default="", help="profile this page (name) and print")
    parser.add_argument("--sort", default="cumulative", help="cProfile order (comma-separated)")
    parser.add_argument("--lines", type=int, default=40, help="lines of the profile")
    parser.add_argument("--slowest", action="store_true", help="print each page's slowest query")
    args = parser.parse_args()
    users = get_user_model().objects.filter(username__startswith="schaal").order_by("username")
    clients = []
    for user in list(users)[:50]:
        client = Client()
        client.force_login(user)
        clients.append(client)
    times: dict[str, list[tuple[float, float, int, float]]] = {}
    slowest: dict[str, tuple[float, str]] = {}
    profiler = cProfile.Profile() if args.profile else None
    for number in range(args.rounds):
        client = clients[number % len(clients)]
        for name, url in _pages(client).items():
            if args.only and args.only not in name:
                continue
            queries = Queries()
            profiling: AbstractContextManager[Any] = nullcontext()
            if profiler is not None and name == args.profile:
                profiling = profiler
            with connection.execute_wrapper(queries), profiling:
                started, cpu_started = time.perf_counter(), time.process_time()
                response = client.get(url)
                spent, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            if response.status_code != 200:
                raise SystemExit(f"{url}: {response.status_code}")
            times.setdefault(name, []).append((spent, queries.seconds, queries.count, cpu))
            top = max(queries.slowest, default=(0.0, ""))
            if top[0] > slowest.get(name, (0.0, ""))[0]:
                slowest[name] = top
    if profiler is not None:
        pstats.Stats(profiler).sort_stats(*args.sort.split(",")).print_stats(args.lines)
        return
    report: dict[str, Any] = {"rounds": args.rounds, "load_average": os.getloadavg()}
    for name, rows in times.items():
        total = sorted(r[0] * 1000 for r in rows)
        sql = sorted(r[1] * 1000 for r in rows)
        report[name] = {
            "p50_ms": round(statistics.median(total), 1),
            "p95_ms": round(total[min(len(total) - 1, int(0.95 * len(total)))], 1),
            "sql_p50_ms": round(statistics.median(sql), 1),
            "cpu_p50_ms": round(statistics.median(r[3] * 1000 for r in rows), 1),
            "queries": int(statistics.median(r[2] for r in rows)),
        }
        if args.slowest:
            report[name]["slowest_sql"] = [round(slowest[name][0] * 1000, 1), slowest[name][1]]
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
