"""A trajectory: one chosen theme of a team carried through the four steps (issue 6).

Records per step: step 1 the weighing (`ThemeScore`, per collective question); step 2 the network
(`Stakeholder`, `Contact`); step 3 `Meeting` and `Agreement`; step 4 `CheckIn`. Every change appends
a `TrajectoryEvent`; events are never changed or deleted (the timeline on the detail page). Every record
has a public `uuid` (the id in URLs and the API; integer keys stay internal). Residents
are pseudonymous households ("Huishouden 3"), never names; free text is redacted before storage.
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkverbinder.accounts.models import Team
from wijkverbinder.areas.models import District, Neighbourhood
from wijkverbinder.collective.models import CollectiveQuestion

User = settings.AUTH_USER_MODEL


class Step(models.TextChoices):
    """The four steps (values = `core.method.Step`)."""

    CHOOSE_THEME = "choose_theme", _("1. Choose the theme")
    MAP_NETWORK = "map_network", _("2. Map the network")
    CONNECT = "connect", _("3. Connect residents")
    HAND_OVER = "hand_over", _("4. Hand over")


class Level(models.TextChoices):
    """The escalation ladder, lightest first (values = `InterventionLevel`)."""

    BEWONERS_ZELF = "bewoners_zelf", _("residents themselves")
    PROFESSIONELE_ONDERSTEUNING = "professionele_ondersteuning", _("support by the team")
    BUURTBEMIDDELING = "buurtbemiddeling", _("buurtbemiddeling")
    AANSPREKEN = "aanspreken_corporatie_of_wijkagent", _("housing corporation or wijkagent")
    BESTUURLIJK = "bestuurlijk", _("administrative measures")


class ThemeScore(models.Model):
    """Step 1: the team's weighing of one collective question (newest per question counts)."""

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(
        CollectiveQuestion, on_delete=models.CASCADE, related_name="theme_scores"
    )
    annoyance = models.PositiveSmallIntegerField(_("annoyance"))
    annoyance_reason = models.CharField(_("reason for annoyance"), max_length=200)
    impact = models.PositiveSmallIntegerField(_("impact of a collective approach"))
    impact_reason = models.CharField(_("reason for impact"), max_length=200)
    chance_of_success = models.PositiveSmallIntegerField(_("chance of success"))
    chance_of_success_reason = models.CharField(_("reason for chance of success"), max_length=200)
    scored_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    scored_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["-scored_at", "-id"]

    def __str__(self) -> str:
        return f"{self.annoyance}/{self.impact}/{self.chance_of_success}"


class Trajectory(models.Model):
    """One theme of a team through the four steps."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("active")
        HANDED_OVER = "handed_over", _("handed over")
        CLOSED = "closed", _("closed")

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="trajectories")
    district = models.ForeignKey(District, on_delete=models.PROTECT, related_name="+")
    neighbourhood = models.ForeignKey(Neighbourhood, on_delete=models.PROTECT, related_name="+")
    question = models.ForeignKey(
        CollectiveQuestion, null=True, on_delete=models.SET_NULL, related_name="trajectories"
    )
    theme = models.CharField(_("theme"), max_length=60)
    title = models.CharField(_("title"), max_length=150)
    step = models.CharField(_("step"), max_length=12, choices=Step.choices)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE, db_index=True
    )
    level = models.CharField(
        _("intervention level"),
        max_length=40,
        choices=Level.choices,
        default=Level.PROFESSIONELE_ONDERSTEUNING,
    )
    impartiality_checked_at = models.DateTimeField(null=True, blank=True)
    impartiality_note = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("trajectory")
        verbose_name_plural = _("trajectories")
        ordering: ClassVar[list[str]] = ["-created_at", "-id"]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["team", "-created_at", "-id"], name="trajectory_list"),
        ]

    def __str__(self) -> str:
        return self.title


class Stakeholder(models.Model):
    """Step 2: someone in the network of the question; a resident is a pseudonymous household."""

    class Kind(models.TextChoices):
        HOUSEHOLD = "household", _("resident (household)")
        PROFESSIONAL = "professional", _("professional")
        ORGANISATION = "organisation", _("organisation")

    class Role(models.TextChoices):
        AFFECTED = "affected", _("experiences the nuisance")
        CAUSING = "causing", _("causes the nuisance")
        KEY_FIGURE = "key_figure", _("key figure")
        KARTREKKER = "kartrekker", _("kartrekker")
        PROFESSIONAL = "professional", _("professional")

    class Reached(models.TextChoices):
        OWN = "own_contact", _("own contact")
        PARTNER = "via_partner", _("via a partner")

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    trajectory = models.ForeignKey(
        Trajectory, on_delete=models.CASCADE, related_name="stakeholders"
    )
    kind = models.CharField(_("kind"), max_length=14, choices=Kind.choices)
    role = models.CharField(_("role"), max_length=14, choices=Role.choices)
    label = models.CharField(_("name"), max_length=100)
    profession = models.CharField(_("profession"), max_length=100, blank=True)
    reached = models.CharField(_("reached through"), max_length=12, choices=Reached.choices)
    partner = models.CharField(_("partner"), max_length=100, blank=True)
    note = models.CharField(_("note (redacted)"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["id"]

    def __str__(self) -> str:
        return self.label


class Contact(models.Model):
    """Step 2: a contact with a stakeholder (the summary is redacted before storage)."""

    class Format(models.TextChoices):
        HOME_VISIT = "huisbezoek", _("home visit")
        CONVERSATION = "gesprek", _("conversation")
        PHONE = "telefoon", _("phone")
        STREET = "op_straat", _("on the street")
        MEETING = "overleg", _("meeting with partners")

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="contacts")
    stakeholder = models.ForeignKey(Stakeholder, on_delete=models.CASCADE, related_name="contacts")
    on = models.DateField(_("date"))
    format = models.CharField(_("format"), max_length=12, choices=Format.choices)
    summary = models.CharField(_("summary (redacted)"), max_length=500)
    by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["-on", "-id"]

    def __str__(self) -> str:
        return f"{self.on}: {self.format}"


class Meeting(models.Model):
    """Step 3: a meeting of residents, with its format, participants and agenda."""

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="meetings")
    format = models.CharField(_("format"), max_length=40)
    on = models.DateField(_("date"))
    affected = models.PositiveSmallIntegerField(_("residents who experience the nuisance"))
    causing = models.PositiveSmallIntegerField(_("residents who cause the nuisance"))
    others = models.PositiveSmallIntegerField(_("other residents"))
    professionals = models.PositiveSmallIntegerField(_("professionals present"))
    agenda = models.JSONField(_("agenda"), default=list)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["-on", "-id"]

    def __str__(self) -> str:
        return f"{self.on}: {self.format}"


class Agreement(models.Model):
    """Steps 3 and 4: who does what by when; a support agreement has an end date."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        DONE = "done", _("done")
        DROPPED = "dropped", _("dropped")

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="agreements")
    who = models.CharField(_("who"), max_length=100)
    what = models.CharField(_("what"), max_length=300)
    due = models.DateField(_("by when"))
    support = models.BooleanField(_("support agreement"), default=False)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default="open")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["due", "id"]

    def __str__(self) -> str:
        return self.what


class CheckIn(models.Model):
    """Step 4: a scheduled check-in ('vinger aan de pols') and, once held, its outcome."""

    class Outcome(models.TextChoices):
        IMPROVING = "improving", _("improving")
        NOT_IMPROVING = "not_improving", _("not improving")

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="check_ins")
    planned_on = models.DateField(_("planned for"))
    held_on = models.DateField(_("held on"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=14, choices=Outcome.choices, blank=True)
    note = models.CharField(_("note (redacted)"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["planned_on", "id"]

    def __str__(self) -> str:
        return str(self.planned_on)


class EventQuerySet(models.QuerySet["TrajectoryEvent"]):
    """Bulk changes are refused too: the history is append-only."""

    def update(self, **kwargs: Any) -> int:
        msg = "De geschiedenis van een traject wordt niet gewijzigd."
        raise PermissionError(msg)

    def delete(self) -> tuple[int, dict[str, int]]:
        msg = "De geschiedenis van een traject wordt niet gewist."
        raise PermissionError(msg)


class TrajectoryEvent(models.Model):
    """One entry of a trajectory's history; appended, never changed or deleted."""

    class Kind(models.TextChoices):
        STARTED = "started", _("Trajectory started")
        STEP_CHANGED = "step_changed", _("Next step")
        IMPARTIALITY = "impartiality", _("Impartiality check recorded")
        STAKEHOLDER = "stakeholder", _("Stakeholder added")
        CONTACT = "contact", _("Contact logged")
        MEETING = "meeting", _("Meeting recorded")
        STRAATTAFEL = "straattafel", _("Straattafel closed with results")
        AGREEMENT = "agreement", _("Agreement made")
        AGREEMENT_STATUS = "agreement_status", _("Agreement changed")
        CHECK_IN_PLANNED = "check_in_planned", _("Check-in scheduled")
        CHECK_IN_HELD = "check_in_held", _("Check-in held")
        ESCALATED = "escalated", _("Intervention level changed")
        HANDED_OVER = "handed_over", _("Handed over to residents")
        CLOSED = "closed", _("Trajectory closed")
        CORRECTED = "corrected", _("Record corrected")
        REMOVED = "removed", _("Record removed")

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    trajectory = models.ForeignKey(Trajectory, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    detail = models.CharField(_("detail"), max_length=500, blank=True)
    data = models.JSONField(_("data"), default=dict, blank=True)
    by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering: ClassVar[list[str]] = ["-at", "-id"]

    def __str__(self) -> str:
        return self.kind

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Refuse changes: the history is appended, never edited."""
        if self.pk is not None:
            msg = "De geschiedenis van een traject wordt niet gewijzigd."
            raise PermissionError(msg)
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        """Refuse deletion: the history is append-only."""
        msg = "De geschiedenis van een traject wordt niet gewist."
        raise PermissionError(msg)
