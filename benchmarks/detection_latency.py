"""Benchmark: one new signal → the team's questions updated by a worker (issue 16).

    nice python benchmarks/detection_latency.py                      # small: SQLite, 4,000 signals
    nice python benchmarks/detection_latency.py --team-signals 20000 # a 1M / 50 teams team's size
    nice python benchmarks/detection_latency.py --database-url postgres://…/copy_of_wv_scale

A real `wijkverbinder db_worker` process (`--interval`, default 0.1 s) runs the queue. For each of
`--samples` signals the benchmark adds one signal through the service (`intake.services.
create_signal`, as the web form does: redaction, theme, hooks) and times from the moment the
service returns (signal committed, detection queued) until the worker has committed the team's
updated questions (their `DetectionRun`, written in the same transaction). Reported: p50/p95 of
that latency, the worker's own run time and its CPU per job, and the machine's load.

Baseline, in the same run: the full rerun as it was before this change (signals as dicts with
joins through a server-side cursor, the classifier always loaded, texts tokenised anew, every
question written), timed in this process without a worker.

Without `--database-url` a temporary SQLite file gets Schaalstad (`demo --scale`'s generator) with
one team of `--team-signals` signals. With a PostgreSQL URL that already holds Schaalstad (a copy
of `wv_scale`: 1M signals, 50 teams), team `--team` is measured there; never point it at a
database you care about: it adds signals.
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
WIJKVERBINDER = str(Path(sys.executable).with_name("wijkverbinder"))


def _setup(database_url: str, var_dir: Path) -> dict[str, str]:
    env = {
        "WIJKVERBINDER_VAR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "wijkverbinder.config.settings",
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "TASKS_WORKER_IN_SERVE": "0",
        "LOG_LEVEL": "WARNING",
    }
    if database_url:
        env["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return env


def _team(slug: str, team_signals: int) -> Any:
    from wijkverbinder.accounts.models import Team
    from wijkverbinder.portal.demo import scale

    if not scale.exists():
        scale.TEAMS = 1  # one team of the size asked, shaped like a team of the 1M database
        scale.build_scale(signals=team_signals)
    return Team.objects.get(slug=slug)


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def plain_full_run(team: Any) -> tuple[float, float]:
    """The full rerun before this change (wall, CPU): written in a transaction rolled back."""
    from django.db import transaction

    from wijkverbinder.collective.inputs import team_signals
    from wijkverbinder.collective.services import apply_results
    from wijkverbinder.core.detection import detect
    from wijkverbinder.core.records import SignalRecord
    from wijkverbinder.core.taxonomy import load_taxonomy
    from wijkverbinder.intake.models import Signal
    from wijkverbinder.intake.themes import classifier_for

    fields = ("id", "observed_on", "text", "neighbourhood_id", "neighbourhood__code",
              "neighbourhood__name", "street_id", "street__name", "lat", "lon", "role",
              "household", "theme", "theme_origin", "source")  # fmt: skip
    importlib.import_module("wijkverbinder.core.text.normalise")._content_words.cache_clear()
    wall, cpu = time.perf_counter(), time.process_time()
    rows = (
        Signal.objects.filter(team=team, deleted_at__isnull=True)
        .order_by("observed_on", "id")
        .values(*fields)
    )
    records = []
    for row in rows.iterator(chunk_size=5000):
        fixed = row["theme"] and row["theme_origin"] != Signal.ThemeOrigin.SUGGESTED
        records.append(
            SignalRecord(
                id=str(row["id"]),
                date=row["observed_on"],
                text=row["text"],
                neighbourhood=row["neighbourhood__code"],
                street=row["street__name"],
                lat=row["lat"],
                lon=row["lon"],
                role=row["role"] or None,
                household=row["household"] or None,
                theme=row["theme"] if fixed else None,
                source=row["source"] or None,
            )
        )
    result = detect(records, seeds=load_taxonomy().seeds(), classifier=classifier_for(team))
    inputs = team_signals(team)  # the facts the write needs (part of the old load too)
    with transaction.atomic():
        apply_results(team=team, results=result.questions, inputs=inputs)
        transaction.set_rollback(True)
    return time.perf_counter() - wall, time.process_time() - cpu


def _add_signal(team: Any, user: Any, index: int, places: list[tuple[str, str]]) -> None:
    from wijkverbinder.intake.placing import PlaceInput
    from wijkverbinder.intake.services import SignalInput, create_signal

    code, street = places[index % len(places)]
    create_signal(
        user=user,
        team=team,
        data=SignalInput(
            observed_on=date.today(),
            text=f"Afval naast de container, al de {index + 2}e keer deze maand.",
            place=PlaceInput(neighbourhood_code=code, street_name=street),
            theme="leefbaarheid.afval",
            household=f"meting-{index}",
        ),
    )


def measure(args: argparse.Namespace, var_dir: Path) -> dict[str, Any]:
    env = _setup(args.database_url, var_dir)
    from wijkverbinder.accounts.models import Membership
    from wijkverbinder.collective.models import DetectionRun
    from wijkverbinder.common.models import WorkerHeartbeat
    from wijkverbinder.intake.models import Signal

    team = _team(args.team, args.team_signals)
    user = Membership.objects.filter(team=team, role=Membership.Role.COORDINATOR)[0].user
    places = list(
        Signal.objects.filter(team=team, street__isnull=False)
        .values_list("neighbourhood__code", "street__name")
        .distinct()
        .order_by("neighbourhood__code", "street__name")[:20]
    )
    size = Signal.objects.filter(team=team, deleted_at__isnull=True).count()
    base = [plain_full_run(team) for _ in range(args.baseline_runs)]
    log = (var_dir / "worker.log").open("wb")
    worker = subprocess.Popen(
        [WIJKVERBINDER, "db_worker", "--worker-id", "meting", "--interval", str(args.interval),
         "--no-startup-delay", "--queue-name", "*"],
        env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not WorkerHeartbeat.objects.exists():
            if time.monotonic() > deadline or worker.poll() is not None:
                raise SystemExit("de worker start niet; zie " + str(var_dir / "worker.log"))
            time.sleep(0.2)
        latencies, runs, service, cpu = [], [], [], 0.0
        for index in range(-2, args.samples):  # two warm-up signals (first run of the worker)
            last = DetectionRun.objects.filter(team=team).order_by("-pk").first()
            last_pk = last.pk if last else 0
            began = time.perf_counter()
            _add_signal(team, user, index + 2, places)
            queued = time.perf_counter()
            cpu_before = _cpu(worker.pid)
            while True:
                run = DetectionRun.objects.filter(team=team, pk__gt=last_pk).first()
                if run is not None:
                    break
                if time.perf_counter() - queued > 120:
                    raise SystemExit("geen detectie na 120 s")
                time.sleep(0.02)  # a light poll: it shares the cores with the worker
            done = time.perf_counter()
            if index >= 0:
                latencies.append(done - queued)
                service.append(queued - began)
                runs.append(run.seconds)
                cpu += _cpu(worker.pid) - cpu_before
                assert run.signals == size + index + 3, (run.signals, size, index)
    finally:
        worker.terminate()
        worker.wait(30)
        log.close()
    ordered = sorted(latencies)
    return {
        "signals": size,
        "p50": statistics.median(ordered),
        "p95": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "max": ordered[-1],
        "run": statistics.mean(runs),
        "cpu": cpu / len(latencies),
        "service": statistics.median(service),
        "base_wall": statistics.median(b[0] for b in base),
        "base_cpu": statistics.median(b[1] for b in base),
        "load": os.getloadavg(),
        "vendor": "PostgreSQL" if args.database_url else "SQLite",
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default="")
    parser.add_argument("--team", default="schaalstad-01")
    parser.add_argument("--team-signals", type=int, default=4000)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--baseline-runs", type=int, default=3)
    parser.add_argument("--interval", type=float, default=0.1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        r = measure(args, Path(folder))
    print(
        f"{r['vendor']}, team met {r['signals']} signalen, {args.samples} nieuwe signalen, worker "
        f"--interval {args.interval}:\n"
        f"  nieuw signaal → vragen bijgewerkt: p50 {r['p50']:.3f} s, p95 {r['p95']:.3f} s, "
        f"max {r['max']:.3f} s\n"
        f"  run van de worker {r['run']:.3f} s, CPU per taak {r['cpu']:.3f} s; "
        f"service (signaal opslaan) {r['service']:.3f} s\n"
        f"  basis: volledige run zoals voorheen {r['base_wall']:.3f} s (CPU {r['base_cpu']:.3f} s)"
        f" → p50 ×{r['base_wall'] / r['p50']:.1f} sneller\n"
        f"  belasting (1/5/15 min): {' '.join(f'{x:.2f}' for x in r['load'])}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
