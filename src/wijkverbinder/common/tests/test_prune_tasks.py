"""Finished task rows are removed after their keeping time (failed ones later), in batches; waiting
and running tasks are never removed, however old."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from wijkverbinder.common import task_worker

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _keep(settings: Any) -> None:
    settings.TASKS_KEEP_FINISHED_DAYS = 7
    settings.TASKS_KEEP_FAILED_DAYS = 30


def _task(status: str, days_ago: float) -> DBTaskResult[Any, Any]:
    when = timezone.now() - timedelta(days=days_ago)
    finished = status in (TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED)
    return DBTaskResult.objects.create(
        status=status,
        args_kwargs={"args": [1], "kwargs": {}},
        task_path="wijkverbinder.collective.tasks.detect_for_team",
        backend_name="default",
        run_after=when,
        started_at=when if status != TaskResultStatus.READY else None,
        finished_at=when if finished else None,
    )


def test_old_finished_rows_go_recent_and_unfinished_stay() -> None:
    gone = [_task(TaskResultStatus.SUCCESSFUL, 8), _task(TaskResultStatus.FAILED, 31)]
    kept = [
        _task(TaskResultStatus.SUCCESSFUL, 6),
        _task(TaskResultStatus.FAILED, 8),  # failed rows stay longer: the admin sees them
        _task(TaskResultStatus.READY, 60),
        _task(TaskResultStatus.RUNNING, 60),
    ]
    assert task_worker.prune_finished_tasks() == 2
    left = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert left == {task.pk for task in kept}
    assert not left & {task.pk for task in gone}
    assert task_worker.prune_finished_tasks() == 0


def test_pruned_in_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(task_worker, "PRUNE_BATCH", 2)
    for _ in range(5):
        _task(TaskResultStatus.SUCCESSFUL, 10)
    assert task_worker.prune_finished_tasks() == 5
    assert not DBTaskResult.objects.exists()
