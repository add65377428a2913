"""What the privacy lifecycle keeps about itself: one row per retention run, with its tombstones.

A tombstone is an anonymous count of what a run removed (kind of record, team, theme, month), so
reports over the years stay possible after the texts are gone. It holds no text and no pseudonym.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _


class RetentionRun(models.Model):
    """One run of the retention policy (or a dry run of it)."""

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    username = models.CharField(_("by"), max_length=150, blank=True)
    dry_run = models.BooleanField(_("dry run"), default=False)
    policy = models.JSONField(_("policy"), default=dict)
    counts = models.JSONField(_("records per kind"), default=dict)
    tombstones = models.JSONField(_("anonymous counts"), default=list)
    seconds = models.FloatField(_("seconds"), default=0.0)

    class Meta:
        verbose_name = _("retention run")
        verbose_name_plural = _("retention runs")
        ordering: ClassVar[list[str]] = ["-at"]
        permissions: ClassVar[list[tuple[str, str | Any]]] = [
            ("handle_subject_requests", "Can answer access and erasure requests of residents"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {'proef' if self.dry_run else 'uitgevoerd'}"
