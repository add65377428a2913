"""Detection as a background task (django-tasks): after an import, after a new signal, on demand.

The embedded default runs tasks in-process (ImmediateBackend); production enqueues them for the
database worker. Requests enqueue after the transaction commits, so the task sees the new signals.
One new signal re-runs its team's detection: at the demo's size that costs well under a second
(measured in docs/detection.md), and it keeps every question's baseline current, which
`IncrementalDetector.add` would not (it needs the whole detector in memory across requests).
"""

from __future__ import annotations

import logging

from django.db import transaction
from django_tasks import task

from wijkverbinder.accounts.models import Team
from wijkverbinder.collective.services import run_detection
from wijkverbinder.intake.models import Signal

logger = logging.getLogger(__name__)


@task()
def detect_for_team(team_id: int, trigger: str = "") -> dict[str, int]:
    """Run detection for one team and return what changed."""
    team = Team.objects.filter(pk=team_id).first()
    if team is None:
        return {}
    summary = run_detection(team=team, trigger=trigger)
    logger.info("detectie team %s (%s): %s", team_id, trigger, summary)
    return {
        "found": summary.found,
        "created": summary.created,
        "updated": summary.updated,
        "stale": summary.stale,
    }


def request_detection(team: Team, *, trigger: str) -> None:
    """Enqueue a detection run for the team once the current transaction commits."""
    team_id = team.pk
    transaction.on_commit(lambda: detect_for_team.enqueue(team_id, trigger))


def after_import(team: Team) -> None:
    """Hook of `intake.hooks.after_import`."""
    request_detection(team, trigger="import")


def after_signal_saved(signal: Signal) -> None:
    """Hook of `intake.hooks.after_signal_saved`."""
    request_detection(signal.team, trigger="signal")
