"""`wijkverbinder db_worker`: django-tasks-db's worker with a heartbeat and recovery of lost tasks.

Same options as the library's command (this app comes before `django_tasks_db` in INSTALLED_APPS,
so this command takes its name). The worker writes a heartbeat and puts the tasks of workers that
stopped mid-task back in the queue (`common.task_worker`). The worker id is made unique per process
(the given id, or "worker", plus pid and a random tail), so a restarted process never passes
for the one that died.
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django_tasks_db.management.commands import db_worker

from wijkverbinder.common.task_worker import HeartbeatWorker, unique_worker_id


class Command(db_worker.Command):
    help = (
        "Voert achtergrondtaken uit (imports, detectie) uit de wachtrij in de database; "
        "met hartslag, en taken van gestopte workers gaan terug in de wachtrij."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(worker_id="worker")

    def handle(self, *args: Any, **options: Any) -> None:
        options["worker_id"] = unique_worker_id(str(options["worker_id"]))
        original = db_worker.Worker
        db_worker.Worker = HeartbeatWorker  # type: ignore[misc]
        try:
            super().handle(*args, **options)
        finally:
            db_worker.Worker = original  # type: ignore[misc]
