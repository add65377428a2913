"""The phase assessment ('situatiebepaling') of a wijk or buurt, kept as an append-only history.

Each assessment is a snapshot: the answers, the phase and everything that explained it when it was
made (deciding answers, confidence, signal evidence, what would move it), so a later change of the
knowledge base never rewrites history. A new assessment is added for a new situation; the phase can
go up and down over time. Rows are never changed or deleted (decision rule 13: re-assess).
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkverbinder.accounts.models import Team
from wijkverbinder.areas.models import District, Neighbourhood


class PhaseChoices(models.TextChoices):
    """The four phases (docs/glossary.md: rust, ongemak, spanning, incidenten)."""

    RUST = "rust", _("calm")
    ONGEMAK = "ongemak", _("unease")
    SPANNING = "spanning", _("tension")
    INCIDENTEN = "incidenten", _("incidents")


class ConfidenceChoices(models.TextChoices):
    """How sure the phase is."""

    LAAG = "laag", _("low")
    MIDDEN = "midden", _("medium")
    HOOG = "hoog", _("high")


class AreaRecord(models.Model):
    """What assessments and safety checks share: one wijk or buurt, and an append-only history."""

    #: Dutch refusals when someone tries to change or delete a record
    changed_message = "Dit wordt niet gewijzigd; leg een nieuwe vast."
    deleted_message = "Dit wordt niet gewist."

    district: models.ForeignKey[District | None, District | None]
    neighbourhood: models.ForeignKey[Neighbourhood | None, Neighbourhood | None]

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Refuse changes: the history is appended, never edited."""
        if self.pk is not None:
            raise PermissionError(self.changed_message)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        """Refuse deletion: the history is append-only."""
        raise PermissionError(self.deleted_message)

    @property
    def area(self) -> District | Neighbourhood:
        """The wijk or buurt."""
        found = self.neighbourhood or self.district
        assert found is not None
        return found


class PhaseAssessment(AreaRecord):
    """One assessment of the phase of a wijk (district) or a buurt (neighbourhood) of a team."""

    changed_message = "Een situatiebepaling wordt niet gewijzigd; maak een nieuwe."
    deleted_message = "Een situatiebepaling wordt niet gewist."

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.PROTECT, related_name="phase_assessments"
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="phase_assessments",
    )
    neighbourhood = models.ForeignKey(
        Neighbourhood,
        verbose_name=_("neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="phase_assessments",
    )
    answers = models.JSONField(_("answers"))
    phase = models.CharField(_("phase"), max_length=12, choices=PhaseChoices.choices)
    phase_from_answers = models.CharField(
        _("phase from the answers"), max_length=12, choices=PhaseChoices.choices
    )
    decisive = models.JSONField(_("deciding answers"), default=list, blank=True)
    confidence = models.CharField(_("confidence"), max_length=8, choices=ConfidenceChoices.choices)
    confidence_score = models.SmallIntegerField(_("confidence score"), default=0)
    confidence_reasons = models.JSONField(_("reasons for the confidence"), default=list, blank=True)
    signal_counts = models.JSONField(_("signal counts per theme"), default=dict, blank=True)
    evidence = models.JSONField(_("signal evidence"), default=list, blank=True)
    raised_by_evidence = models.BooleanField(_("raised by signals"), default=False)
    would_move_up = models.JSONField(_("what moves the phase up"), default=list, blank=True)
    would_move_down = models.JSONField(_("what moves the phase down"), default=list, blank=True)
    notes = models.TextField(_("notes"), max_length=2000, blank=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assessed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assessed_at = models.DateTimeField(_("assessed at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("phase assessment")
        verbose_name_plural = _("phase assessments")
        ordering: ClassVar[list[str]] = ["-assessed_at", "-id"]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["team", "-assessed_at", "-id"], name="assessment_list"),
        ]
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.CheckConstraint(
                condition=(
                    models.Q(district__isnull=False, neighbourhood__isnull=True)
                    | models.Q(district__isnull=True, neighbourhood__isnull=False)
                ),
                name="phase_assessment_one_area",
            )
        ]

    def __str__(self) -> str:
        return f"{self.area_name}: {self.phase} ({self.assessed_at:%Y-%m-%d})"

    @property
    def area_name(self) -> str:
        """The name of the wijk or buurt."""
        return self.area.name

    @property
    def area_code(self) -> str:
        """The CBS code of the wijk or buurt."""
        return self.area.code


class SafetyCheck(AreaRecord):
    """A recorded check, after incidents, of whether safety in a wijk or buurt is restored.

    The answers are stored as given; whether they show safety restored is evaluated by
    `core.advice.assess_safety` (criteria of `knowledge_base/safety_check.yaml`), also later, so an
    old check expires. `restored` and `missing` keep what the evaluation said when it was recorded.
    Append-only, like the assessments (decision rules 2 and 13).
    """

    changed_message = "Een veiligheidscontrole wordt niet gewijzigd; leg een nieuwe vast."
    deleted_message = "Een veiligheidscontrole wordt niet gewist."

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.PROTECT, related_name="safety_checks"
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="safety_checks",
    )
    neighbourhood = models.ForeignKey(
        Neighbourhood,
        verbose_name=_("neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="safety_checks",
    )
    checked_on = models.DateField(_("checked on"))
    no_new_incidents = models.BooleanField(_("no new incidents"), default=False)
    unsafety_addressed = models.BooleanField(_("unsafety and nuisance addressed"), default=False)
    residents_feel_safer = models.BooleanField(_("residents feel safer"), default=False)
    confirmed_by = models.JSONField(_("confirmed by"), default=list, blank=True)
    incident_signals = models.PositiveIntegerField(_("recent incident signals"), default=0)
    restored = models.BooleanField(_("safety restored"), default=False)
    missing = models.JSONField(_("what was missing"), default=list, blank=True)
    notes = models.TextField(_("notes"), max_length=1000, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("safety check")
        verbose_name_plural = _("safety checks")
        ordering: ClassVar[list[str]] = ["-created_at", "-id"]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["team", "-created_at", "-id"], name="safety_check_list"),
        ]
        constraints: ClassVar[list[models.BaseConstraint]] = [
            models.CheckConstraint(
                condition=(
                    models.Q(district__isnull=False, neighbourhood__isnull=True)
                    | models.Q(district__isnull=True, neighbourhood__isnull=False)
                ),
                name="safety_check_one_area",
            )
        ]

    def __str__(self) -> str:
        return f"{self.area.name}: {self.checked_on:%Y-%m-%d}"
