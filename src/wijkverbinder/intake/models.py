"""The signal: one individual question, complaint or observation, dated and placed.

Privacy: the text is redacted before it is stored; the household is a keyed pseudonym
(HMAC), never the postcode and house number themselves; a house number is stored only when the
installation allows it (`STORE_HOUSE_NUMBERS`). Deletion is soft, with a reason; edits are recorded.
The text's length limit is the setting `SIGNAL_TEXT_MAX`, checked by the services and parsers.
An uploaded file waits in `ImportFile` only until its background import has run.
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

#: the three degrees of severity with their labels (form choices and the detail page)
SEVERITY_LABELS = {1: _("1 – mild"), 2: _("2 – serious"), 3: _("3 – very serious")}


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
    text = models.TextField(_("text (redacted)"))
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, blank=True)
    source = models.CharField(_("source"), max_length=24, choices=Source.choices, blank=True)
    household = models.CharField(
        _("household (pseudonym)"), max_length=32, blank=True, db_index=True
    )
    severity = models.PositiveSmallIntegerField(
        _("severity"), default=1, validators=[MinValueValidator(1), MaxValueValidator(3)]
    )
    external_id = models.CharField(_("external id"), max_length=100, blank=True)
    #: Signalen's numeric id of an imported melding, beside its uuid in `external_id`: the TDO
    #: export names a melding by this number only (docs/intake.md, "Re-importing")
    signalen_number = models.CharField(_("Signalen number"), max_length=20, blank=True)
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
            models.UniqueConstraint(
                fields=["team", "signalen_number"],
                condition=~models.Q(signalen_number=""),
                name="signal_signalen_number_unique_per_team",
            ),
        ]
        # the lists (web and API) in their order, and an area's recent signals (advice, safety);
        # partial: deleted signals are never listed (docs/architecture.md, "Indexes")
        indexes: ClassVar[list[models.Index]] = [
            models.Index(
                fields=["team", "-observed_on", "-id"],
                condition=models.Q(deleted_at__isnull=True),
                name="signal_list",
            ),
            models.Index(
                fields=["neighbourhood", "observed_on"],
                condition=models.Q(deleted_at__isnull=True),
                name="signal_area_date",
            ),
            # the lists filtered on a theme (a leaf: equal; a main theme: its prefix, hence the
            # pattern operator class on PostgreSQL), in list order; ignored elsewhere
            models.Index(
                fields=["team", "theme", "-observed_on", "-id"],
                opclasses=["int8_ops", "varchar_pattern_ops", "date_ops", "int8_ops"],
                condition=models.Q(deleted_at__isnull=True),
                name="signal_theme_list",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.observed_on} {self.neighbourhood.name} {self.theme or '?'}"

    @property
    def severity_label(self) -> str:
        """'1 – licht' rather than a bare number."""
        return str(SEVERITY_LABELS.get(self.severity, self.severity))


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
    """One import of a file (signals, or areas and addresses by a beheerder): who, when, which
    format, how far it is (a web upload runs in the background) and what came of it.

    `rows` counts the rows of data in the file, `rejected` the rows with at least one error
    (`details` lists the errors, at most `MAX_DETAILS`), `duplicates` the rows already imported or
    repeated in the file. `notes` says what was detected (encoding, delimiter, mapping, …).
    """

    MAX_DETAILS = 1000

    class Kind(models.TextChoices):
        SIGNALS = "signals", _("signals")
        AREAS = "areas", _("areas")
        ADDRESSES = "addresses", _("addresses")

    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting")
        RUNNING = "running", _("busy")
        DONE = "done", _("done")
        REFUSED = "refused", _("refused")
        FAILED = "failed", _("failed")

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    team = models.ForeignKey(
        Team,
        verbose_name=_("team"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="signal_imports",
        help_text=_("Empty for areas or addresses imported by a beheerder without a team."),
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
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.SIGNALS)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DONE
    )
    stage = models.CharField(_("stage"), max_length=12, blank=True)
    done = models.PositiveIntegerField(_("rows done"), default=0)
    total = models.PositiveIntegerField(_("rows in all"), default=0)
    format = models.CharField(_("format"), max_length=30, blank=True)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    created = models.PositiveIntegerField(_("new"), default=0)
    duplicates = models.PositiveIntegerField(_("already imported"), default=0)
    rejected = models.PositiveIntegerField(_("rejected rows"), default=0)
    message = models.CharField(_("message"), max_length=500, blank=True)
    details = models.JSONField(_("errors"), default=list, blank=True)
    notes = models.JSONField(_("detected"), default=list, blank=True)
    options = models.JSONField(_("options"), default=dict, blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering: ClassVar[list[str]] = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.filename}"

    @property
    def finished(self) -> bool:
        """True once the import has ended, well or not."""
        return self.status in {self.Status.DONE, self.Status.REFUSED, self.Status.FAILED}


class ImportFile(models.Model):
    """An uploaded file waiting for its background import; deleted as soon as that has run.

    Kept in the database (not on disk) so that a worker on another machine can read it; it holds
    unredacted text, so it lives only minutes and is never shown.
    """

    job = models.ForeignKey(
        SignalImport, verbose_name=_("import"), on_delete=models.CASCADE, related_name="files"
    )
    name = models.CharField(_("file name"), max_length=200)
    data = models.BinaryField(_("content"))
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("uploaded file")
        verbose_name_plural = _("uploaded files")

    def __str__(self) -> str:
        return self.name
