"""Escalation on the ladder of a trajectory (decision rules 11 and 12), with the buurtbemiddeling
intake. Split from `services`, whose lock, refusal mapping and history it uses."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from wijkverbinder.accounts.selectors import AnyUser
from wijkverbinder.core.knowledge.vocabulary import InterventionLevel
from wijkverbinder.core.method import (
    BuurtbemiddelingIntake,
    CheckInOutcome,
    EscalationProposal,
    MethodCode,
    MethodRefusalError,
    parse_exclusions,
    propose_escalation,
)
from wijkverbinder.core.redaction import redact_free_text
from wijkverbinder.trajectories import models
from wijkverbinder.trajectories.history import record_event
from wijkverbinder.trajectories.models import Trajectory
from wijkverbinder.trajectories.services import Kind, method_rules, require_open


@dataclass(frozen=True, kw_only=True)
class IntakeAnswers:
    """The answers to the buurtbemiddeling intake checklist, as the page or the API got them."""

    voluntary: bool = False
    addressable: bool = False
    exclusions: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Escalated:
    """A move on the ladder: the core's proposal and the event it appended."""

    proposal: EscalationProposal
    event: models.TrajectoryEvent


def intake_checklist(
    *, target: str | None, answers: IntakeAnswers | None
) -> BuurtbemiddelingIntake | None:
    """The buurtbemiddeling intake, built in this one place for the page and the API.

    It counts when answers were given, or when the move is to buurtbemiddeling (then unanswered
    questions count as 'no', so the core refuses with what is missing).
    """
    if answers is None and target != InterventionLevel.BUURTBEMIDDELING:
        return None
    given = answers or IntakeAnswers()
    with method_rules():
        exclusions = parse_exclusions(given.exclusions)
    return BuurtbemiddelingIntake(
        parties_voluntary=given.voluntary,
        parties_addressable=given.addressable,
        exclusions=exclusions,
    )


@transaction.atomic
def escalate(
    *,
    user: AnyUser,
    trajectory: Trajectory,
    target: str | None = None,
    skip_reason: str = "",
    acute_danger: bool = False,
    intake: IntakeAnswers | None = None,
    channel: str = "web",
) -> Escalated:
    """Move on the escalation ladder (rules 11, 12): lightest first, after a failed check-in."""
    require_open(trajectory)
    checklist = intake_checklist(target=target, answers=intake)
    held = trajectory.check_ins.filter(held_on__isnull=False).exclude(outcome="")
    outcomes = [
        CheckInOutcome(on=item.held_on, improving=item.outcome == "improving")
        for item in held
        if item.held_on is not None
    ]
    with method_rules():
        try:
            level = InterventionLevel(target) if target else None
        except ValueError:
            raise MethodRefusalError(
                MethodCode.INVALID_INPUT, f"Onbekende trede '{target}'."
            ) from None
        proposal = propose_escalation(
            current=InterventionLevel(trajectory.level),
            check_ins=outcomes,
            target=level,
            skip_reason=redact_free_text(skip_reason),
            acute_danger=acute_danger,
            intake=checklist,
        )
    trajectory.level = proposal.to_level
    trajectory.save(update_fields=["level", "updated_at"])
    event = record_event(
        trajectory=trajectory,
        kind=Kind.ESCALATED,
        user=user,
        detail=f"{models.Level(proposal.from_level).label} → {models.Level(proposal.to_level).label}",
        data={
            "van": str(proposal.from_level),
            "naar": str(proposal.to_level),
            "reden": proposal.reason,
            "overgeslagen": [str(item) for item in proposal.skipped],
            "politieDirect": proposal.contact_police_directly,
            "verwijzingen": list(proposal.referrals),
            "bron": proposal.source_url,
        },
        channel=channel,
    )
    return Escalated(proposal=proposal, event=event)
