"""Detection as a background task (django-tasks): after an import, after a new signal, on demand.

The embedded default runs tasks in-process (ImmediateBackend); production enqueues them for the
database worker. Requests enqueue after the transaction commits, so the task sees the new signals.
One new signal re-runs its team's detection: at the demo's size that costs well under a second
(measured in docs/detection.md), and it keeps every question's baseline current, which
`IncrementalDetector.add` would not (it needs the whole detector in memory across requests).

Per team at most one detection runs and at most one waits, over any number of workers and servers:
* `enqueue_detection` adds a task only when none of the team's waits yet (checked under a
  transaction lock per team, so two servers cannot both add one); a waiting run will see every
  signal stored before it starts.
* a run takes a lock per team (`common.locks`); a run that finds it taken does not wait but queues
  one follow-up a few seconds later (unless one already waits) and ends as *deferred*.
* a run started by hand (`detect-questions`) takes the same lock through `detect_now`, waiting
  for a running one, so it never runs beside a worker's run either.
A run writes its questions, its `DetectionRun` and its log entry in one transaction, so a worker
killed mid-run leaves nothing and the retry (common.task_worker) starts clean.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from wijkverbinder.accounts.models import Team
from wijkverbinder.collective.services import RunSummary, run_detection
from wijkverbinder.common import locks
from wijkverbinder.common.task_worker import uses_database_queue
from wijkverbinder.intake.models import Signal

logger = logging.getLogger(__name__)
RETRY_SECONDS = 5


@task()
def detect_for_team(team_id: int, trigger: str = "") -> dict[str, int]:
    """Run detection for one team and return what changed (or that it was deferred)."""
    team = Team.objects.filter(pk=team_id).first()
    if team is None:
        return {}
    summary = detect_now(team, trigger=trigger, wait=not uses_database_queue())
    if summary is None:  # another worker runs this team's detection now: come back after it
        enqueue_detection(team_id, trigger, delay=RETRY_SECONDS)
        logger.info("detectie team %s uitgesteld: loopt al", team_id)
        return {"deferred": 1}
    logger.info("detectie team %s (%s): %s", team_id, trigger, summary)
    return {
        "found": summary.found,
        "created": summary.created,
        "updated": summary.updated,
        "stale": summary.stale,
    }


def detect_now(team: Team, *, trigger: str, seed: int = 0, wait: bool = True) -> RunSummary | None:
    """Run the team's detection in this process under the team's lock (one run per team over all
    processes); with `wait=False` return None at once when another run holds the lock."""
    with locks.held(locks.Kind.DETECTION_RUN, team.pk, wait=wait) as mine:
        if not mine:
            return None
        return run_detection(team=team, trigger=trigger, seed=seed)


def waiting_detection(team_id: int) -> bool:
    """Whether a detection task of the team waits in the database queue."""
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.READY,
        task_path=detect_for_team.module_path,
        args_kwargs__args__0=team_id,
    ).exists()


def enqueue_detection(team_id: int, trigger: str, *, delay: int = 0) -> bool:
    """Queue a detection run of the team unless one waits already; True when one was queued."""
    if not uses_database_queue():
        detect_for_team.enqueue(team_id, trigger)
        return True
    with transaction.atomic():
        locks.in_transaction(locks.Kind.DETECTION_QUEUE, team_id)
        if waiting_detection(team_id):
            return False
        runner = detect_for_team
        if delay:
            runner = runner.using(run_after=timezone.now() + timedelta(seconds=delay))
        runner.enqueue(team_id, trigger)
    return True


def request_detection(team: Team, *, trigger: str) -> None:
    """Enqueue a detection run for the team once the current transaction commits."""
    team_id = team.pk
    transaction.on_commit(lambda: enqueue_detection(team_id, trigger))


def after_import(team: Team) -> None:
    """Hook of `intake.hooks.after_import`."""
    request_detection(team, trigger="import")


def after_signal_saved(signal: Signal) -> None:
    """Hook of `intake.hooks.after_signal_saved`."""
    request_detection(signal.team, trigger="signal")
