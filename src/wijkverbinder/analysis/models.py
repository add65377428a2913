"""The weekly counts the wijkanalyse reads: signals and households per team, buurt, theme and week.

Maintained, not recomputed per request: `counts.py` rewrites the rows a write of signals touches
(after the transaction commits, through `intake.hooks`), and `wijkverbinder refresh-analysis`
rebuilds them all. `households` counts distinct household pseudonyms in the week; a signal without
a household counts as one household of its own. `keys` holds the five smallest keys of those
households (`counts.household_key`): households cannot be added up over weeks, but five smallest
keys can — the union of the rows' keys of a cell has five keys exactly when the cell has at least
five households, and otherwise it is the cell's households themselves (`core.analysis.cube`).
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkverbinder.accounts.models import Team
from wijkverbinder.areas.models import Municipality, Neighbourhood


class WeeklyCount(models.Model):
    """Signals of one team in one buurt, theme and week (Monday of the ISO week)."""

    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.CASCADE, related_name="+"
    )
    neighbourhood = models.ForeignKey(
        Neighbourhood, verbose_name=_("neighbourhood"), on_delete=models.CASCADE, related_name="+"
    )
    theme = models.CharField(_("theme"), max_length=60, blank=True)
    week = models.DateField(_("week (Monday)"))
    signals = models.PositiveIntegerField(_("signals"))
    households = models.PositiveIntegerField(_("households"))
    keys = models.CharField(
        _("first household keys"),
        max_length=60,
        blank=True,
        help_text=_(
            "Up to five short keys of the week's households, the smallest first (a hash of the "
            "pseudonym): enough to decide exactly whether a cell has five households."
        ),
    )

    class Meta:
        verbose_name = _("weekly count")
        verbose_name_plural = _("weekly counts")
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(
                fields=["team", "neighbourhood", "theme", "week"], name="weekly_count_unique"
            )
        ]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["team", "week"], name="weekly_count_team_week"),
        ]

    def __str__(self) -> str:
        return f"{self.week} {self.theme or '-'}: {self.signals}"


class CountsVersion(models.Model):
    """A number that goes up with every change of a team's weekly counts: the cache of the
    suppressed tables record the versions they were computed from (`tables`), so a page knows
    whether newer signals are being processed."""

    team = models.OneToOneField(
        Team, verbose_name=_("team"), on_delete=models.CASCADE, related_name="+"
    )
    version = models.PositiveBigIntegerField(_("version"), default=0)

    class Meta:
        verbose_name = _("version of the weekly counts")
        verbose_name_plural = _("versions of the weekly counts")

    def __str__(self) -> str:
        return f"{self.team_id}: {self.version}"


class AnalysisTable(models.Model):
    """The suppressed cube of one gemeente for one set of teams and one period, as last computed
    by the background task (`analysis.tables`): pages read it, they never compute it."""

    teams_key = models.TextField(
        _("teams"), help_text=_("The ids of the teams, sorted, comma-separated.")
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="+"
    )
    period_blocks = models.PositiveSmallIntegerField(_("period in blocks of four weeks"))
    window_end = models.DateField(_("Monday of the last complete week"))
    first_week = models.DateField(_("first week with a count"), null=True, blank=True)
    versions = models.TextField(
        _("versions of the counts"),
        help_text=_("The teams' versions of the weekly counts the table was computed from."),
    )
    built_at = models.DateTimeField(_("computed at"))

    class Meta:
        verbose_name = _("wijkanalyse table")
        verbose_name_plural = _("wijkanalyse tables")
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(
                fields=["teams_key", "municipality", "period_blocks"], name="analysis_table_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.teams_key} {self.municipality_id} {self.period_blocks}: {self.built_at}"


class AnalysisCell(models.Model):
    """The shown numbers of one area and theme of a table: per time key (a block's age, `P`, `Y`,
    `V`) its signals, or null when hidden. Empty cells are left out (they show 0)."""

    table = models.ForeignKey(
        AnalysisTable, verbose_name=_("table"), on_delete=models.CASCADE, related_name="cells"
    )
    area = models.CharField(_("area code"), max_length=20)
    theme = models.CharField(_("theme"), max_length=80)
    values = models.JSONField(_("signals per time (null: hidden)"))

    class Meta:
        verbose_name = _("wijkanalyse cell")
        verbose_name_plural = _("wijkanalyse cells")
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["table", "area", "theme"], name="analysis_cell_area"),
        ]

    def __str__(self) -> str:
        return f"{self.area} {self.theme}"
