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
    """The four phases (GLOSSARY: rust, ongemak, spanning, incidenten)."""

    RUST = "rust", _("calm")
    ONGEMAK = "ongemak", _("unease")
    SPANNING = "spanning", _("tension")
    INCIDENTEN = "incidenten", _("incidents")


class ConfidenceChoices(models.TextChoices):
    """How sure the phase is."""

    LAAG = "laag", _("low")
    MIDDEN = "midden", _("medium")
    HOOG = "hoog", _("high")


class PhaseAssessment(models.Model):
    """One assessment of the phase of a wijk (district) or a buurt (neighbourhood) of a team."""

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

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Refuse changes: the history is appended, never edited."""
        if self.pk is not None:
            msg = "Een situatiebepaling wordt niet gewijzigd; maak een nieuwe."
            raise PermissionError(msg)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        """Refuse deletion: the history is append-only."""
        msg = "Een situatiebepaling wordt niet gewist."
        raise PermissionError(msg)

    @property
    def area(self) -> District | Neighbourhood:
        """The wijk or buurt assessed."""
        found = self.neighbourhood or self.district
        assert found is not None
        return found

    @property
    def area_name(self) -> str:
        """The name of the wijk or buurt."""
        return self.area.name

    @property
    def area_code(self) -> str:
        """The CBS code of the wijk or buurt."""
        return self.area.code
