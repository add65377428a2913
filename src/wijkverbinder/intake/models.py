"""The signal: one individual question, complaint or observation, dated and placed.

Privacy (DESIGN.md): the text is redacted before it is stored; the household is a keyed pseudonym
(HMAC), never the postcode and house number themselves; a house number is stored only when the
installation allows it (`STORE_HOUSE_NUMBERS`). Deletion is soft, with a reason; edits are recorded.
"""

from __future__ import annotations

import uuid
from typing import ClassVar

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkverbinder.accounts.models import Team
from wijkverbinder.areas.models import Neighbourhood, Street

MAX_TEXT_LENGTH = 2000


class Signal(models.Model):
    """One individual signal."""

    class Role(models.TextChoices):
        AFFECTED = "affected", _("experiences nuisance")
        CAUSING = "causing", _("causes nuisance")
        INVOLVED = "involved", _("involved")
        ASKING_HELP = "asking_help", _("asks for help")

    class Source(models.TextChoices):
        HUISBEZOEK = "huisbezoek", _("home visit")
        SPREEKUUR = "spreekuur", _("consultation hour")
        TELEFOON = "telefoon", _("telephone")
        MELDING_OPENBARE_RUIMTE = "melding_openbare_ruimte", _("public-space report")
        POLITIE = "politie", _("police")
        CORPORATIE = "corporatie", _("housing association")
        SCHOOL = "school", _("school")
        OVERIG = "overig", _("other")

    class ThemeOrigin(models.TextChoices):
        SUGGESTED = "suggested", _("suggested")
        CONFIRMED = "confirmed", _("confirmed")
        IMPORTED = "imported", _("imported")

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.PROTECT, related_name="signals"
    )
    observed_on = models.DateField(_("date observed"), db_index=True)
    neighbourhood = models.ForeignKey(
        Neighbourhood,
        verbose_name=_("neighbourhood"),
        on_delete=models.PROTECT,
        related_name="signals",
    )
    street = models.ForeignKey(
        Street,
        verbose_name=_("street"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signals",
    )
    house_number = models.CharField(_("house number"), max_length=12, blank=True)
    lat = models.FloatField(_("latitude"), null=True, blank=True)
    lon = models.FloatField(_("longitude"), null=True, blank=True)
    theme = models.CharField(_("theme"), max_length=60, blank=True, db_index=True)
    theme_origin = models.CharField(
        _("theme origin"), max_length=10, choices=ThemeOrigin.choices, blank=True
    )
    theme_confidence = models.FloatField(_("theme confidence"), null=True, blank=True)
    text = models.TextField(_("text (redacted)"), max_length=MAX_TEXT_LENGTH)
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, blank=True)
    source = models.CharField(_("source"), max_length=24, choices=Source.choices, blank=True)
    household = models.CharField(
        _("household (pseudonym)"), max_length=32, blank=True, db_index=True
    )
    severity = models.PositiveSmallIntegerField(
        _("severity"), default=1, validators=[MinValueValidator(1), MaxValueValidator(3)]
    )
    external_id = models.CharField(_("external id"), max_length=100, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("deleted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deletion_reason = models.CharField(_("reason for deletion"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("signal")
        verbose_name_plural = _("signals")
        ordering: ClassVar[list[str]] = ["-observed_on", "-id"]
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.UniqueConstraint(
                fields=["team", "external_id"],
                condition=~models.Q(external_id=""),
                name="signal_external_id_unique_per_team",
            ),
        ]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["team", "deleted_at", "observed_on"], name="signal_team_date"),
        ]

    def __str__(self) -> str:
        return f"{self.observed_on} {self.neighbourhood.name} {self.theme or '?'}"


class SignalEdit(models.Model):
    """One change of a signal: who, when, and which fields went from what to what. Append-only."""

    signal = models.ForeignKey(
        Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="edits"
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=10, default="update")
    changes = models.JSONField(_("changes"), default=dict)

    class Meta:
        verbose_name = _("signal edit")
        verbose_name_plural = _("signal edits")
        ordering: ClassVar[list[str]] = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action}"


class ThemeModel(models.Model):
    """The learned state of a team's theme classifier (see `themes.py`)."""

    team = models.OneToOneField(
        Team, verbose_name=_("team"), on_delete=models.CASCADE, related_name="theme_model"
    )
    state = models.BinaryField(_("state"))
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        verbose_name = _("theme model")
        verbose_name_plural = _("theme models")

    def __str__(self) -> str:
        return f"{self.team}"


class SignalImport(models.Model):
    """One import of a file of signals: who, when, which format, and what came of it."""

    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.CASCADE, related_name="signal_imports"
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)
    filename = models.CharField(_("file name"), max_length=200, blank=True)
    format = models.CharField(_("format"), max_length=30)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    created = models.PositiveIntegerField(_("new signals"), default=0)
    duplicates = models.PositiveIntegerField(_("already imported"), default=0)
    rejected = models.PositiveIntegerField(_("rejected rows"), default=0)

    class Meta:
        verbose_name = _("signal import")
        verbose_name_plural = _("signal imports")
        ordering: ClassVar[list[str]] = ["-at"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.filename}"
