"""Shared models: the append-only access log.

Privacy rule, access by need: every read or change of residents' personal data is logged
with who, what, when and the result. The log never holds personal data itself: only the kind of record,
its id, the action and the outcome.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccessLogQuerySet(models.QuerySet["AccessLogEntry"]):
    """Bulk changes are refused: the log is append-only (the database refuses them too)."""

    def update(self, **kwargs: Any) -> int:
        msg = "Het toegangslog is alleen aan te vullen, niet te wijzigen."
        raise PermissionError(msg)

    def delete(self) -> tuple[int, dict[str, int]]:
        msg = "Het toegangslog is alleen aan te vullen, niet te wissen."
        raise PermissionError(msg)


class AccessLogEntry(models.Model):
    """One access to a record that holds residents' data. Rows are only ever added.

    `username` is a snapshot taken when the entry is written; `user` is a plain reference without a
    database constraint and without any cascade, so deleting or renaming a user rewrites nothing
    here. A database trigger refuses UPDATE and DELETE (migration 0003).
    """

    class Action(models.TextChoices):
        VIEW = "view", _("view")
        LIST = "list", _("list")
        CREATE = "create", _("create")
        UPDATE = "update", _("update")
        DELETE = "delete", _("delete")
        EXPORT = "export", _("export")
        IMPORT = "import", _("import")

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    username = models.CharField(_("user name"), max_length=150, blank=True, db_index=True)
    action = models.CharField(
        _("action"), max_length=40
    )  # an Action, or a more specific event kind
    object_type = models.CharField(_("object type"), max_length=60)
    object_id = models.CharField(_("object id"), max_length=64, blank=True, db_index=True)
    channel = models.CharField(_("channel"), max_length=10, default="web")
    result = models.CharField(_("result"), max_length=20, default="ok")
    count = models.PositiveIntegerField(_("number of records"), default=1)

    objects = AccessLogQuerySet.as_manager()

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        ordering: ClassVar[list[str]] = ["-at"]
        permissions: ClassVar[list[tuple[str, str | Any]]] = [
            ("audit_accesslogentry", "Can search and export the access log (privacy officer)"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.object_type} {self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Refuse updates: the log is append-only."""
        if self.pk is not None:
            msg = "Het toegangslog is alleen aan te vullen, niet te wijzigen."
            raise PermissionError(msg)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        """Refuse deletion: the log is append-only."""
        msg = "Het toegangslog is alleen aan te vullen, niet te wissen."
        raise PermissionError(msg)


class WorkerHeartbeat(models.Model):
    """A task worker's sign of life, written every `TASKS_HEARTBEAT_SECONDS` by a thread of the worker.

    A worker whose last beat is older than `TASKS_WORKER_LOST_AFTER` seconds has died (killed,
    machine gone); the tasks it was running are put back in the queue by the other workers
    (`common.task_worker.requeue_lost_tasks`). Holds no personal data: a worker id, host and pid.
    """

    worker_id = models.CharField(_("worker id"), max_length=64, primary_key=True)
    host = models.CharField(_("host"), max_length=255, blank=True)
    pid = models.PositiveIntegerField(_("process id"), default=0)
    started_at = models.DateTimeField(_("started"))
    beat_at = models.DateTimeField(_("last heartbeat"), db_index=True)

    class Meta:
        verbose_name = _("worker heartbeat")
        verbose_name_plural = _("worker heartbeats")

    def __str__(self) -> str:
        return f"{self.worker_id} ({self.beat_at:%Y-%m-%d %H:%M:%S})"


class Submission(models.Model):
    """The last form a session sent, as keyed hashes (of the session; of the address and fields):
    the same form sent again right after it (a double click) is done once (`common.submissions`).
    Holds no personal data in readable form; rows live a minute. Not shown anywhere, so it has no
    translated names."""

    session = models.CharField(max_length=64, unique=True)
    digest = models.CharField(max_length=64)
    at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.session[:12]} ({self.at:%H:%M:%S})"
