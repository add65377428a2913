"""One background worker thread inside `wijkverbinder serve`, for the embedded default.

Background tasks (a web import, detection after new signals) wait in the database queue of
django-tasks-db. Production runs `wijkverbinder db_worker` processes for it; the embedded default
needs no separate command: `serve` starts this thread (setting `TASKS_WORKER_IN_SERVE`), which runs
the queue's tasks one after the other with the worker of django-tasks-db. Tasks queued while `serve`
was not running (by `import-signals` on the command line) run when it starts. One thread means one
task at a time, which is also what SQLite's single writer wants.
"""

from __future__ import annotations

import logging
import os
import threading

from django.conf import settings
from django.db import connections
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker

logger = logging.getLogger(__name__)


class EmbeddedWorker:
    """The worker and its thread; `stop()` ends it after the running task."""

    def __init__(self, *, interval: float = 1.0) -> None:
        self.worker = Worker(
            queue_names=["*"],
            interval=interval,
            batch=False,
            backend_name=DEFAULT_TASK_BACKEND_ALIAS,
            startup_delay=False,
            max_tasks=None,
            worker_id=f"serve-{os.getpid()}",
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
