"""A collective question: signals of several households that share theme, place and period.

Detection (`core.detection`) proposes them with a score of stated meaning (see docs/detection.md);
the team confirms, merges, splits, renames or dismisses them. Decisions survive the next detection
run: a new result is matched to the existing question with which it shares the most signals.
"""

from __future__ import annotations

import uuid
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkverbinder.accounts.models import Team
from wijkverbinder.areas.models import Neighbourhood, Street
from wijkverbinder.collective.titles import display_title
from wijkverbinder.intake.models import Signal


class CollectiveQuestion(models.Model):
    """One collective question of a team."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        CONFIRMED = "confirmed", _("confirmed")
        DISMISSED = "dismissed", _("dismissed")
        MERGED = "merged", _("merged")

    class Trend(models.TextChoices):
        RISING = "rising", _("rising")
        STABLE = "stable", _("stable")
        FALLING = "falling", _("falling")

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.CASCADE, related_name="collective_questions"
    )
    theme = models.CharField(_("theme"), max_length=60, db_index=True)
    neighbourhood = models.ForeignKey(
        Neighbourhood,
        verbose_name=_("neighbourhood"),
        on_delete=models.PROTECT,
        related_name="collective_questions",
    )
    street = models.ForeignKey(
        Street,
        verbose_name=_("street"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=150)
    title_edited = models.BooleanField(_("title set by the team"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged",
    )
    signals = models.ManyToManyField(
        Signal, verbose_name=_("signals"), related_name="collective_questions"
    )
    detector_id = models.CharField(_("detection id"), max_length=64, blank=True)
    score = models.FloatField(_("score"), default=0.0)
    p_value = models.FloatField(_("p-value"), null=True, blank=True)
    expected = models.FloatField(_("expected households"), null=True, blank=True)
    households = models.PositiveIntegerField(_("households"), default=0)
    #: False when a signal had no household key: `households` then counts reports, not households.
    households_known = models.BooleanField(_("households known"), default=True)
    #: Every theme of the matter, most households first (`theme` is the first).
    themes = models.JSONField(_("themes"), default=list, blank=True)
    signal_count = models.PositiveIntegerField(_("number of signals"), default=0)
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("end"), null=True, blank=True)
    trend = models.CharField(_("trend"), max_length=8, choices=Trend.choices, blank=True)
    level = models.CharField(_("level"), max_length=14, blank=True)  # street | area | neighbourhood
    sides = models.JSONField(
        _("sides present"), default=list, blank=True
    )  # e.g. ["affected", "causing"]
    role_counts = models.JSONField(_("signals per role"), default=dict, blank=True)
    keywords = models.JSONField(_("keywords"), default=list, blank=True)
    examples = models.JSONField(_("examples (redacted)"), default=list, blank=True)
    new_topic = models.BooleanField(_("new topic"), default=False)
    detected_at = models.DateTimeField(_("last detected"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.CharField(_("decision note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # Added with the collective app (0002): see services.py for the identity rule.
    streets = models.JSONField(_("streets"), default=list, blank=True)
    stale = models.BooleanField(_("not found by the last detection"), default=False, db_index=True)
    split_from = models.ForeignKey(
        "self",
        verbose_name=_("split from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="split_off",
    )
    dismissed_households = models.PositiveIntegerField(
        _("households when dismissed"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("collective question")
        verbose_name_plural = _("collective questions")
        ordering: ClassVar[list[str]] = ["-score", "-id"]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["team", "status", "score"], name="cq_team_status_score"),
            models.Index(  # the list's default view (open and confirmed) in its order
                fields=["team", "-score", "-households", "-id"],
                condition=models.Q(status__in=["open", "confirmed"]),
                name="cq_list_live",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def label(self) -> str:
        """The title with its period (`titles.display_title`), shown wherever questions are listed
        or chosen: two questions can share a title."""
        return display_title(self.title, self.start, self.end)


class Decision(models.Model):
    """One decision about a collective question (or a change by detection). Append-only."""

    class Action(models.TextChoices):
        CONFIRM = "confirm", _("confirmed")
        DISMISS = "dismiss", _("dismissed")
        RENAME = "rename", _("renamed")
        MERGE = "merge", _("merged")
        SPLIT = "split", _("split")
        REOPEN = "reopen", _("reopened by detection")

    question = models.ForeignKey(
        CollectiveQuestion,
        verbose_name=_("collective question"),
        on_delete=models.CASCADE,
        related_name="decisions",
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering: ClassVar[list[str]] = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action}"


class DetectionRun(models.Model):
    """One detection run of a team: when, what it saw and what came of it."""

    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.CASCADE, related_name="detection_runs"
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    seconds = models.FloatField(_("duration (seconds)"), default=0.0)
    signals = models.PositiveIntegerField(_("signals"), default=0)
    found = models.PositiveIntegerField(_("questions found"), default=0)
    created = models.PositiveIntegerField(_("new questions"), default=0)
    updated = models.PositiveIntegerField(_("updated questions"), default=0)
    stale = models.PositiveIntegerField(_("no longer found"), default=0)
    trigger = models.CharField(_("trigger"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("detection run")
        verbose_name_plural = _("detection runs")
        ordering: ClassVar[list[str]] = ["-started_at", "-id"]

    def __str__(self) -> str:
        return f"{self.team} {self.started_at:%Y-%m-%d %H:%M}"
