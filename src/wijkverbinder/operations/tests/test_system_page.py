"""The system page in beheer: staff only; readiness, the queue's length and its failed tasks
(name and exception class, linked to the task's beheer page), in a fixed number of queries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from wijkverbinder.accounts.models import User
from wijkverbinder.operations.queue import queue_summary

pytestmark = pytest.mark.django_db


def _task(status: str, *, age: timedelta = timedelta(0), exc: str = "") -> DBTaskResult:  # type: ignore[type-arg]
    now = timezone.now()
    finished = status in {TaskResultStatus.FAILED, TaskResultStatus.SUCCESSFUL}
    task = DBTaskResult.objects.create(
        status=status,
        args_kwargs={"args": [], "kwargs": {}},
        task_path="wijkverbinder.collective.tasks.detect_team",
        backend_name="default",
        run_after=get_date_max(),
        exception_class_path=exc,
        traceback="",
        finished_at=now - age if finished else None,
    )
    DBTaskResult.objects.filter(pk=task.pk).update(enqueued_at=now - age - timedelta(minutes=1))
    return task


@pytest.fixture
def tasks() -> list[DBTaskResult]:  # type: ignore[type-arg]
    return [
        _task(TaskResultStatus.READY),
        _task(TaskResultStatus.READY, age=timedelta(hours=2)),
        _task(TaskResultStatus.RUNNING),
        _task(TaskResultStatus.FAILED, exc="django.db.utils.OperationalError"),
        _task(TaskResultStatus.FAILED, age=timedelta(days=30), exc="builtins.ValueError"),
        _task(TaskResultStatus.SUCCESSFUL),
    ]


def test_summary_counts_and_lists_failures(tasks):
    summary = queue_summary()
    assert (summary.waiting, summary.running) == (2, 1)
    assert (summary.failed_recent, summary.succeeded_recent) == (1, 1)
    assert summary.oldest_waiting == DBTaskResult.objects.get(pk=tasks[1].pk).enqueued_at
    assert [(f.name, f.exception) for f in summary.failed] == [
        ("detect_team", "OperationalError"),
        ("detect_team", "ValueError"),
    ]


def test_summary_takes_two_queries_however_many_tasks(tasks):
    for _ in range(30):
        _task(TaskResultStatus.FAILED, exc="builtins.KeyError")
    with CaptureQueriesContext(connection) as queries:
        queue_summary()
    assert len(queries) == 2


def test_staff_sees_the_page(tasks, demo):
    admin = User.objects.get(username="ingrid")
    admin.is_staff = True
    admin.save()
    client = Client()
    client.force_login(admin)
    body = client.get("/beheer/systeem/").content.decode()
    assert '<td id="queue-waiting">2</td>' in body
    assert '<td id="queue-failed">1</td>' in body
    assert "OperationalError" in body
    assert f"/beheer/django_tasks_database/dbtaskresult/{tasks[3].pk}/change/" in body
    assert "/gezondheid/gereed" in body
    assert "/beheer/systeem/" in client.get("/beheer/").content.decode()  # linked from beheer


def test_others_are_sent_to_the_log_in(fatima_client):
    response = fatima_client.get("/beheer/systeem/")
    assert response.status_code == 302
    assert "/beheer/login/" in response["Location"]
    assert Client().get("/beheer/systeem/").status_code == 302
