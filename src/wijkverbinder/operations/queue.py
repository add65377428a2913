"""Selectors for the administrator: the background-task queue in numbers, and its failed tasks.

Reads the database task backend's table (`django_tasks_db`); two queries whatever the number of
tasks. Failed tasks are listed with their task name and exception class only: arguments and
tracebacks stay in the beheer detail page of a task (staff only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count, Min, Q
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

FAILED_SHOWN = 20
RECENT = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class FailedTask:
    """One failed task as the system page lists it."""

    id: str
    name: str
    exception: str
    enqueued_at: datetime
    finished_at: datetime | None


@dataclass(frozen=True, slots=True)
class QueueSummary:
    """The queue's length and what happened to recent tasks."""

    backend: str
    uses_queue: bool
    waiting: int
    running: int
    failed_recent: int
    succeeded_recent: int
    oldest_waiting: datetime | None
    failed: tuple[FailedTask, ...]


def _short(path: str) -> str:
    return path.rsplit(".", 1)[-1] if path else "-"


def queue_summary(*, now: datetime | None = None) -> QueueSummary:
    """Counts by status (recent ones for finished tasks) and the latest failures."""
    now = now or timezone.now()
    since = now - RECENT
    backend = str(settings.TASKS["default"]["BACKEND"])
    counts = DBTaskResult.objects.aggregate(
        waiting=Count("id", filter=Q(status=TaskResultStatus.READY)),
        running=Count("id", filter=Q(status=TaskResultStatus.RUNNING)),
        failed_recent=Count("id", filter=Q(status=TaskResultStatus.FAILED, finished_at__gte=since)),
        succeeded_recent=Count(
            "id", filter=Q(status=TaskResultStatus.SUCCESSFUL, finished_at__gte=since)
        ),
        oldest_waiting=Min("enqueued_at", filter=Q(status=TaskResultStatus.READY)),
    )
    failed = (
        DBTaskResult.objects.filter(status=TaskResultStatus.FAILED)
        .order_by("-finished_at")
        .values_list("id", "task_path", "exception_class_path", "enqueued_at", "finished_at")[
            :FAILED_SHOWN
        ]
    )
    return QueueSummary(
        backend=_short(backend),
        uses_queue=backend.startswith("django_tasks_db."),
        waiting=counts["waiting"],
        running=counts["running"],
        failed_recent=counts["failed_recent"],
        succeeded_recent=counts["succeeded_recent"],
        oldest_waiting=counts["oldest_waiting"],
        failed=tuple(
            FailedTask(str(pk), _short(task), _short(exc), enqueued, finished)
            for pk, task, exc, enqueued, finished in failed
        ),
    )
