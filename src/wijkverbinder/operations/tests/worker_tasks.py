"""Tasks for the worker tests: the team's real detection, paused once its run is written and before
it commits (so a test can kill the worker right there, or let a second run meet the first)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from django.db.models.signals import post_save
from django_tasks import TaskContext, task

from wijkverbinder.collective.models import DetectionRun
from wijkverbinder.collective.tasks import detect_for_team

PAUSE_SECONDS = 300


@task(takes_context=True)
def detect_then_pause(context: TaskContext, team_id: int, flag: str) -> dict[str, int]:
    """`detect_for_team`, stopping for a long time in attempt 1 once its run is written."""
    if context.attempt == 1:

        def pause(**_kwargs: Any) -> None:
            Path(flag).write_text("geschreven, niet vastgelegd", encoding="utf-8")
            time.sleep(PAUSE_SECONDS)

        post_save.connect(pause, sender=DetectionRun, weak=False)
    return detect_for_team.call(team_id, "test")


@task()
def detect_slowly(team_id: int, seconds: float) -> dict[str, int]:
    """`detect_for_team`, holding its team's lock `seconds` longer (before it commits)."""

    def pause(**_kwargs: Any) -> None:
        time.sleep(seconds)

    post_save.connect(pause, sender=DetectionRun, weak=False)
    return detect_for_team.call(team_id, "test")
