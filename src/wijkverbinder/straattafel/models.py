"""A straattafel, its statements, its participants and their votes (with history).

Residents have no account: a participant is a random key kept in a cookie, of which only a hash is
stored; the address a participant joined from is kept only as a keyed hash (for the per-address
limits) and blanked when the straattafel closes. A paper participant is entered by the team from the
tally form. `Vote` holds the current vote (one per participant and statement); every vote, also one
that changes an earlier one, is appended to `VoteEvent` and never changed.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkverbinder.accounts.models import Team
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.trajectories.models import Trajectory

User = settings.AUTH_USER_MODEL
STATEMENT_MAX = 200


def new_code() -> str:
    """The short random code in the residents' link and QR code."""
    return secrets.token_urlsafe(8)


class Channel(models.TextChoices):
    ONLINE = "online", _("online")
    PAPER = "paper", _("paper")


class Straattafel(models.Model):
    """One digital straattafel of a team in a buurt, optionally within a trajectory's step 3."""

    uuid = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    code = models.CharField(_("residents' code"), max_length=16, unique=True, default=new_code)
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="straattafels")
    neighbourhood = models.ForeignKey(Neighbourhood, on_delete=models.PROTECT, related_name="+")
    trajectory = models.ForeignKey(
        Trajectory, null=True, blank=True, on_delete=models.SET_NULL, related_name="straattafels"
    )
    title = models.CharField(_("title"), max_length=120)
    question = models.CharField(_("question to residents"), max_length=300)
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    moderated = models.BooleanField(
        _("residents' statements only after approval"),
        default=True,
        help_text=_("On by default; always on for a sensitive theme."),
    )
    participant_cap = models.PositiveIntegerField(_("maximum number of participants"))
    closed_at = models.DateTimeField(_("closed early"), null=True, blank=True)
    results = models.JSONField(_("results at closing"), default=dict, blank=True)
    created_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("straattafel")
        verbose_name_plural = _("straattafels")
        ordering: ClassVar[list[str]] = ["-opens_at", "-id"]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["team", "-opens_at", "-id"], name="straattafel_list"),
        ]

    def __str__(self) -> str:
        return self.title


class Statement(models.Model):
    """A short statement residents vote on; `number` is its id in exports (as Polis's tid)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("awaiting approval")
        ACCEPTED = "accepted", _("shown")
        REJECTED = "rejected", _("rejected")

    class Origin(models.TextChoices):
        TEAM = "team", _("team")
        RESIDENT = "resident", _("resident")

    straattafel = models.ForeignKey(
        Straattafel, on_delete=models.CASCADE, related_name="statements"
    )
    number = models.PositiveIntegerField(_("number"))
    text = models.CharField(_("statement (redacted)"), max_length=STATEMENT_MAX)
    is_meta = models.BooleanField(
        _("context question"),
        default=False,
        help_text=_(
            "For example 'I have lived here for more than 10 years'; never drives the groups."
        ),
    )
    origin = models.CharField(_("written by"), max_length=10, choices=Origin.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    author = models.ForeignKey(
        "Participant", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["number"]
        constraints: ClassVar[list[Any]] = [
            models.UniqueConstraint(
                fields=["straattafel", "number"], name="statement_number_unique"
            )
        ]

    def __str__(self) -> str:
        return self.text


class Participant(models.Model):
    """A resident taking part, online (a cookie key) or on paper (entered by the team)."""

    straattafel = models.ForeignKey(
        Straattafel, on_delete=models.CASCADE, related_name="participants"
    )
    number = models.PositiveIntegerField(_("number"))
    key_hash = models.CharField(max_length=64, blank=True, db_index=True)
    address_hash = models.CharField(max_length=32, blank=True, db_index=True)
    channel = models.CharField(_("channel"), max_length=8, choices=Channel.choices)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["number"]
        constraints: ClassVar[list[Any]] = [
            models.UniqueConstraint(
                fields=["straattafel", "number"], name="participant_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"Deelnemer {self.number}"


class Vote(models.Model):
    """The current vote of a participant on a statement: 1 agree, −1 disagree, 0 pass."""

    class Value(models.IntegerChoices):
        AGREE = 1, _("agree")
        DISAGREE = -1, _("disagree")
        PASS = 0, _("pass")

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="votes")
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="votes")
    value = models.SmallIntegerField(_("vote"), choices=Value.choices)
    channel = models.CharField(_("channel"), max_length=8, choices=Channel.choices)
    at = models.DateTimeField(_("when"))

    class Meta:
        constraints: ClassVar[list[Any]] = [
            models.UniqueConstraint(
                fields=["participant", "statement"], name="one_vote_per_statement"
            )
        ]

    def __str__(self) -> str:
        return str(self.value)


class VoteEvent(models.Model):
    """Every vote as cast, in order; appended, never changed (the vote history)."""

    straattafel = models.ForeignKey(Straattafel, on_delete=models.CASCADE, related_name="+")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="+")
    value = models.SmallIntegerField(choices=Vote.Value.choices)
    channel = models.CharField(max_length=8, choices=Channel.choices)
    at = models.DateTimeField(db_index=True)

    class Meta:
        ordering: ClassVar[list[str]] = ["at", "id"]
        indexes: ClassVar[list[Any]] = [models.Index(fields=["participant", "at"])]

    def __str__(self) -> str:
        return str(self.value)

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Refuse changes: the vote history is append-only."""
        if self.pk is not None:
            msg = "De stemgeschiedenis wordt niet gewijzigd."
            raise PermissionError(msg)
        super().save(*args, **kwargs)
