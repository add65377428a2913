"""Background tasks of intake (django-tasks): a file imported from the web.

The argument is the import's id only; the file waits in the database (`ImportFile`) and is deleted
when the task has run. See `jobs.py` for what the task does and `docs/architecture.md` for where
tasks run (a worker thread of `serve` in the embedded default, `db_worker` in production).
"""

from __future__ import annotations

from django_tasks import TaskContext, task

from wijkverbinder.intake.jobs import run_job


@task(takes_context=True)
def run_import(context: TaskContext, job_id: int) -> str:
    """Run one queued import and return its final status.

    A later attempt (the worker of the first was lost, `common.task_worker`) takes over an import
    left *running*: the import writes in one transaction, so the lost attempt stored nothing."""
    return run_job(job_id, retry=context.attempt > 1)
