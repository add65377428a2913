"""The wijkanalyse's tables as a background task (django-tasks), debounced after writes.

After a write of signals the weekly counts are updated at once (`counts.refresh`, on commit) and
a refresh of the suppressed tables (`tables.refresh`) is queued for each gemeente the write touched
and each stored set of teams with the writing team, `ANALYSIS_REFRESH_DELAY` seconds later unless
one of them waits already: a burst of writes gives one refresh that sees all of them. A page that
finds its table missing or outdated queues one too (without delay) and meanwhile shows the last
table with its date. The embedded default runs the queue in the worker thread of `serve`; the
tests run tasks at once (ImmediateBackend).

A refresh that finds another worker refreshing the same gemeente does not wait: it queues a
follow-up a few seconds later (unless one waits) and ends (`tables.refresh` returns `busy`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from wijkverbinder.analysis import counts, tables
from wijkverbinder.analysis.models import AnalysisTable
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.common import locks
from wijkverbinder.common.task_worker import uses_database_queue
from wijkverbinder.intake.hooks import Touched

logger = logging.getLogger(__name__)
RETRY_SECONDS = 5


@task()
def refresh_tables(key: str, municipality_id: int) -> str:
    """Compute and store the tables of a set of teams (`3,8`) in one gemeente."""
    queued = uses_database_queue()
    outcome = tables.refresh(key=key, municipality_id=municipality_id, wait=not queued)
    if outcome == "busy":
        enqueue_refresh(key, municipality_id, delay=RETRY_SECONDS)
    logger.info("wijkanalyse teams %s gemeente %s: %s", key, municipality_id, outcome)
    return outcome


def waiting_refresh(key: str, municipality_id: int) -> bool:
    """Whether a refresh of these tables waits in the database queue."""
    return DBTaskResult.objects.filter(
        status=TaskResultStatus.READY,
        task_path=refresh_tables.module_path,
        args_kwargs__args__0=key,
        args_kwargs__args__1=municipality_id,
    ).exists()


def enqueue_refresh(key: str, municipality_id: int, *, delay: int = 0) -> bool:
    """Queue a refresh unless one waits already; True when one was queued."""
    if not uses_database_queue():
        refresh_tables.enqueue(key, municipality_id)
        return True
    with transaction.atomic():
        locks.in_transaction(locks.Kind.ANALYSIS_QUEUE, municipality_id)
        if waiting_refresh(key, municipality_id):
            return False
        runner = refresh_tables
        if delay:
            runner = runner.using(run_after=timezone.now() + timedelta(seconds=delay))
        runner.enqueue(key, municipality_id)
    return True


def after_counts_changed(team_id: int, buurt_ids: Iterable[int]) -> None:
    """The team's weekly counts in these buurten changed: queue the refresh of the tables of
    their gemeenten (the team's own, and every stored set of teams with it), debounced."""
    municipalities = set(
        Neighbourhood.objects.filter(pk__in=list(buurt_ids)).values_list(
            "district__municipality_id", flat=True
        )
    )
    jobs = {(tables.teams_key([team_id]), m) for m in municipalities}
    stored = AnalysisTable.objects.filter(municipality_id__in=municipalities).values_list(
        "teams_key", "municipality_id"
    )
    jobs |= {(key, m) for key, m in stored if team_id in tables.team_ids_of(key)}
    for key, municipality_id in sorted(jobs):
        enqueue_refresh(key, municipality_id, delay=settings.ANALYSIS_REFRESH_DELAY)


def after_signals_changed(touched: Touched) -> None:
    """The hook `intake` calls after signals were written (on commit): the weekly counts now, the
    suppressed tables in the background, debounced."""
    counts.refresh(touched)
    after_counts_changed(touched.team_id, {cell[0] for cell in touched.cells})
