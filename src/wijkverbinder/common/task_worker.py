"""One background worker thread inside `wijkverbinder serve`, for the embedded default.

Background tasks (a web import, detection after new signals) wait in the database queue of
django-tasks-db. Production runs `wijkverbinder db_worker` processes for it; the embedded default
needs no separate command: `serve` starts this thread (setting `TASKS_WORKER_IN_SERVE`), which runs
the queue's tasks one after the other with the worker of django-tasks-db. Tasks queued while `serve`
was not running (by `import-signals` on the command line) run when it starts. One thread means one
task at a time, which is also what SQLite's single writer wants.

Crash safety: every worker (`db_worker` is this project's subclass of django-tasks-db's command,
and the thread of `serve`) writes a heartbeat (`WorkerHeartbeat`) from a side thread every
`TASKS_HEARTBEAT_SECONDS`. A worker killed mid-task leaves its task *running*; at each beat the
other workers look for running tasks whose worker has not beaten for `TASKS_WORKER_LOST_AFTER`
seconds and put them back in the queue (`requeue_lost_tasks`), or mark them failed (`WorkerLost`)
after `TASKS_MAX_ATTEMPTS` attempts. A worker restarted under the same id (systemd) requeues its own
earlier tasks at once. Tasks write their results in one transaction, so a killed attempt leaves
nothing behind and the next attempt starts clean (docs/architecture.md, "Background tasks").
Workers also remove old finished task rows, at start and once an hour (`prune_finished_tasks`).
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
from datetime import datetime, timedelta

from django.conf import settings
from django.db import close_old_connections, connections, transaction
from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks.base import TaskResultStatus
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from wijkverbinder.common.models import WorkerHeartbeat

logger = logging.getLogger(__name__)


LOST = "wijkverbinder.common.task_worker.WorkerLost"
FORGET_AFTER = timedelta(days=7)
PRUNE_EVERY = timedelta(hours=1)
PRUNE_BATCH = 1000


class WorkerLost(Exception):  # noqa: N818 - the name shown as a failed task's error class
    """The worker running a task stopped without finishing it, too often."""


def requeue_lost_tasks(*, now: datetime | None = None, own_id: str = "") -> tuple[int, int]:
    """Put the running tasks of lost workers back in the queue; returns (requeued, failed).

    A worker is lost when its last heartbeat is older than `TASKS_WORKER_LOST_AFTER` (or it has
    none). `own_id`: the calling worker's id at its start, when it runs nothing yet, so a running
    task under that id was left by an earlier process with the same id. A task that has had
    `TASKS_MAX_ATTEMPTS` attempts is marked failed instead. Rows are taken with `SKIP LOCKED`, so
    several workers may do this at once and each task is handled once.
    """
    now = now or timezone.now()
    lost_before = now - timedelta(seconds=settings.TASKS_WORKER_LOST_AFTER)
    live = set(
        WorkerHeartbeat.objects.filter(beat_at__gte=lost_before).values_list("worker_id", flat=True)
    ) - {own_id}
    requeued = failed = 0
    with transaction.atomic():
        running = DBTaskResult.objects.select_for_update(skip_locked=True).filter(
            status=TaskResultStatus.RUNNING
        )
        for task in running.order_by("started_at"):
            last = task.worker_ids[-1] if task.worker_ids else ""
            if not (own_id and last == own_id) and (
                last in live or (task.started_at is not None and task.started_at >= lost_before)
            ):
                continue
            if len(task.worker_ids) >= settings.TASKS_MAX_ATTEMPTS:
                task.status, task.finished_at = TaskResultStatus.FAILED, now
                task.exception_class_path = LOST
                task.traceback = (
                    f"{LOST}: de worker stopte {len(task.worker_ids)} keer tijdens deze taak "
                    f"(werkers: {', '.join(task.worker_ids)})\n"
                )
                task.save(
                    update_fields=["status", "finished_at", "exception_class_path", "traceback"]
                )
                failed += 1
            else:
                task.status, task.started_at = TaskResultStatus.READY, None
                task.save(update_fields=["status", "started_at"])
                requeued += 1
    if requeued or failed:
        logger.warning(
            "taken van gestopte workers: %s opnieuw in de wachtrij, %s mislukt", requeued, failed
        )
    WorkerHeartbeat.objects.filter(beat_at__lt=now - FORGET_AFTER).delete()
    return requeued, failed


def prune_finished_tasks(*, now: datetime | None = None) -> int:
    """Remove finished task rows older than `TASKS_KEEP_FINISHED_DAYS` (failed ones after
    `TASKS_KEEP_FAILED_DAYS`); returns how many. Waiting and running tasks are never touched.
    Deletes in batches of `PRUNE_BATCH` rows, each its own short transaction, so several workers
    may prune at once and no write waits long."""
    now = now or timezone.now()
    old = DBTaskResult.objects.filter(
        status=TaskResultStatus.SUCCESSFUL,
        finished_at__lt=now - timedelta(days=settings.TASKS_KEEP_FINISHED_DAYS),
    ) | DBTaskResult.objects.filter(
        status=TaskResultStatus.FAILED,
        finished_at__lt=now - timedelta(days=settings.TASKS_KEEP_FAILED_DAYS),
    )
    removed = 0
    while batch := list(old.values_list("pk", flat=True)[:PRUNE_BATCH]):
        removed += DBTaskResult.objects.filter(pk__in=batch).delete()[0]
    if removed:
        logger.info("oude taken uit de wachtrij verwijderd: %s", removed)
    return removed


def beat(worker_id: str, started_at: datetime) -> None:
    """Write the worker's heartbeat now."""
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={
            "host": socket.gethostname()[:255],
            "pid": os.getpid(),
            "started_at": started_at,
            "beat_at": timezone.now(),
        },
    )


class HeartbeatWorker(Worker):
    """django-tasks-db's worker with a heartbeat thread that also requeues lost workers' tasks."""

    def run(self) -> None:
        started_at = timezone.now()
        beat(self.worker_id, started_at)
        requeue_lost_tasks(own_id=self.worker_id)
        prune_finished_tasks()
        stop = threading.Event()
        thread = threading.Thread(
            target=self._beat, args=(started_at, stop), name="hartslag", daemon=True
        )
        thread.start()
        try:
            super().run()
        finally:
            stop.set()
            thread.join(5)
            WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()

    def _beat(self, started_at: datetime, stop: threading.Event) -> None:
        pruned_at = timezone.now()
        try:
            while not stop.wait(settings.TASKS_HEARTBEAT_SECONDS):
                close_old_connections()
                try:
                    beat(self.worker_id, started_at)
                    requeue_lost_tasks()
                    if timezone.now() - pruned_at >= PRUNE_EVERY:
                        pruned_at = timezone.now()
                        prune_finished_tasks()
                except Exception as exc:  # a database hiccup: the next beat tries again
                    logger.warning("hartslag van worker mislukt: %s", type(exc).__name__)
        finally:
            connections.close_all()


def unique_worker_id(prefix: str) -> str:
    """A worker id no other process has used: the prefix, the pid and a random tail (≤ 64)."""
    return f"{prefix[:48]}-{os.getpid()}-{secrets.token_hex(3)}"


class EmbeddedWorker:
    """The worker and its thread; `stop()` ends it after the running task."""

    def __init__(self, *, interval: float = 1.0) -> None:
        self.worker = HeartbeatWorker(
            queue_names=["*"],
            interval=interval,
            batch=False,
            backend_name=DEFAULT_TASK_BACKEND_ALIAS,
            startup_delay=False,
            max_tasks=None,
            worker_id=unique_worker_id(f"serve-{socket.gethostname()[:30]}"),
            excluded_queue_names=[],
        )
        self.thread = threading.Thread(target=self._run, name="achtergrondtaken", daemon=True)

    def _run(self) -> None:
        try:
            self.worker.run()
        except Exception:
            logger.exception("de achtergrondworker is gestopt")
        finally:
            connections.close_all()

    def start(self) -> EmbeddedWorker:
        """Start the thread."""
        self.thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the worker to stop and wait a little for the running task."""
        self.worker.running = False
        self.thread.join(timeout)


def uses_database_queue() -> bool:
    """True when the default task backend is the database queue."""
    return isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend)


def start_embedded_worker() -> EmbeddedWorker | None:
    """Start the worker thread when the settings ask for it; None otherwise."""
    if not settings.TASKS_WORKER_IN_SERVE or not uses_database_queue():
        return None
    return EmbeddedWorker().start()
