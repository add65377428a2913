"""Real `wijkverbinder db_worker` processes on the PostgreSQL test database: a worker killed mid-job
(SIGKILL) leaves nothing half-written and the job completes once on another worker; two workers
never run one team's detection at the same time, and servers queue at most one run per team.

PostgreSQL only: the worker processes must reach the test's database, and pytest-django's SQLite
test database lives in this process's memory. The requeue rules themselves are tested on both
databases in common/tests/test_lost_workers.py.
"""

from __future__ import annotations

import concurrent.futures
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connection, connections
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from wijkverbinder.accounts.models import Team, User
from wijkverbinder.collective.models import CollectiveQuestion, DetectionRun
from wijkverbinder.collective.tasks import enqueue_detection
from wijkverbinder.collective.tests.factories import TODAY
from wijkverbinder.common.models import AccessLogEntry, WorkerHeartbeat
from wijkverbinder.intake import hooks
from wijkverbinder.intake.imports import import_signals
from wijkverbinder.operations.tests.worker_tasks import detect_slowly, detect_then_pause
from wijkverbinder.portal.demo.signals import demo_csv

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        bool(os.environ.get("DATABASE_URL", "").startswith("sqlite"))
        or not os.environ.get("DATABASE_URL"),
        reason="needs PostgreSQL: worker processes cannot reach the in-memory SQLite test database",
    ),
]
WIJKVERBINDER = str(Path(sys.executable).with_name("wijkverbinder"))


def database_url() -> str:
    """The test database as a URL for another process."""
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    host = s["HOST"] or "127.0.0.1"
    return f"postgres://{s['USER']}{password}@{host}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Callable[[str], subprocess.Popen[bytes]]]:
    """Start `wijkverbinder db_worker` processes (heartbeat 1 s, lost after 3 s); ended afterwards."""
    started: list[subprocess.Popen[bytes]] = []
    logs: list[Any] = []
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "TASKS_HEARTBEAT_SECONDS": "1",
        "TASKS_WORKER_LOST_AFTER": "3",
        "VAR_DIR": str(tmp_path),
    }

    def start(name: str) -> subprocess.Popen[bytes]:
        log = (tmp_path / f"{name}.log").open("wb")
        logs.append(log)
        process = subprocess.Popen(
            [WIJKVERBINDER, "db_worker", "--worker-id", name, "--interval", "0.2",
             "--no-startup-delay", "--queue-name", "*"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    for log in logs:
        log.close()


def _wait(condition: Callable[[], Any], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"na {seconds} s nog niet: {what}")
        time.sleep(0.2)


def _team_with_signals() -> Team:
    with hooks.paused():  # the demo's signals of Wijkteam W, no detection yet
        import_signals(
            user=User.objects.get(username="joost"),
            data=demo_csv(district="WK990101", end=TODAY),
            filename="w.csv",
        )
    return Team.objects.get(name="Wijkteam W")


def test_killed_worker_leaves_no_partial_run_and_the_job_completes_once(
    demo: None, task_queue: None, tmp_path: Path, start_worker: Callable[[str], Any]
) -> None:
    team = _team_with_signals()
    assert not DetectionRun.objects.filter(team=team).exists()
    logged = AccessLogEntry.objects.filter(action="detect").count()
    flag = tmp_path / "paused"
    result = detect_then_pause.enqueue(team.pk, str(flag))

    first = start_worker("eerste")
    _wait(flag.exists, 120, "de eerste worker heeft de run geschreven")
    task = DBTaskResult.objects.get(pk=result.id)
    assert task.status == TaskResultStatus.RUNNING
    os.kill(first.pid, signal.SIGKILL)
    first.wait(10)

    # the killed attempt's writes were never committed
    assert not CollectiveQuestion.objects.filter(team=team).exists()
    assert not DetectionRun.objects.filter(team=team).exists()
    assert AccessLogEntry.objects.filter(action="detect").count() == logged
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING

    start_worker("tweede")
    _wait(
        lambda: DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.SUCCESSFUL,
        120,
        "de tweede worker heeft de taak afgemaakt",
    )
    task = DBTaskResult.objects.get(pk=result.id)
    assert len(task.worker_ids) == 2
    assert task.worker_ids[0].startswith("eerste-")
    assert task.worker_ids[1].startswith("tweede-")
    assert DetectionRun.objects.filter(team=team).count() == 1
    questions = CollectiveQuestion.objects.filter(team=team)
    assert task.return_value is not None
    assert questions.count() == task.return_value["created"] > 0, task.return_value
    keys = list(questions.values_list("theme", "neighbourhood_id", "street_id"))
    assert len(keys) == len(set(keys))  # no question twice
    assert AccessLogEntry.objects.filter(action="detect").count() == logged + 1
    assert WorkerHeartbeat.objects.filter(worker_id__startswith="tweede-").exists()


def test_two_workers_never_run_one_teams_detection_together(
    demo: None, task_queue: None, start_worker: Callable[[str], Any]
) -> None:
    team = _team_with_signals()
    start_worker("a")
    start_worker("b")
    _wait(lambda: WorkerHeartbeat.objects.count() == 2, 120, "beide workers draaien")
    first = detect_slowly.enqueue(team.pk, 4)
    second = detect_slowly.enqueue(team.pk, 4)
    done = (TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED)

    def all_done() -> bool:
        return not DBTaskResult.objects.exclude(status__in=done).exists()

    _wait(lambda: DetectionRun.objects.filter(team=team).count() == 2 and all_done(), 120,
          "de uitgestelde run is ingehaald")  # fmt: skip
    values = [DBTaskResult.objects.get(pk=r.id).return_value for r in (first, second)]
    assert {"deferred": 1} in values  # the one that met the other's lock did not run
    assert sum(1 for v in values if v and "found" in v) == 1
    # the deferred run came back as a follow-up (deferred again while the first still ran)
    follow_ups = DBTaskResult.objects.filter(
        task_path="wijkverbinder.collective.tasks.detect_for_team"
    )
    assert [r.return_value for r in follow_ups].count({"deferred": 1}) == follow_ups.count() - 1
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).exists()


def test_servers_queue_at_most_one_detection_per_team(demo: None, task_queue: None) -> None:
    team = Team.objects.get(name="Wijkteam W")
    barrier = threading.Barrier(6)

    def enqueue() -> bool:
        try:
            barrier.wait()
            return enqueue_detection(team.pk, "signal")
        finally:
            connections.close_all()

    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        queued = list(pool.map(lambda _: enqueue(), range(6)))
    assert queued.count(True) == 1
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 1
