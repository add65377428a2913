"""Tasks of a worker that stopped mid-task go back in the queue, once, and fail after the last attempt;
a live worker's tasks are left alone. The real kill test is in operations/tests/test_worker_kill.py."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from wijkverbinder.common.models import WorkerHeartbeat
from wijkverbinder.common.task_worker import LOST, beat, requeue_lost_tasks, unique_worker_id

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _timing(settings: Any) -> None:
    settings.TASKS_WORKER_LOST_AFTER = 60
    settings.TASKS_MAX_ATTEMPTS = 3


def _running(*workers: str, minutes_ago: int = 5) -> DBTaskResult[Any, Any]:
    return DBTaskResult.objects.create(
        status=TaskResultStatus.RUNNING,
        args_kwargs={"args": [1], "kwargs": {}},
        task_path="wijkverbinder.collective.tasks.detect_for_team",
        backend_name="default",
        run_after=timezone.now(),
        started_at=timezone.now() - timedelta(minutes=minutes_ago),
        worker_ids=list(workers),
    )


def _last_beat(worker_id: str, seconds_ago: int) -> None:
    beat(worker_id, timezone.now() - timedelta(hours=1))
    WorkerHeartbeat.objects.filter(worker_id=worker_id).update(
        beat_at=timezone.now() - timedelta(seconds=seconds_ago)
    )


def test_task_of_a_silent_worker_is_queued_again() -> None:
    _last_beat("dead", 120)
    task = _running("dead")
    assert requeue_lost_tasks() == (1, 0)
    task.refresh_from_db()
    assert (task.status, task.started_at) == (TaskResultStatus.READY, None)
    assert requeue_lost_tasks() == (0, 0)  # once


def test_task_of_a_worker_without_any_heartbeat_is_queued_again() -> None:
    task = _running("never-beat")
    assert requeue_lost_tasks() == (1, 0)
    task.refresh_from_db()
    assert task.status == TaskResultStatus.READY


def test_task_of_a_live_worker_stays_running() -> None:
    _last_beat("alive", 5)
    task = _running("alive", minutes_ago=30)
    assert requeue_lost_tasks() == (0, 0)
    task.refresh_from_db()
    assert task.status == TaskResultStatus.RUNNING


def test_just_claimed_task_gets_the_grace_time() -> None:
    task = _running("new-worker", minutes_ago=0)
    assert requeue_lost_tasks() == (0, 0)
    task.refresh_from_db()
    assert task.status == TaskResultStatus.RUNNING


def test_after_the_last_attempt_the_task_fails_as_worker_lost() -> None:
    task = _running("a", "b", "c")
    assert requeue_lost_tasks() == (0, 1)
    task.refresh_from_db()
    assert task.status == TaskResultStatus.FAILED
    assert task.exception_class_path == LOST
    assert "3 keer" in task.traceback
    assert task.finished_at is not None


def test_a_worker_restarted_under_its_own_id_requeues_its_earlier_task_at_once() -> None:
    _last_beat("w1", 0)
    task = _running("w1", minutes_ago=0)
    assert requeue_lost_tasks(own_id="w1") == (1, 0)
    task.refresh_from_db()
    assert task.status == TaskResultStatus.READY


def test_old_heartbeats_are_forgotten() -> None:
    _last_beat("long-gone", 8 * 24 * 3600)
    requeue_lost_tasks()
    assert not WorkerHeartbeat.objects.filter(worker_id="long-gone").exists()


def test_worker_ids_are_unique_per_process_and_fit_the_column() -> None:
    first, second = unique_worker_id("x" * 60), unique_worker_id("x" * 60)
    assert first != second
    assert len(first) <= 64
